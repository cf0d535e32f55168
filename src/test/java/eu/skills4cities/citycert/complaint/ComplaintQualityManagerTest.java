package eu.skills4cities.citycert.complaint;

import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code citycert.complaints.quality-manager} set, a complaint about the body is investigated by
 * that person (here a reviewer, not an officer): their task, not the officers' group's.
 */
@CityCertSpringTest
@TestPropertySource(properties = "citycert.complaints.quality-manager=" + ComplaintQualityManagerTest.QUALITY_MANAGER)
class ComplaintQualityManagerTest {

    static final String QUALITY_MANAGER = "quinn-quality";

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService tasks;

    @Test
    void a_complaint_about_the_body_goes_to_the_quality_manager() {
        if (!users.exists(QUALITY_MANAGER)) {
            users.create(new NewAccount(QUALITY_MANAGER, "Quinn Quality", "quinn@test.citycert.test",
                    TestAccounts.PASSWORD, Set.of(Role.REVIEWER)));
        }
        CurrentUser qualityManager = new CurrentUser(QUALITY_MANAGER, Set.of(Role.REVIEWER));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        String number = complaints.aboutBody(complainant);

        work.triage(officer, number, Triage.ABOUT_THE_BODY, null);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getAssignee())
                .isEqualTo(QUALITY_MANAGER);
        CurrentUser otherOfficer = accounts.create(Role.CERTIFICATION_OFFICER);
        assertThat(work.openWork(otherOfficer)).extracting(ComplaintCase::number).doesNotContain(number);
        assertThatThrownBy(() -> work.read(otherOfficer, number)).isInstanceOf(NotFoundException.class);
        assertThat(work.openWork(qualityManager)).extracting(ComplaintCase::number).contains(number);

        work.decide(qualityManager, number, ComplaintOutcome.REJECTED, "The waiting time was within our rules.", true);

        assertThat(work.read(qualityManager, number).outcome()).isEqualTo(ComplaintOutcome.REJECTED);
        assertThat(complaints.mailsTo(accounts.email(complainant), "has been decided")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("within our rules"));
    }
}
