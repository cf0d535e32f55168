package eu.skills4cities.citycert.appeal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upheld appeal against a withdrawal, end to end over the API: the public verification by number,
 * the verdict on the issued PDF and the credential's status list say WITHDRAWN (revoked) before and
 * ACTIVE (not revoked) at once after.
 */
@CityCertSpringTest
class AppealWithdrawalReversalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCertificates certificates;
    @Autowired
    AppealFixture fixture;

    @Test
    void an_upheld_appeal_shows_the_certificate_active_in_verification_and_the_status_list() throws Exception {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        CertificateInfo certificate = certificates.issue();
        String jwt = mvc.perform(get("/api/certificates/{number}/credential", certificate.number())
                        .with(httpBasic(certificate.holderUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] pdf = certificates.issuedPdf(certificate);
        mvc.perform(post("/api/register/{number}/withdraw", certificate.number())
                        .with(httpBasic(officer.username(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Forged reference letter.\", \"noConflictOfInterest\": true}"))
                .andExpect(status().isOk());
        assertThat(verifyNumber(certificate)).isEqualTo("WITHDRAWN");
        assertThat(verifyCredential(jwt).path("statusList").path("revocation").asBoolean()).isTrue();

        CurrentUser holder = AppealFixture.holderOf(certificate);
        Appeal appeal = fixture.appeal(holder, ContestedKind.WITHDRAWN);
        mvc.perform(post("/api/appeals/{id}/claim", appeal.id()).with(httpBasic(member.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/appeals/{id}/decision", appeal.id())
                        .with(httpBasic(member.username(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"UPHELD\", \"reason\": \"The letter is genuine.\", "
                                + "\"noConflictOfInterest\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPHELD"));

        assertThat(verifyNumber(certificate)).isEqualTo("ACTIVE");
        JsonNode credential = verifyCredential(jwt);
        assertThat(credential.path("statusList").path("revocation").asBoolean()).isFalse();
        assertThat(credential.path("outcome").asText()).isEqualTo("VALID");
        mvc.perform(multipart("/api/verify/pdf").file(new MockMultipartFile("file", "certificate.pdf",
                        MediaType.APPLICATION_PDF_VALUE, pdf)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("MATCHES_REGISTER"))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.certificate.status").value("ACTIVE"));
        mvc.perform(get("/api/appeals/{id}", appeal.id()).with(httpBasic(holder.username(), TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.outcomeReason").value("The letter is genuine."));
    }

    private String verifyNumber(CertificateInfo certificate) throws Exception {
        return json.readTree(mvc.perform(get("/api/verify/{number}", certificate.number())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).path("status").asText();
    }

    private JsonNode verifyCredential(String jwt) throws Exception {
        return json.readTree(mvc.perform(post("/api/verify/credential").contentType(MediaType.TEXT_PLAIN).content(jwt))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
