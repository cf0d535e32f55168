package eu.skills4cities.citycert.certificate.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signed PDFs for tests, made here with OpenPDF and BouncyCastle (a detached CMS signature
 * with sub-filter ETSI.CAdES.detached), so verification is tested against signatures that its
 * own code did not make.
 */
public final class TestSignedPdfs {

    private static final int RESERVED_SIGNATURE_BYTES = 8192;

    private TestSignedPdfs() {
    }

    /** A one-page PDF stating the number, with it under {@code CertificateNumber} in the document information. */
    public static byte[] unsigned(String number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (number != null) {
            writer.getInfo().put(new PdfName("CertificateNumber"), new PdfString(number));
        }
        document.open();
        document.add(new Paragraph("Certificate " + (number == null ? "" : number)));
        document.close();
        return out.toByteArray();
    }

    /** The PDF signed with the key, as an incremental update whose signature covers the whole file. */
    public static byte[] sign(byte[] pdf, PrivateKey key, X509Certificate certificate) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setCryptoDictionary(new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached")));
            Map<PdfName, Integer> reserved = new HashMap<>();
            reserved.put(PdfName.CONTENTS, RESERVED_SIGNATURE_BYTES * 2 + 2);
            appearance.preClose(reserved);
            byte[] signedBytes = appearance.getRangeStream().readAllBytes();

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            byte[] cms = generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded();

            byte[] contents = new byte[RESERVED_SIGNATURE_BYTES];
            System.arraycopy(cms, 0, contents, 0, cms.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(contents).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException | DocumentException | GeneralSecurityException | OperatorCreationException
                 | CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key and self-signed certificate that are not the certification body's. */
    public static KeyPairAndCertificate foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=Someone Else Certification, O=Someone Else, C=EU");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.getEpochSecond()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                            subject, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new KeyPairAndCertificate(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public record KeyPairAndCertificate(PrivateKey privateKey, X509Certificate certificate) {
    }

    /**
     * The file with one byte changed where the signature covers it and the PDF's structure stays
     * readable: inside the data of its first stream.
     */
    public static byte[] withOneByteChanged(byte[] pdf) {
        byte[] changed = pdf.clone();
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream\n") + "stream\n".length() + 10;
        changed[at] ^= 0x01;
        return changed;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
