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
import com.nimbusds.jose.util.Base64;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import org.springframework.stereotype.Component;

/**
 * Statements signed with the certification body's key as self-contained compact JWS (RS256, the
 * signing certificate chain in the {@code x5c} header), for other modules that need a seal but
 * must not reach into {@code signing}: the audit log's checkpoints. Anyone holding the body's
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

    BodySignature(SigningKeys keys, CertificateIssuer issuer) {
        this.keys = keys;
        this.issuer = issuer;
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
            List<Base64> x5c = new ArrayList<>();
            for (X509Certificate link : keys.chain()) {
                x5c.add(Base64.encode(link.getEncoded()));
            }
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
