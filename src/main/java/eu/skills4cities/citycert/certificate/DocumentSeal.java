package eu.skills4cities.citycert.certificate;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Rectangle;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.certificate.signing.PadesSigner;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import org.springframework.stereotype.Component;

/**
 * The certification body's seal for documents other modules issue in its name (the audit's
 * case-file export): a PDF sealed exactly like a certificate (PAdES baseline B, {@link PadesSigner}),
 * and a detached JWS over any bytes, both with the body's current signing key. Only signing
 * leaves the module, never the key itself.
 */
@Component
public class DocumentSeal {

    private final PadesSigner signer;
    private final SigningKeys keys;
    private final CertificateIssuer issuer;

    DocumentSeal(PadesSigner signer, SigningKeys keys, CertificateIssuer issuer) {
        this.signer = signer;
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The certification body's name, as the seal names it. */
    public String issuerName() {
        return issuer.name();
    }

    /**
     * The PDF with the body's seal added in an incremental update, drawn as a visible block on
     * page 1 at the given place (PDF points from the lower left corner).
     */
    public byte[] sealPdf(byte[] pdf, float left, float bottom, float right, float top, String caption, String detail) {
        return signer.sign(pdf, new PadesSigner.SealBlock(new Rectangle(left, bottom, right, top), caption, detail));
    }

    /**
     * A JWS (RFC 7515, compact form with a detached payload: {@code header..signature}) over the
     * bytes, RS256, with the signing certificate chain in {@code x5c}, so the bytes can be
     * checked later with nothing but the file and the body's certificate.
     */
    public String signDetached(byte[] content) {
        try {
            List<Base64> chain = new ArrayList<>();
            for (X509Certificate certificate : keys.chain()) {
                chain.add(Base64.encode(certificate.getEncoded()));
            }
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JOSE)
                    .x509CertChain(chain)
                    .x509CertSHA256Thumbprint(com.nimbusds.jose.util.Base64URL.encode(
                            eu.skills4cities.citycert.base.Sha256.digest(keys.certificate().getEncoded())))
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(content));
            jws.sign(new RSASSASigner(keys.privateKey()));
            return jws.serialize(true);
        } catch (CertificateEncodingException | JOSEException e) {
            throw new IllegalStateException("cannot sign the document", e);
        }
    }

    /** The certificate of the key that seals now. */
    public X509Certificate signingCertificate() {
        return keys.certificate();
    }
}
