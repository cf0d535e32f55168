package eu.skills4cities.citycert.certificate;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestPdfA;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.signing.SealValidation;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate is issued in its holder's language (the account's choice at issuance) and in English on the same
 * page: the framework's translated role and unit titles and the body's name, in Greek and in Bulgarian, with
 * embedded fonts that cover their scripts; it stays PDF/A-1b and its seal stays valid. Its Open Badges credential
 * names the achievement in the holder's language and lists the other language editions.
 */
@CityCertSpringTest
class BilingualCertificateTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    SigningKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AccountSettings settings;

    @Test
    void a_greek_holders_certificate_states_the_role_and_units_in_greek_and_in_english() throws Exception {
        byte[] pdf = issuedIn("el");

        String text = text(pdf);
        assertThat(text).contains("Υπεύθυνος ανάπτυξης έργων έξυπνης πόλης", "Smart City Project Developer",
                "Πλαίσιο της έξυπνης πόλης και ανάλυση αναγκών", "Smart city context and needs analysis",
                "Φορέας πιστοποίησης CityCert", "CityCert Certification Body");
        assertThat(text).as("a Greek date, and the English one beside it").containsPattern("Δεκεμβρίου|Ιανουαρίου"
                + "|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου");
        assertThat(sealText(pdf)).as("the seal's visible block in Greek, then in English").contains(
                "Με ψηφιακή σφραγίδα του Φορέας πιστοποίησης CityCert", "Digitally sealed by CityCert Certification Body",
                "Επαλήθευση στο ");
        assertThat(text).as("the caption is the seal's, not the page's").doesNotContain("Με ψηφιακή σφραγίδα");
        assertSealedPdfA(pdf);
        saveForTheDocs(pdf, "certificate-el.png");
    }

    @Test
    void a_bulgarian_holders_certificate_states_the_role_and_units_in_bulgarian_and_in_english() throws Exception {
        byte[] pdf = issuedIn("bg");

        String text = text(pdf);
        assertThat(text).contains("Разработчик на проекти за интелигентни градове", "Smart City Project Developer",
                "Финансиране и бизнес модели", "Funding and business models", "Сертифициращ орган CityCert");
        assertThat(sealText(pdf)).as("the seal's visible block in Bulgarian, then in English").contains(
                "С електронен печат на Сертифициращ орган CityCert", "Digitally sealed by CityCert Certification Body",
                "Проверка на ");
        assertSealedPdfA(pdf);
        saveForTheDocs(pdf, "certificate-bg.png");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "es, Desarrollador/a de proyectos de ciudad inteligente, Organismo de certificación CityCert",
            "de, Smart-City-Projektentwickler/-in, Zertifizierungsstelle CityCert",
            "ro, Dezvoltator de proiecte pentru orașe inteligente, Organismul de certificare CityCert"})
    void a_certificate_in_the_other_languages_states_the_role_in_it_and_in_english(String language, String role,
                                                                                   String body) throws Exception {
        byte[] pdf = issuedIn(language);

        assertThat(text(pdf)).contains(role, "Smart City Project Developer", body, "CityCert Certification Body");
        saveForTheDocs(pdf, "certificate-" + language + ".png");
    }

    @Test
    void an_english_holders_certificate_stays_english_only() throws Exception {
        byte[] pdf = issuedIn("en");

        String text = text(pdf);
        assertThat(text).contains("Smart City Project Developer", "Smart city context and needs analysis")
                .doesNotContain("·  Smart City Project Developer", "Zertifizierungsstelle");
        String seal = sealText(pdf);
        assertThat(seal).contains("Digitally sealed by CityCert Certification Body", "Verify at ");
        assertThat(seal.indexOf("Digitally sealed by")).as("one caption").isEqualTo(seal.lastIndexOf("Digitally sealed by"));
    }

    @Test
    void the_open_badges_credential_names_the_achievement_in_the_holders_language_with_the_other_editions()
            throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(holder, "de");
        CertificateInfo issued = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD"))
                .id()).get(0);

        String jwt = jdbc.sql("SELECT badge_jwt FROM certificate WHERE id = ?").param(issued.id())
                .query(String.class).single();
        JsonNode credential = json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        JsonNode achievement = credential.path("credentialSubject").path("achievement");

        assertThat(achievement.path("inLanguage").asText()).isEqualTo("de");
        assertThat(achievement.path("name").asText()).isEqualTo("Smart-City-Projektentwickler/-in");
        assertThat(credential.path("name").asText()).isEqualTo("Smart-City-Projektentwickler/-in");
        assertThat(achievement.path("criteria").path("narrative").asText()).contains("Finanzierung und Geschäftsmodelle");
        assertThat(achievement.path("related")).extracting(r -> r.path("inLanguage").asText())
                .containsExactlyInAnyOrder("en", "bg", "es", "ro", "el");
        JsonNode english = java.util.stream.StreamSupport.stream(achievement.path("related").spliterator(), false)
                .filter(r -> r.path("inLanguage").asText().equals("en")).findFirst().orElseThrow();
        assertThat(english.path("type").get(0).asText()).isEqualTo("Related");
        assertThat(english.path("name").asText()).isEqualTo("Smart City Project Developer");
        assertThat(english.path("id").asText()).startsWith(achievement.path("id").asText()).isNotEqualTo(
                achievement.path("id").asText());
        assertThat(jdbc.sql("SELECT language FROM certificate WHERE id = ?").param(issued.id()).query(String.class)
                .single()).isEqualTo("de");
    }

    private byte[] issuedIn(String language) {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(holder, language);
        CertificateInfo issued = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD"))
                .id()).get(0);
        assertThat(jdbc.sql("SELECT language FROM certificate WHERE id = ?").param(issued.id()).query(String.class)
                .single()).isEqualTo(language);
        return certificates.pdf(holder, issued.number());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The page's text with the seal's visible block drawn onto it (the form flattened, in memory only). */
    private static String sealText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getAcroForm().flatten();
            return new PDFTextStripper().getText(document);
        }
    }

    private void assertSealedPdfA(byte[] pdf) throws Exception {
        SimpleReport report = SealValidation.validate(pdf, keys.root().orElseThrow());
        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
        TestPdfA.assertPdfA1b(pdf);
    }

    /** With -Dcitycert.screenshots=…/docs/user-guide/images the first page goes into docs/credentials.md. */
    private static void saveForTheDocs(byte[] pdf, String name) throws Exception {
        String folder = System.getProperty("citycert.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(Path.of(folder));
            ImageIO.write(page, "png", Path.of(folder, name).toFile());
        }
    }
}
