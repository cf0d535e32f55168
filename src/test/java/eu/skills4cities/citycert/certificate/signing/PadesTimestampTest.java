package eu.skills4cities.citycert.certificate.signing;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seals dated by a timestamp authority (PAdES baseline T), checked by EU DSS; and a seal that
 * cannot get its timestamp is not made at all.
 */
class PadesTimestampTest {

    static final CertificateIssuer ISSUER = new CertificateIssuer("Test Certification Body", null, null, null);
    static final Clock CLOCK = Clock.systemUTC();

    static TestTimestampAuthority authority;
    static SigningKeys keys;

    @BeforeAll
    static void anAuthorityAndAKey() throws Exception {
        authority = new TestTimestampAuthority();
        keys = new SigningKeys(new SigningProperties(null, "secret", null, true, List.of(), 2048), ISSUER, CLOCK);
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    @Test
    void with_an_authority_the_seal_is_baseline_t_and_dss_takes_the_authority_s_time_as_the_signing_time() throws Exception {
        authority.answerAs(TestTimestampAuthority.Mode.HONEST);

        byte[] sealed = signer(authority.url().toString()).sign(pdf(), block());

        SimpleReport report = validate(sealed);
        String signature = report.getFirstSignatureId();
        assertThat(report.getSignatureFormat(signature)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        assertThat(report.getIndication(signature))
                .as(report.getAdESValidationErrors(signature).stream().map(m -> m.getKey() + ": " + m.getValue()).toList().toString())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignatureTimestamps(signature)).hasSize(1);
        var timestamp = report.getSignatureTimestamps(signature).get(0);
        assertThat(timestamp.getIndication()).as(report.getAdESValidationErrors(timestamp.getId()).stream()
                .map(m -> m.getKey() + ": " + m.getValue()).toList() + " / " + report.getQualificationErrors(timestamp.getId()).stream()
                .map(m -> m.getKey() + ": " + m.getValue()).toList() + " " + timestamp.getSubIndication()).isEqualTo(Indication.PASSED);
        // the token's time is the one the authority granted (DER GeneralizedTime keeps whole seconds here)
        assertThat(timestamp.getProductionTime().toInstant().getEpochSecond())
                .isEqualTo(authority.lastStamp().getEpochSecond());
    }

    @Test
    void without_an_authority_the_seal_stays_baseline_b() {
        byte[] sealed = signer("").sign(pdf(), block());

        SimpleReport report = validate(sealed);
        assertThat(report.getSignatureFormat(report.getFirstSignatureId())).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(report.getSignatureTimestamps(report.getFirstSignatureId())).isEmpty();
    }

    @Test
    void an_authority_that_fails_or_answers_for_something_else_leaves_no_seal() {
        PadesSigner signer = signer(authority.url().toString());
        try {
            authority.answerAs(TestTimestampAuthority.Mode.HTTP_ERROR);
            assertThatThrownBy(() -> signer.sign(pdf(), block())).hasMessageContaining("answered HTTP 500");

            authority.answerAs(TestTimestampAuthority.Mode.WRONG_IMPRINT);
            assertThatThrownBy(() -> signer.sign(pdf(), block())).hasMessageContaining("no timestamp from");
        } finally {
            authority.answerAs(TestTimestampAuthority.Mode.HONEST);
        }
        PadesSigner unreachable = signer("http://127.0.0.1:9/tsa");
        assertThatThrownBy(() -> unreachable.sign(pdf(), block())).hasMessageContaining("no timestamp from");
    }

    private static PadesSigner signer(String url) {
        TimestampProperties properties = new TimestampProperties(
                url.isEmpty() ? null : java.net.URI.create(url), Duration.ofSeconds(5));
        return new PadesSigner(keys, ISSUER, new TimestampAuthority(properties), CLOCK);
    }

    private static PadesSigner.SealBlock block() {
        return new PadesSigner.SealBlock(new Rectangle(60, 60, 300, 120), "Sealed by Test Certification Body",
                "Check it at https://example.test/verify");
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document()) {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("A document to seal"));
        }
        return out.toByteArray();
    }

    private static SimpleReport validate(byte[] document) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(keys.root().orElseThrow()));
        trusted.addCertificate(new CertificateToken(authority.root()));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument(policy()).getSimpleReport();
    }

    /**
     * DSS's default policy, except that a timestamping certificate with RFC 9608's noRevAvail
     * extension is not looked up for revocation, as the default already does for signing
     * certificates. (Our test authority publishes no CRL; a real one does, and DSS fetches it.)
     */
    private static eu.europa.esig.dss.model.policy.ValidationPolicy policy() {
        try (var in = PadesTimestampTest.class.getResourceAsStream("/policy/constraint.xml")) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String tweaked = xml.replaceFirst("(<SunsetDate Level=\"FAIL\" />\\s*)(<RevocationDataAvailable Level=\"FAIL\" />"
                            + "\\s*<AcceptableRevocationDataFound Level=\"FAIL\" />\\s*<CRLNextUpdatePresent Level=\"WARN\" />"
                            + "\\s*<RevocationFreshness Level=\"IGNORE\" Unit=\"DAYS\" Value=\"0\" />\\s*<ExtendedKeyUsage Level=\"FAIL\">"
                            + "\\s*<Id>timeStamping</Id>)",
                    "$1<RevocationDataSkip Level=\"INFORM\"><CertificateExtensions><Id>2.5.29.56</Id></CertificateExtensions>"
                            + "</RevocationDataSkip>$2");
            assertThat(tweaked).as("the timestamp constraints of DSS's default policy").isNotEqualTo(xml);
            return eu.europa.esig.dss.policy.ValidationPolicyFacade.newFacade()
                    .getValidationPolicy(new java.io.ByteArrayInputStream(tweaked.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read DSS's default policy", e);
        }
    }
}
