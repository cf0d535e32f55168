package eu.skills4cities.citycert.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestPdfA;
import eu.skills4cities.citycert.audit.CaseRecordFixture.Case;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.certificate.signing.SealValidation;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The case file of a certified application: the sealed PDF checked by EU DSS and veraPDF, the
 * ZIP's JWS checked with nimbus-jose-jwt against the body's certificate alone, each export in the
 * audit log, and the three API operations with their refusals.
 */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileExportTest {

    @Autowired
    CaseRecordFixture fixture;
    @Autowired
    CaseFileExport export;
    @Autowired
    CaseRecord records;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SigningKeys keys;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private Case certified;
    private CurrentUser auditor;

    @BeforeAll
    void driveOneApplicationThroughTheProcess() {
        certified = fixture.certifiedCase();
        auditor = accounts.create(Role.AUDITOR);
        // the candidate's mails follow the commits; wait for them so the record stays as it is
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> records
                .of(auditor, certified.application().id()).entries().stream()
                .filter(e -> e.kind() == CaseRecordKind.MAIL).count() >= 2);
    }

    @Test
    void the_pdf_is_sealed_by_the_body_names_each_document_with_its_hash_and_is_pdf_a() throws Exception {
        byte[] pdf = export.pdf(auditor, certified.application().id(), Locale.ENGLISH).content();

        SimpleReport report = validate(pdf);
        String signature = report.getFirstSignatureId();
        assertThat(report.getIndication(signature)).as(report.getAdESValidationErrors(signature).toString())
                .isEqualTo(Indication.TOTAL_PASSED);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(certified.application().number(), certified.application().candidateName(),
                    "Certification decision", "Task handed over", "Supported by the evidence.");
            certified.application().documents().forEach(d -> assertThat(text.replaceAll("\\s", ""))
                    .contains(d.fileName(), d.sha256()));
        }
        TestPdfA.assertPdfA1b(pdf);

        byte[] changed = pdf.clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf(certified.application().number());
        changed[at] = (byte) (changed[at] == 'A' ? 'B' : 'A');
        assertThat(validate(changed).getIndication(validate(changed).getFirstSignatureId()))
                .isNotEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void a_german_auditors_pdf_names_the_role_in_german_and_the_signed_record_keeps_the_english_title()
            throws Exception {
        byte[] pdf = export.pdf(auditor, certified.application().id(), Locale.GERMAN).content();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SCPM – Smart-City-Projektmanager/-in")
                    .doesNotContain("Smart City Project Manager");
        }
        Map<String, byte[]> files = unzip(export.zip(auditor, certified.application().id(), Locale.GERMAN).content());
        JsonNode header = json.readTree(files.get("record.json")).path("record").path("header");
        assertThat(header.path("roleTitle").asText()).isEqualTo("Smart City Project Manager");
        assertThat(header.path("frameworkVersionId").asText())
                .isEqualTo(certified.application().frameworkVersionId().toString());
    }

    @Test
    void the_zip_holds_the_record_its_detached_jws_and_the_sealed_pdf() throws Exception {
        Map<String, byte[]> files = unzip(export.zip(auditor, certified.application().id(), Locale.ENGLISH).content());

        assertThat(files).containsOnlyKeys("record.json", "record.json.jws", "record.pdf", "README.txt");
        JsonNode record = json.readTree(files.get("record.json"));
        assertThat(record.path("exportedBy").asText()).isEqualTo(auditor.username());
        assertThat(record.path("record").path("header").path("number").asText())
                .isEqualTo(certified.application().number());
        assertThat(record.path("record").path("complete").asBoolean()).isTrue();
        assertThat(record.path("record").path("entries").size())
                .isEqualTo(records.of(auditor, certified.application().id()).entries().size() - 1);
        assertThat(record.path("record").path("header").path("documents").get(0).path("sha256").asText()).hasSize(64);

        // checked with nothing but the file and the certificate in its header
        String jws = new String(files.get("record.json.jws"), StandardCharsets.US_ASCII);
        assertThat(jws).contains("..");
        JWSObject signed = JWSObject.parse(jws, new Payload(files.get("record.json")));
        assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        X509Certificate certificate = X509CertUtils.parse(signed.getHeader().getX509CertChain().get(0).decode());
        assertThat(certificate).isEqualTo(keys.certificate());
        assertThat(signed.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))).isTrue();
        byte[] tampered = new String(files.get("record.json"), StandardCharsets.UTF_8)
                .replace(auditor.username(), "somebody-else").getBytes(StandardCharsets.UTF_8);
        assertThat(JWSObject.parse(jws, new Payload(tampered))
                .verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))).isFalse();

        assertThat(validate(files.get("record.pdf")).getIndication(validate(files.get("record.pdf"))
                .getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void each_export_is_recorded_in_the_audit_log_and_in_the_record() {
        UUID id = certified.application().id();
        long before = exports(id);
        CaseFileExport.Download pdf = export.pdf(auditor, id, Locale.ENGLISH);
        export.zip(auditor, id, Locale.ENGLISH);

        assertThat(exports(id)).isEqualTo(before + 2);
        AuditEntry last = auditLog.about("application", id.toString()).stream()
                .filter(e -> e.action().equals("CASE_FILE_EXPORTED")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.actor()).isEqualTo(auditor.username());
        assertThat(last.detail()).contains("\"format\": \"zip\"");
        assertThat(auditLog.about("application", id.toString())).anySatisfy(e -> assertThat(e.detail())
                .contains(eu.skills4cities.citycert.base.Sha256.hex(pdf.content())));
        assertThat(records.of(auditor, id).entries()).filteredOn(e -> e.kind() == CaseRecordKind.CASE_FILE_EXPORTED)
                .extracting(CaseRecordEntry::actor).contains(auditor.username());
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void staff_may_not_export_and_candidates_find_nothing() {
        UUID id = certified.application().id();
        assertThatThrownBy(() -> export.pdf(certified.reviewer(), id, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.zip(certified.officer(), id, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(certified.candidate(), id, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> export.zip(accounts.create(Role.CANDIDATE), id, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_api_answers_the_record_and_both_files_and_refuses_with_the_usual_answers() throws Exception {
        String base = "/api/audit/applications/" + certified.application().id();
        MockHttpServletResponse record = mvc.perform(get(base + "/record").with(as(auditor))).andReturn().getResponse();
        assertThat(record.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(record.getContentAsString());
        assertThat(body.path("complete").asBoolean()).isTrue();
        assertThat(body.path("header").path("number").asText()).isEqualTo(certified.application().number());
        assertThat(body.path("entries").findValuesAsText("kind")).contains("DECISION", "TASK_HANDED_OVER", "MAIL");

        MockHttpServletResponse part = mvc.perform(get(base + "/record").with(as(certified.reviewer())))
                .andReturn().getResponse();
        assertThat(part.getStatus()).isEqualTo(200);
        assertThat(json.readTree(part.getContentAsString()).path("complete").asBoolean()).isFalse();

        MockHttpServletResponse pdf = mvc.perform(get(base + "/case-file.pdf").with(as(auditor))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("case-file-" + certified.application().number() + ".pdf");
        assertThat(validate(pdf.getContentAsByteArray()).getIndication(validate(pdf.getContentAsByteArray())
                .getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
        MockHttpServletResponse zip = mvc.perform(get(base + "/case-file.zip").with(as(auditor))).andReturn().getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(unzip(zip.getContentAsByteArray())).containsKey("record.json.jws");

        assertThat(status(base + "/case-file.pdf", certified.reviewer())).isEqualTo(403);
        assertThat(status(base + "/case-file.zip", certified.reviewer())).isEqualTo(403);
        for (String path : new String[] {"/record", "/case-file.pdf", "/case-file.zip"}) {
            assertThat(status(base + path, certified.candidate())).as(path).isEqualTo(404);
            assertThat(status("/api/audit/applications/" + UUID.randomUUID() + path, auditor)).as(path).isEqualTo(404);
            assertThat(status("/api/audit/applications/not-an-id" + path, auditor)).as(path)
                    .isEqualTo(status("/api/applications/not-an-id", auditor));
        }
    }

    private int status(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
    }

    private long exports(UUID id) {
        return auditLog.about("application", id.toString()).stream().filter(e -> e.action().equals("CASE_FILE_EXPORTED"))
                .count();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private SimpleReport validate(byte[] document) {
        return SealValidation.validate(document, keys.certificate());
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
