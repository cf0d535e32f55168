package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person holds at most one current certificate per role: applying for a role one holds is refused. */
@CityCertSpringTest
class OneCertificationPerRoleTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MockMvc mvc;

    @Test
    void a_holder_is_refused_a_new_application_and_a_draft_for_the_role_and_nothing_is_stored() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo held = certified(holder, "SCPD");
        long before = repository.findByCandidateUsernameOrderByCreatedAtDesc(holder.username()).size();

        assertThatThrownBy(() -> applications.submit(holder, TestDocuments.application("SCPD")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(TestMessages::english).singleElement().asString()
                        .contains(held.number(), held.validUntil().toString(), "renewing"));
        assertThatThrownBy(() -> drafts.startDraft(holder, "SCPD")).isInstanceOf(InvalidInputException.class);
        mvc.perform(post("/api/applications/drafts").with(httpBasic(holder.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roleCode\": \"SCPD\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString(held.number())));
        assertThat(repository.findByCandidateUsernameOrderByCreatedAtDesc(holder.username())).hasSize((int) before);

        // another role is fine
        assertThat(drafts.startDraft(holder, "SCPM").roleCode()).isEqualTo("SCPM");
    }

    @Test
    void a_suspended_certificate_is_still_held_a_withdrawn_one_is_not() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo held = certified(holder, "SCPD");

        register.decide(officer, held.number(), StatusDecision.SUSPEND, "Complaint under review.", true);
        assertThatThrownBy(() -> drafts.startDraft(holder, "SCPD")).isInstanceOf(InvalidInputException.class);

        register.decide(officer, held.number(), StatusDecision.WITHDRAW, "Complaint upheld.", true);
        assertThat(drafts.startDraft(holder, "SCPD").status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    private CertificateInfo certified(CurrentUser holder, String role) {
        return certificates.issue(applications.submit(holder, TestDocuments.application(role)).id()).get(0);
    }
}
