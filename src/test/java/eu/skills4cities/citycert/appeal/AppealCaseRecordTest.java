package eu.skills4cities.citycert.appeal;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.audit.ApplicationCaseRecord;
import eu.skills4cities.citycert.audit.CaseRecord;
import eu.skills4cities.citycert.audit.CaseRecordKind;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The panel reads the case record of an application whose appeal it may work on, and no other; the
 * appeal's steps show in the record, for the panel and for auditors.
 */
@CityCertSpringTest
class AppealCaseRecordTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;
    @Autowired
    CaseRecord records;

    @Test
    void the_panel_reads_the_case_record_of_an_appealed_application_only() {
        CurrentUser officerOnPanel = accounts.create(Role.CERTIFICATION_OFFICER, Role.APPEALS_PANEL);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        CertificateInfo certificate = fixture.decided(officerOnPanel, StatusDecision.WITHDRAW);
        CertificateInfo other = fixture.decided(accounts.create(Role.CERTIFICATION_OFFICER), StatusDecision.WITHDRAW);
        Appeal appeal = fixture.appeal(AppealFixture.holderOf(certificate), ContestedKind.WITHDRAWN);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The letter is genuine.", true);

        ApplicationCaseRecord record = records.of(member, certificate.applicationId());
        assertThat(record.entries()).filteredOn(e -> e.kind() == CaseRecordKind.APPEAL)
                .extracting(e -> e.facts().get("action"))
                .contains("APPEAL_SUBMITTED", "APPEAL_CLAIMED", "APPEAL_UPHELD");
        assertThat(record.entries()).filteredOn(e -> e.kind() == CaseRecordKind.CERTIFICATE_STATUS_CHANGED)
                .extracting(e -> e.facts().get("action"))
                .contains("CERTIFICATE_WITHDRAWN", "CERTIFICATE_WITHDRAWAL_REVERSED");
        assertThatThrownBy(() -> records.of(member, other.applicationId())).as("no appeal of it")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.of(accounts.create(Role.APPEALS_PANEL, Role.ASSESSOR), other.applicationId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(records.of(accounts.create(Role.AUDITOR), certificate.applicationId()).entries())
                .anyMatch(e -> e.kind() == CaseRecordKind.APPEAL);
    }
}
