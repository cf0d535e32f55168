package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealImpartiality;
import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.ComplaintImpartiality;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched impartiality rules the inbox asks (one query for many cases) answer as the single rules the
 * services and the engine's task guards ask, case by case, for people excluded for each reason and for
 * people who are not.
 */
@CityCertSpringTest
class ImpartialityBatchTest {

    @Autowired
    AppealFixture appealFixture;
    @Autowired
    AppealImpartiality appealImpartiality;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintImpartiality complaintImpartiality;
    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateService certificateService;
    @Autowired
    TestRenewals testRenewals;
    @Autowired
    RenewalChecks renewalChecks;
    @Autowired
    CertificationDecisions decisions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_appeal_batch_excludes_whom_the_single_rule_excludes() {
        CurrentUser refusedOne = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        CurrentUser first = accounts.create(Role.CANDIDATE);
        CurrentUser second = accounts.create(Role.CANDIDATE);
        List<UUID> ids = List.of(appealFixture.refusedAndAppealed(first, refusedOne).id(),
                appealFixture.refusedAndAppealed(second, accounts.create(Role.REVIEWER)).id());

        for (CurrentUser person : List.of(refusedOne, first, second, accounts.create(Role.APPEALS_PANEL))) {
            Set<UUID> single = ids.stream().filter(id -> appealImpartiality.excluded(id, person.username()))
                    .collect(Collectors.toSet());
            assertThat(appealImpartiality.excluded(ids, person.username())).as(person.username()).isEqualTo(single);
        }
        assertThat(appealImpartiality.excluded(ids, refusedOne.username())).containsExactly(ids.get(0));
        assertThat(appealImpartiality.excluded(List.of(), refusedOne.username())).isEmpty();
    }

    @Test
    void the_complaint_batch_excludes_whom_the_single_rule_excludes() {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        CertificateInfo judged = certificateService.byNumber(assessed.certificateNumber()).orElseThrow();
        CurrentUser complainant = accounts.create(Role.CERTIFICATION_OFFICER);
        List<UUID> ids = List.of(complaintId(complaints.aboutHolder(complainant, judged.number())),
                complaintId(complaints.aboutBody(accounts.create(Role.CANDIDATE))),
                complaintId(complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificates.issue().number())));

        for (String person : List.of(complainant.username(), judged.holderUsername(),
                assessed.assessorAsOfficer().username(), accounts.create(Role.CERTIFICATION_OFFICER).username())) {
            Set<UUID> single = ids.stream().filter(id -> complaintImpartiality.partiality(id, person).isPresent())
                    .collect(Collectors.toSet());
            assertThat(complaintImpartiality.excluded(ids, person)).as(person).isEqualTo(single);
        }
        assertThat(complaintImpartiality.excluded(ids, assessed.assessorAsOfficer().username()))
                .containsExactly(ids.get(0));
        assertThat(complaintImpartiality.excluded(ids, complainant.username())).containsExactly(ids.get(0));
    }

    @Test
    void the_renewal_and_judging_batches_exclude_whom_the_single_rules_exclude() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CertificateInfo reviewed = testRenewals.reviewedBy(reviewer);
        CertificateInfo other = testRenewals.inWindow();
        List<UUID> ids = List.of(testRenewals.submit(reviewed).id(), testRenewals.submit(other).id());

        for (String person : List.of(reviewer.username(), reviewed.holderUsername(), other.holderUsername(),
                accounts.create(Role.REVIEWER).username())) {
            Set<UUID> single = ids.stream().filter(id -> renewalChecks.partiality(id, person).isPresent())
                    .collect(Collectors.toSet());
            assertThat(renewalChecks.excluded(ids, person)).as(person).isEqualTo(single);
            Set<UUID> applications = Set.of(reviewed.applicationId(), other.applicationId());
            assertThat(decisions.judged(applications, person)).as(person).isEqualTo(applications.stream()
                    .filter(id -> decisions.judged(id, person)).collect(Collectors.toSet()));
        }
        assertThat(renewalChecks.excluded(ids, reviewer.username())).containsExactly(ids.get(0));
        assertThat(decisions.judged(Set.of(reviewed.applicationId()), reviewer.username()))
                .containsExactly(reviewed.applicationId());
    }

    private UUID complaintId(String number) {
        return jdbc.sql("SELECT id FROM complaint WHERE number = ?").param(number).query(UUID.class).single();
    }
}
