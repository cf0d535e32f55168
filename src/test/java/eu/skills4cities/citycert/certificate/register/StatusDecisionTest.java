package eu.skills4cities.citycert.certificate.register;

import java.time.LocalDate;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityCertSpringTest
class StatusDecisionTest {

    @Autowired
    CertificateRegister register;
    @Autowired
    CertificateService certificates;
    @Autowired
    ApplicationService applications;
    @Autowired
    UserAccountService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser holder;
    private CurrentUser officer;
    private CertificateInfo certificate;

    @BeforeEach
    void anIssuedCertificate() {
        holder = accounts.create(Role.CANDIDATE);
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        certificate = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
    }

    @Test
    void an_officer_suspends_reinstates_and_withdraws_each_decision_recorded_and_mailed_to_the_holder() throws Exception {
        String number = certificate.number();
        String email = accounts.email(holder);

        RegisterEntry suspended = register.decide(officer, number, StatusDecision.SUSPEND, "  Evidence under review.  ", true);
        assertThat(suspended.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificates.byNumber(number).orElseThrow().status(LocalDate.now()))
                .as("what the public verification tells").isEqualTo(CertificateStatus.SUSPENDED);
        MimeMessage suspension = mailServer.awaitMessageTo(email, "Your certificate " + number + " is suspended");
        assertThat(suspension.getContent().toString()).contains("Smart City Project Developer")
                .contains("Evidence under review.");

        assertThat(register.decide(officer, number, StatusDecision.REINSTATE, "The evidence was confirmed.", true).status())
                .isEqualTo(CertificateStatus.ACTIVE);
        mailServer.awaitMessageTo(email, "Your certificate " + number + " is valid again");

        assertThat(register.decide(officer, number, StatusDecision.WITHDRAW, "Forged reference letter.", true).status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(mailServer.awaitMessageTo(email, "Your certificate " + number + " has been withdrawn")
                .getContent().toString()).contains("Forged reference letter.");

        assertThat(register.history(accounts.create(Role.AUDITOR), number))
                .extracting(StatusChange::decision, StatusChange::status, StatusChange::reason, StatusChange::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatusDecision.SUSPEND, "SUSPENDED", "Evidence under review.",
                                officer.username()),
                        org.assertj.core.groups.Tuple.tuple(StatusDecision.REINSTATE, "ACTIVE",
                                "The evidence was confirmed.", officer.username()),
                        org.assertj.core.groups.Tuple.tuple(StatusDecision.WITHDRAW, "WITHDRAWN",
                                "Forged reference letter.", officer.username()));
        assertThat(register.history(officer, number)).allSatisfy(change -> {
            assertThat(change.changedByName()).startsWith("Test certification_officer");
            assertThat(change.changedAt()).isNotNull();
        });
    }

    @Test
    void a_withdrawal_is_final() {
        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Fraud.", true);

        for (StatusDecision decision : StatusDecision.values()) {
            assertThatThrownBy(() -> register.decide(officer, certificate.number(), decision, "Try again.", true))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                            TestMessages.english(e.reason())).isEqualTo("Certificate " + certificate.number()
                            + " has been withdrawn; a withdrawal is final."));
        }
        assertThat(history()).isEqualTo(1);
    }

    @Test
    void only_a_suspended_certificate_is_reinstated_and_only_an_active_one_suspended() {
        String number = certificate.number();
        assertThatThrownBy(() -> register.decide(officer, number, StatusDecision.REINSTATE, "Nothing to lift.", true))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).isEqualTo("Certificate " + number
                        + " is not suspended; only a suspended certificate can be reinstated."));
        register.decide(officer, number, StatusDecision.SUSPEND, "Complaint received.", true);
        assertThatThrownBy(() -> register.decide(officer, number, StatusDecision.SUSPEND, "Twice.", true))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).isEqualTo("Certificate " + number + " is already suspended."));

        jdbc.sql("UPDATE certificate SET status = 'ACTIVE', valid_until = ? WHERE number = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().minusYears(1)), number).update();
        assertThatThrownBy(() -> register.decide(officer, number, StatusDecision.SUSPEND, "Expired.", true))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).startsWith("Certificate " + number + " has expired"));
        assertThat(register.decide(officer, number, StatusDecision.WITHDRAW, "Revoked after expiry.", true).status())
                .as("an expired certificate can still be withdrawn").isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(history()).isEqualTo(2);
    }

    @Test
    void a_decision_needs_a_reason_and_changes_nothing_without_one() {
        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> register.decide(officer, certificate.number(), StatusDecision.SUSPEND, reason, true))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                            TestMessages.english(e.problems())).containsExactly(
                            "Give the reason for this decision; it is recorded and mailed to the holder."));
        }
        assertThatThrownBy(() -> register.decide(officer, certificate.number(), StatusDecision.SUSPEND,
                "x".repeat(CertificateRegister.MAX_REASON + 1), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "The reason may have at most 2000 characters; it has 2001."));
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(history()).isZero();
    }

    @Test
    void auditors_and_administrators_read_but_do_not_decide() {
        for (Role role : new Role[] {Role.AUDITOR, Role.ADMIN, Role.REVIEWER}) {
            CurrentUser user = accounts.create(role);
            assertThatThrownBy(() -> register.decide(user, certificate.number(), StatusDecision.SUSPEND, "No.", true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(history()).isZero();
    }

    @Test
    void an_unknown_number_is_not_found() {
        assertThatThrownBy(() -> register.decide(officer, "CC-1999-0000-0000", StatusDecision.SUSPEND, "Why.", true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_holder_whose_account_was_deleted_is_not_mailed() {
        users.erase(holder.username(), true);

        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint received.", true);

        assertThat(status()).isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE subject LIKE ?")
                .param("%" + certificate.number() + "%").query(Long.class).single()).isZero();
    }

    private String status() {
        return jdbc.sql("SELECT status FROM certificate WHERE number = ?").param(certificate.number())
                .query(String.class).single();
    }

    private long history() {
        return jdbc.sql("SELECT count(*) FROM certificate_status_change WHERE certificate = ?")
                .param(certificate.id()).query(Long.class).single();
    }
}
