package eu.skills4cities.citycert.privacy;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A candidate deletes their account: what goes, and what certification must keep. */
@CityCertSpringTest
class AccountDeletionTest {

    @Autowired
    PersonalDataService personalData;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void deleting_erases_personal_content_closes_open_work_and_keeps_the_register() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails certified = applications.submit(candidate, TestDocuments.application("SCPD"));
        CertificateInfo certificate = certificates.issue(certified.id()).get(0);
        ApplicationDetails open = applications.submit(candidate, TestDocuments.application("SCPM"));
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPMC");
        String holderName = certificate.holderName();

        personalData.deleteAccount(candidate, candidate.username());

        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE id = ?").param(draft.id()).query(Long.class).single())
                .as("the draft is gone").isZero();
        assertThat(applications.details(open.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_document d JOIN application a ON a.id = d.application "
                + "WHERE a.candidate_username = ?").param(candidate.username()).query(Long.class).single()).isZero();
        assertThat(applications.details(certified.id()).statement()).isEmpty();
        assertThat(applications.details(certified.id()).status()).as("decisions stay").isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(certificates.forApplication(certified.id())).singleElement().satisfies(kept -> {
            assertThat(kept.number()).isEqualTo(certificate.number());
            assertThat(kept.holderName()).isEqualTo(holderName);
        });
        var account = userDetails.loadUserByUsername(candidate.username());
        assertThat(account.isEnabled()).isFalse();
        assertThat(jdbc.sql("SELECT email FROM user_account WHERE username = ?").param(candidate.username())
                .query(String.class).single()).endsWith("@erased.invalid");
        assertThat(jdbc.sql("SELECT full_name FROM user_account WHERE username = ?").param(candidate.username())
                .query(String.class).single()).as("the register needs the name").isEqualTo(holderName);
        assertThat(identityService.createUserQuery().userId(candidate.username()).count()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient LIKE ?")
                .param(candidate.username() + "@%").query(Long.class).single()).isZero();
    }

    @Test
    void without_certificates_the_name_is_erased_too() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        drafts.startDraft(candidate, "SCPD");

        personalData.deleteAccount(candidate, candidate.username());

        assertThat(jdbc.sql("SELECT full_name FROM user_account WHERE username = ?").param(candidate.username())
                .query(String.class).single()).isEqualTo("Erased account");
    }

    @Test
    void the_username_must_be_typed_again_and_staff_cannot_delete_themselves() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);

        assertThatThrownBy(() -> personalData.deleteAccount(candidate, "someone-else"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(
                        TestMessages.english(e.reason())).isEqualTo("Type your username exactly to confirm the deletion."));
        assertThat(userDetails.loadUserByUsername(candidate.username()).isEnabled()).isTrue();
        assertThatThrownBy(() -> personalData.deleteAccount(accounts.create(Role.REVIEWER), "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void over_the_api_the_account_is_deleted_and_can_no_longer_sign_in() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);

        mvc.perform(delete("/api/me").with(httpBasic(candidate.username(), TestAccounts.PASSWORD))
                        .contentType("application/json").content("{\"username\":\"" + candidate.username() + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/me").with(httpBasic(candidate.username(), TestAccounts.PASSWORD))
                        .contentType("application/json").content("{\"username\":\"" + candidate.username() + "\"}"))
                .andExpect(status().isUnauthorized());
    }
}
