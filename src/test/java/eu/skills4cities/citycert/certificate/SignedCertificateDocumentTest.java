package eu.skills4cities.citycert.certificate;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestPdfA;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.signing.SealValidation;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issued certificate PDF, checked by independent tools: EU DSS validates the PAdES
 * signature (offline, with the test key as the only trust anchor), veraPDF the PDF/A-1b
 * conformance, and ZXing reads the QR code off the rendered page.
 */
@CityCertSpringTest
class SignedCertificateDocumentTest {

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

    CurrentUser holder;
    CertificateInfo issued;
    byte[] pdf;

    @BeforeEach
    void issueCertificate() {
        holder = accounts.create(Role.CANDIDATE);
        issued = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        pdf = certificates.pdf(holder, issued.number());
    }

    @Test
    void eu_dss_finds_a_pades_baseline_b_signature_that_passes() {
        SimpleReport report = validate(pdf);

        String signature = report.getFirstSignatureId();
        assertThat(report.getSignaturesCount()).isEqualTo(1);
        assertThat(report.getSignatureFormat(signature)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(report.getIndication(signature)).as(report.getAdESValidationErrors(signature).stream().map(m -> m.getKey() + ": " + m.getValue()).toList().toString())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignedBy(signature)).contains("CityCert Certification Body");
    }

    @Test
    void one_changed_byte_fails_the_validation() {
        // the holder's name is inside the signed bytes, in the document information dictionary
        byte[] changed = pdf.clone();
        int at = indexOf(changed, issued.number().getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        changed[at + 5] = (byte) (changed[at + 5] == '7' ? '8' : '7');

        SimpleReport report = validate(changed);

        assertThat(report.getSignaturesCount()).isEqualTo(1);
        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_FAILED);
    }

    @Test
    void the_signature_dictionary_and_cms_are_as_pades_baseline_b_asks() throws Exception {
        PdfReader reader = new PdfReader(pdf);
        AcroFields fields = reader.getAcroFields();
        assertThat(fields.getSignatureTypes()).hasSize(1);
        String name = fields.getSignatureTypes().keySet().iterator().next();
        assertThat(fields.signatureCoversWholeDocument(name)).isTrue();
        PdfDictionary dictionary = fields.getSignatureDictionary(name);
        assertThat(dictionary.getAsName(PdfName.SUBFILTER)).isEqualTo(new PdfName("ETSI.CAdES.detached"));
        assertThat(dictionary.get(PdfName.M)).as("signing time in the dictionary").isNotNull();
        // visible: the widget has a real area on the page
        float[] position = fields.getFieldPositions(name);
        assertThat(position[3] - position[1]).as("width").isGreaterThan(100);

        CMSSignedData cms = new CMSSignedData(dictionary.getAsString(PdfName.CONTENTS).getOriginalBytes());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        AttributeTable signed = signer.getSignedAttributes();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signed.get(CMSAttributes.signingTime)).as("no signing-time signed attribute").isNull();
    }

    @Test
    void the_document_is_pdf_a_1b_for_verapdf() throws Exception {
        TestPdfA.assertPdfA1b(pdf);
    }


    @Test
    void the_pdf_states_the_certificate_and_its_qr_code_leads_to_the_verification_page() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(issued.holderName(), "Smart City Project Developer", issued.number(),
                    "EQF level 6", "SCPD-U1", "Smart city context and needs analysis", "COMPETENCE FRAMEWORK",
                    "S4C-SMART-CITY v1");
            // letter-spaced headings come out with a space between letters
            assertThat(text.replace(" ", "")).contains("UNITSCERTIFIED", "CITYCERTCERTIFICATIONBODY");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            saveForTheUserGuide(page);
            // a phone aims at the code (the lower right quarter of the page, where it is printed)
            // and decodes frame after frame: here at 150, else at 200 dpi (see CertificateQrCodeTest)
            String url = null;
            for (int dpi : new int[]{150, 200}) {
                BufferedImage frame = dpi == 150 ? page : new PDFRenderer(document).renderImageWithDPI(0, dpi);
                BufferedImage corner = frame.getSubimage(frame.getWidth() / 2, frame.getHeight() / 2,
                        frame.getWidth() / 2, frame.getHeight() / 2);
                int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
                var bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)));
                try {
                    url = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                    break;
                } catch (com.google.zxing.ReaderException notThisFrame) {
                    // the next frame
                }
            }
            assertThat(url).isEqualTo("http://localhost:8080/verify/" + issued.number());
        }
        assertThat(new PdfReader(pdf).getInfo()).containsEntry(CertificatePdfRenderer.NUMBER_INFO_KEY, issued.number());
    }

    @Test
    void the_register_keeps_the_hash_of_the_signed_pdf_the_key_that_signed_it_and_the_credential() throws Exception {
        var row = jdbc.sql("SELECT pdf_sha256, signed_with, badge_jwt FROM certificate WHERE id = ?")
                .param(issued.id()).query().singleRow();
        assertThat(row.get("badge_jwt")).as("the Open Badges credential is issued with the certificate").isNotNull();
        assertThat(row.get("pdf_sha256")).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(row.get("signed_with")).isEqualTo(SigningKeys.certificateSha256(keys.certificate()));
    }

    private SimpleReport validate(byte[] document) {
        return SealValidation.validate(document, keys.root().orElseThrow());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** With -Dcitycert.screenshots=…/docs/user-guide/images the rendered certificate goes into the user guide. */
    private static void saveForTheUserGuide(BufferedImage page) throws Exception {
        String folder = System.getProperty("citycert.screenshots");
        if (folder != null && !folder.isBlank()) {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(page, "png", Path.of(folder, "certificate.png").toFile());
        }
    }
}
