package eu.skills4cities.citycert.certificate.verification;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public verification API, called without any credentials. */
@CityCertSpringTest
class VerificationApiTest {

    private static final List<String> PUBLIC_FIELDS = List.of("number", "status", "holderName", "role", "eqfLevel",
            "kind", "units", "issuedOn", "validUntil", "issuer", "supersededBy", "supersededAs", "chain", "titles");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCertificates register;
    @Autowired
    ObjectMapper json;
    @Autowired
    FrameworkManagement frameworks;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;

    @Test
    void anyone_looks_up_a_number_and_gets_exactly_the_public_fields() throws Exception {
        CertificateInfo issued = register.issue();

        String body = mvc.perform(get("/api/verify/{number}", issued.number().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(issued.number()))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.holderName").value(issued.holderName()))
                .andExpect(jsonPath("$.role").value("Smart City Project Developer"))
                .andExpect(jsonPath("$.kind").value("ROLE"))
                .andExpect(jsonPath("$.issuedOn").value(issued.issuedOn().toString()))
                .andExpect(jsonPath("$.validUntil").value(issued.validUntil().toString()))
                .andExpect(jsonPath("$.issuer").value("CityCert Certification Body"))
                .andReturn().getResponse().getContentAsString();

        JsonNode answer = json.readTree(body);
        assertThat(answer.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
        assertThat(answer.get("units")).isNotEmpty();
        answer.get("units").forEach(unit -> assertThat(unit.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("code", "title"));
        assertThat(answer.get("chain")).singleElement().satisfies(link -> assertThat(link.properties())
                .extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("number", "unitCode", "issuedOn",
                        "validUntil", "predecessor", "succession", "status"));
        assertThat(body).doesNotContain("@", issued.holderUsername(), issued.applicationId().toString(),
                issued.id().toString());
    }

    @ParameterizedTest
    @CsvSource({
            "de, Smart-City-Projektentwickler/-in, Smart-City-Kontext und Bedarfsanalyse, Zertifizierungsstelle CityCert",
            "bg, Разработчик на проекти за интелигентни градове, Контекст на интелигентния град и анализ на "
                    + "потребностите, Сертифициращ орган CityCert"})
    void a_found_certificate_gives_its_titles_in_the_accept_language_beside_the_recorded_english(
            String language, String role, String firstUnit, String body) throws Exception {
        CertificateInfo issued = register.issue();

        String answer = mvc.perform(get("/api/verify/{number}", issued.number()).header("Accept-Language",
                        language + "-AT, en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", language))
                .andExpect(jsonPath("$.role").value("Smart City Project Developer"))
                .andExpect(jsonPath("$.issuer").value("CityCert Certification Body"))
                .andExpect(jsonPath("$.units[0].title").value("Smart city context and needs analysis"))
                .andExpect(jsonPath("$.titles.language").value(language))
                .andExpect(jsonPath("$.titles.role.text").value(role))
                .andExpect(jsonPath("$.titles.role.language").value(language))
                .andExpect(jsonPath("$.titles.units[0].code").value("SCPD-U1"))
                .andExpect(jsonPath("$.titles.units[0].text").value(firstUnit))
                .andExpect(jsonPath("$.titles.units[0].language").value(language))
                .andExpect(jsonPath("$.titles.issuer.text").value(body))
                .andExpect(jsonPath("$.titles.issuer.language").value(language))
                .andReturn().getResponse().getContentAsString();

        JsonNode found = json.readTree(answer);
        JsonNode titles = found.get("titles");
        assertThat(titles.get("units")).extracting(unit -> unit.get("code").asText())
                .as("every unit the certificate covers, in the order of units")
                .containsExactlyElementsOf(found.get("units").valueStream().map(unit -> unit.get("code").asText())
                        .toList());
        assertThat(titles.get("units")).allSatisfy(unit -> assertThat(unit.get("language").asText())
                .isEqualTo(language));
    }

    @Test
    void without_accept_language_the_titles_are_the_recorded_english() throws Exception {
        CertificateInfo issued = register.issue();

        mvc.perform(get("/api/verify/{number}", issued.number()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.titles.language").value("en"))
                .andExpect(jsonPath("$.titles.role.text").value("Smart City Project Developer"))
                .andExpect(jsonPath("$.titles.role.language").value("en"))
                .andExpect(jsonPath("$.titles.issuer.text").value("CityCert Certification Body"));
    }

    @Test
    void the_titles_are_those_of_the_certificates_own_framework_version_and_english_where_it_has_none()
            throws Exception {
        String role = "VT" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        CurrentUser admin = CurrentUser.of("verify-titles-admin", Role.ADMIN);
        frameworks.publish(admin, frameworks.importFile(admin, "v1.yaml",
                TestFrameworks.translated("VERIFY-" + role, role, "eins")).id());
        CertificateInfo issued = certificates.issue(applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application(role)).id()).get(0);
        frameworks.publish(admin, frameworks.importFile(admin, "v2.yaml",
                TestFrameworks.translated("VERIFY-" + role, role, "zwei")).id());

        mvc.perform(get("/api/verify/{number}", issued.number()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("Test Role"))
                .andExpect(jsonPath("$.titles.role.text").value("Testrolle eins"))
                .andExpect(jsonPath("$.titles.role.language").value("de"))
                .andExpect(jsonPath("$.titles.units[0].code").value(role + "-U1"))
                .andExpect(jsonPath("$.titles.units[0].text").value("Planung eins"))
                .andExpect(jsonPath("$.titles.units[1].code").value(role + "-U2"))
                .andExpect(jsonPath("$.titles.units[1].text").value("Delivery"))
                .andExpect(jsonPath("$.titles.units[1].language").value("en"));
        byte[] pdf = certificates.pdf(new CurrentUser(issued.holderUsername(), java.util.Set.of(Role.CANDIDATE)),
                issued.number());
        mvc.perform(multipart("/api/verify/pdf").file(pdf(pdf)).header("Accept-Language", "bg"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificate.titles.language").value("bg"))
                .andExpect(jsonPath("$.certificate.titles.role.text").value("Тестова роля eins"));
    }

    @Test
    void a_suspended_certificate_says_so_at_once() throws Exception {
        CertificateInfo issued = register.issue();
        register.record(issued, "SUSPENDED");

        mvc.perform(get("/api/verify/{number}", issued.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
    }

    @Test
    void malformed_mistyped_and_unknown_numbers_get_problem_details() throws Exception {
        mvc.perform(get("/api/verify/{number}", "not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.outcome").value("MALFORMED"))
                .andExpect(jsonPath("$.detail").value(containsString("is not a certificate number")));
        String unknown = TestCertificates.unknownNumber();
        mvc.perform(get("/api/verify/{number}", TestCertificates.mistyped(unknown)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.outcome").value("MISTYPED"))
                .andExpect(jsonPath("$.detail").value(containsString("a character is mistyped")));
        mvc.perform(get("/api/verify/{number}", unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.outcome").value("UNKNOWN"))
                .andExpect(jsonPath("$.detail").value(containsString("holds no certificate with the number " + unknown)));
    }

    @Test
    void an_uploaded_registered_pdf_matches_the_register_with_the_public_details() throws Exception {
        CertificateInfo issued = register.issue();
        byte[] pdf = register.issuedPdf(issued);

        String body = mvc.perform(multipart("/api/verify/pdf").file(pdf(pdf)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("MATCHES_REGISTER"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.matchesRegister").value(true))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.message").value(containsString("exactly the certificate the register issued")))
                .andExpect(jsonPath("$.certificate.number").value(issued.number()))
                .andExpect(jsonPath("$.certificate.status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).get("certificate").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
    }

    @Test
    void an_altered_pdf_is_reported_without_details() throws Exception {
        byte[] pdf = register.issuedPdf(register.issue());

        mvc.perform(multipart("/api/verify/pdf").file(pdf(TestSignedPdfs.withOneByteChanged(pdf))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("ALTERED"))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.matchesRegister").value(false))
                .andExpect(jsonPath("$.certificate").doesNotExist());
    }

    @Test
    void a_file_that_is_no_pdf_is_refused_with_a_problem() throws Exception {
        mvc.perform(multipart("/api/verify/pdf").file(new MockMultipartFile("file", "photo.png", "image/png",
                        "not a pdf at all".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.outcome").value("NOT_A_PDF"))
                .andExpect(jsonPath("$.detail").value(containsString("not a PDF")));
    }

    @Test
    void a_file_beyond_the_upload_limit_is_refused_unread() throws Exception {
        mvc.perform(multipart("/api/verify/pdf").file(pdf(new byte[10 * 1024 * 1024 + 1])))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.outcome").value("TOO_LARGE"));
    }

    private static MockMultipartFile pdf(byte[] content) {
        return new MockMultipartFile("file", "certificate.pdf", MediaType.APPLICATION_PDF_VALUE, content);
    }
}
