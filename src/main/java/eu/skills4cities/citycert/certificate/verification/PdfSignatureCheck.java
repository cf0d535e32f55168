package eu.skills4cities.citycert.certificate.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Component;

/**
 * Checks the signature of a PDF from its bytes, independently of the code that signs: the
 * signature's byte range must cover the whole file except its own /Contents, the detached CMS
 * in /Contents must verify over those bytes with the certificate it carries, and that
 * certificate must be one of the certification body's keys.
 */
@Component
class PdfSignatureCheck {

    enum Outcome { NOT_A_PDF, NOT_SIGNED, ALTERED, FOREIGN_SIGNER, VALID }

    private final SigningKeys keys;

    PdfSignatureCheck(SigningKeys keys) {
        this.keys = keys;
    }

    Outcome check(byte[] file) {
        if (!startsLikePdf(file)) {
            return Outcome.NOT_A_PDF;
        }
        PdfReader reader;
        try {
            reader = new PdfReader(file);
        } catch (IOException | RuntimeException unreadable) {
            return Outcome.NOT_A_PDF;
        }
        try {
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names.isEmpty()) {
                return Outcome.NOT_SIGNED;
            }
            // the signature over the latest revision is the one whose byte range reaches furthest
            int[] range = names.stream().map(fields::getSignatureDictionary).map(PdfSignatureCheck::byteRange)
                    .max(Comparator.comparingLong(r -> r.length == 4 ? (long) r[2] + r[3] : -1)).orElseThrow();
            return verify(file, range);
        } catch (RuntimeException damaged) {
            // OpenPDF reports broken structures as runtime exceptions; a PDF that parsed but whose
            // signature fields do not, cannot carry an intact signature
            return Outcome.ALTERED;
        } finally {
            reader.close();
        }
    }

    private Outcome verify(byte[] file, int[] range) {
        if (!coversAllButContents(file, range)) {
            return Outcome.ALTERED;
        }
        byte[] signedBytes = new byte[range[1] + range[3]];
        System.arraycopy(file, 0, signedBytes, 0, range[1]);
        System.arraycopy(file, range[2], signedBytes, range[1], range[3]);
        Optional<byte[]> contents = hexContents(file, range[1] + 1, range[2] - 1);
        if (contents.isEmpty()) {
            return Outcome.ALTERED;
        }
        Optional<X509CertificateHolder> signer = verifiedSigner(contents.get(), signedBytes);
        if (signer.isEmpty()) {
            return Outcome.ALTERED;
        }
        return trusted(signer.get()) ? Outcome.VALID : Outcome.FOREIGN_SIGNER;
    }

    private static boolean startsLikePdf(byte[] file) {
        // the header may follow a little junk (ISO 32000-1, 7.5.2 leaves it to readers); 1024 bytes is the usual allowance
        String start = new String(file, 0, Math.min(file.length, 1024), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    private static int[] byteRange(PdfDictionary signature) {
        PdfArray array = signature == null ? null : signature.getAsArray(PdfName.BYTERANGE);
        if (array == null || array.size() != 4) {
            return new int[0];
        }
        int[] range = new int[4];
        for (int i = 0; i < 4; i++) {
            PdfObject value = array.getPdfObject(i);
            if (!(value instanceof PdfNumber number)) {
                return new int[0];
            }
            range[i] = number.intValue();
        }
        return range;
    }

    /** [0, b) and [c, c + d) are the whole file but for the hex string {@code <...>} of /Contents in between. */
    private static boolean coversAllButContents(byte[] file, int[] range) {
        if (range.length != 4) {
            return false;
        }
        int b = range[1];
        int c = range[2];
        int d = range[3];
        return range[0] == 0 && b > 0 && c > b + 1 && d >= 0 && (long) c + d == file.length
                && file[b] == '<' && file[c - 1] == '>';
    }

    /** The bytes of a hex string between two offsets; empty when it holds anything but hex digits. */
    private static Optional<byte[]> hexContents(byte[] file, int from, int to) {
        String hex = new String(file, from, to - from, StandardCharsets.ISO_8859_1);
        if (hex.isEmpty() || hex.length() % 2 != 0 || !HexFormat.isHexDigit(hex.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
    }

    /**
     * The certificate whose key made a valid detached CMS signature over the bytes; empty when
     * the signature does not verify or cannot be read.
     */
    private static Optional<X509CertificateHolder> verifiedSigner(byte[] cms, byte[] signedBytes) {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            // /Contents is padded with zeros after the DER structure: read the first object only
            ContentInfo info = ContentInfo.getInstance(in.readObject());
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(signedBytes), info);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Optional.empty();
            }
            SignerInformation signer = signers.iterator().next();
            Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
            if (certificates.isEmpty()) {
                return Optional.empty();
            }
            X509CertificateHolder certificate = certificates.iterator().next();
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return valid ? Optional.of(certificate) : Optional.empty();
        } catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException
                 | IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    private boolean trusted(X509CertificateHolder signer) {
        try {
            byte[] encoded = signer.getEncoded();
            for (X509Certificate certificate : keys.trusted()) {
                if (Arrays.equals(certificate.getEncoded(), encoded)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }
}
