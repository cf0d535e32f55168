package eu.skills4cities.citycert.certificate;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.lowagie.text.Rectangle;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import org.springframework.stereotype.Component;

/**
 * The certification body's key for other modules, which must not reach into {@code signing}:
 * statements signed as self-contained compact JWS (RS256, the signing certificate chain in the
 * {@code x5c} header; the audit log's checkpoints), detached JWS over any bytes, and PDFs sealed
 * like a certificate (the audit's case file). Only signing leaves the module, never the key. Anyone holding the body's
 * certificate can check such a statement without CityCert; {@link #verify} trusts the current key
 * and the earlier keys ({@link SigningKeys#trusted()}), found by the certificate in {@code x5c}.
 */
@Component
public class BodySignature {

    /** What checking a presented statement found. */
    public enum Outcome {
        /** signed by a trusted key of the body, of the expected type */
        VALID,
        /** not a compact JWS at all */
        NOT_JWS,
        /** a JWS of another type than expected */
        WRONG_TYPE,
        /** signed, or claiming to be signed, by a key the body does not trust */
        UNTRUSTED_SIGNER,
        /** the signature does not match the content: the statement was edited */
        BAD_SIGNATURE
    }

    /**
     * @param payload the signed JSON text when valid, else null
     * @param signer  the SHA-256 of the signing certificate ({@link SigningKeys#certificateSha256}) when valid
     */
    public record Checked(Outcome outcome, String payload, String signer) {

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private final SigningKeys keys;
    private final CertificateIssuer issuer;
    private final PadesSigner pdfSigner;

    BodySignature(SigningKeys keys, CertificateIssuer issuer, PadesSigner pdfSigner) {
        this.keys = keys;
        this.issuer = issuer;
        this.pdfSigner = pdfSigner;
    }

    /** The certification body's name, as its statements name their issuer. */
    public String issuerName() {
        return issuer.name();
    }

    /** The SHA-256 of the current signing certificate. */
    public String signer() {
        return SigningKeys.certificateSha256(keys.certificate());
    }

    /** Signs the JSON payload as a compact JWS of the given type ({@code typ}), with the chain in {@code x5c}. */
    public String sign(String type, String payload) {
        if (!(keys.certificate().getPublicKey() instanceof RSAPublicKey)) {
            throw new IllegalStateException("signed statements use RS256 and need an RSA signing key");
        }
        try {
            List<Base64> x5c = chain();
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(new JOSEObjectType(type))
                    .x509CertChain(x5c)
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(new RSASSASigner(keys.privateKey()));
            return jws.serialize();
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a " + type + ": " + e.getMessage(), e);
        }
    }

    /**
     * The PDF with the body's seal added in an incremental update, exactly like a certificate's
     * ({@link PadesSigner}), drawn as a visible block on page 1 at the given place (PDF points
     * from the lower left corner): for documents other modules issue in the body's name (the
     * audit's case file).
     */
    public byte[] sealPdf(byte[] pdf, float left, float bottom, float right, float top, String caption, String detail) {
        return pdfSigner.sign(pdf, new PadesSigner.SealBlock(new Rectangle(left, bottom, right, top), caption, detail));
    }

    /**
     * A JWS (RFC 7515, compact form with a detached payload: {@code header..signature}) over the
     * bytes, RS256, with the signing certificate chain in {@code x5c}, so the bytes can be
     * checked later with nothing but the file and the body's certificate.
     */
    public String signDetached(byte[] content) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JOSE)
                    .x509CertChain(chain())
                    .x509CertSHA256Thumbprint(Base64URL.encode(Sha256.digest(keys.certificate().getEncoded())))
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(content));
            jws.sign(new RSASSASigner(keys.privateKey()));
            return jws.serialize(true);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot sign the document", e);
        }
    }

    /** The certificate of the key that signs now. */
    public X509Certificate signingCertificate() {
        return keys.certificate();
    }

    private List<Base64> chain() throws GeneralSecurityException {
        List<Base64> x5c = new ArrayList<>();
        for (X509Certificate link : keys.chain()) {
            x5c.add(Base64.encode(link.getEncoded()));
        }
        return x5c;
    }

    /** Checks a presented compact JWS: its type, that its {@code x5c} certificate is trusted, and its signature. */
    public Checked verify(String presented, String type) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(presented == null ? "" : presented.strip());
        } catch (ParseException | IllegalArgumentException e) {
            return new Checked(Outcome.NOT_JWS, null, null);
        }
        JWSHeader header = jws.getHeader();
        if (header.getType() == null || !type.equals(header.getType().getType())) {
            return new Checked(Outcome.WRONG_TYPE, null, null);
        }
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || header.getX509CertChain() == null
                || header.getX509CertChain().isEmpty()) {
            return new Checked(Outcome.UNTRUSTED_SIGNER, null, null);
        }
        X509Certificate presentedCertificate;
        try {
            presentedCertificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(header.getX509CertChain().get(0).decode()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Checked(Outcome.UNTRUSTED_SIGNER, null, null);
        }
        X509Certificate trusted = keys.trusted().stream().filter(presentedCertificate::equals).findFirst().orElse(null);
        if (trusted == null || !(trusted.getPublicKey() instanceof RSAPublicKey publicKey)) {
            return new Checked(Outcome.UNTRUSTED_SIGNER, null, null);
        }
        try {
            if (!jws.verify(new RSASSAVerifier(publicKey))) {
                return new Checked(Outcome.BAD_SIGNATURE, null, null);
            }
        } catch (JOSEException e) {
            return new Checked(Outcome.BAD_SIGNATURE, null, null);
        }
        return new Checked(Outcome.VALID, jws.getPayload().toString(), SigningKeys.certificateSha256(trusted));
    }
}
