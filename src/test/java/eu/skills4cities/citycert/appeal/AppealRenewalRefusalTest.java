package eu.skills4cities.citycert.appeal;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refused renewal may be appealed; the reviewer who refused it may not take the appeal. */
@CityCertSpringTest
class AppealRenewalRefusalTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestRenewals renewals;
    @Autowired
    RenewalChecks checks;
    @Autowired
    TaskService tasks;
    @Autowired
    AppealService appeals;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;

    @Test
    void a_refused_renewal_is_appealed_and_its_reviewer_may_not_take_the_appeal() {
        CertificateInfo certificate = renewals.inWindow();
        renewals.submit(certificate);
        CurrentUser reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        String check = tasks.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        checks.claim(reviewerOnPanel, check);
        checks.decide(reviewerOnPanel, check, RenewalProcess.Outcome.REFUSE, "The activities are not about the role.",
                true);
        CurrentUser holder = AppealFixture.holderOf(certificate);

        assertThat(appeals.contestable(holder)).filteredOn(d -> d.kind() == ContestedKind.RENEWAL_REFUSED)
                .singleElement().satisfies(d -> assertThat(d.certificateNumber()).isEqualTo(certificate.number()));
        Appeal appeal = fixture.appeal(holder, ContestedKind.RENEWAL_REFUSED);

        assertThatThrownBy(() -> panel.claim(reviewerOnPanel, appeal.id())).isInstanceOf(RefusedException.class);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        assertThat(panel.decide(member, appeal.id(), AppealOutcome.REJECTED, "The refusal stands.", true).status())
                .isEqualTo(AppealStatus.REJECTED);
    }
}
