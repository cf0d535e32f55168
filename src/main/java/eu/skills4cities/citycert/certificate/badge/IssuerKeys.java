package eu.skills4cities.citycert.certificate.badge;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The certification body as the credentials name it ({@code {publicUrl}/api/issuer}) and its
 * public keys as a JWKS: the current signing key and the earlier keys verification still trusts.
 * A key's id is {@code {publicUrl}/api/issuer/keys/{RFC 7638 thumbprint}}, a URL that answers
 * with the key, as Open Badges 3.0 asks of a {@code kid}. Keys are found again by their
 * thumbprint alone, so credentials stay verifiable when the public URL changes.
 */
@Component
class IssuerKeys {

    private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);
    static final String KEYS_PATH = "/api/issuer/keys/";

    private final SigningKeys signingKeys;
    private final String issuerId;
    private final String keyIdPrefix;
    /** the current signing key's public half; empty when it is not an RSA key */
    private final Optional<RSAKey> current;
    private final JWKSet published;

    IssuerKeys(SigningKeys signingKeys, AccountLinksProperties links) {
        this.signingKeys = signingKeys;
        this.issuerId = links.publicUrl() + "/api/issuer";
        this.keyIdPrefix = links.publicUrl() + KEYS_PATH;
        // the current key comes with its whole chain, earlier keys with their own certificate
        this.current = jwk(signingKeys.chain());
        List<JWK> keys = new ArrayList<>();
        current.ifPresent(keys::add);
        List<X509Certificate> trusted = signingKeys.trusted();
        for (X509Certificate previous : trusted.subList(1, trusted.size())) {
            jwk(List.of(previous)).ifPresent(keys::add);
        }
        this.published = new JWKSet(keys);
    }

    /** The issuer's id: the URL of its Open Badges profile. */
    String issuerId() {
        return issuerId;
    }

    /** The public keys, as published at {@code /api/issuer/jwks.json}. */
    JWKSet published() {
        return published;
    }

    /** A published key by its thumbprint (the last segment of its key id). */
    Optional<RSAKey> byThumbprint(String thumbprint) {
        return published.getKeys().stream()
                .filter(key -> key.getKeyID().endsWith("/" + thumbprint))
                .map(JWK::toRSAKey)
                .findFirst();
    }

    /** The published key a JOSE header names by its {@code kid}, or carries as its {@code jwk}. */
    Optional<RSAKey> named(JWSHeader header) {
        try {
            if (header.getKeyID() != null) {
                String kid = header.getKeyID();
                return byThumbprint(kid.substring(kid.lastIndexOf('/') + 1));
            }
            if (header.getJWK() != null) {
                return byThumbprint(header.getJWK().computeThumbprint().toString());
            }
        } catch (JOSEException e) {
            log.debug("unusable key in a JOSE header", e);
        }
        return Optional.empty();
    }

    /** Signs the payload (a JSON object) as a compact JWS with the current key: RS256, typ JWT, kid. */
    String sign(String payload) {
        RSAKey key = current.orElseThrow(() -> new IllegalStateException(
                "Open Badges credentials are signed with RS256 and need an RSA signing key"));
        // Open Badges 3.0 allows no JOSE headers beyond alg, kid, jwk and typ: the chain is in the JWKS
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new RSASSASigner(signingKeys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the Open Badges credential: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    private Optional<RSAKey> jwk(List<X509Certificate> chain) {
        X509Certificate certificate = chain.get(0);
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)) {
            log.warn("The key of {} is not RSA; Open Badges credentials cannot use it and it is not published",
                    certificate.getSubjectX500Principal().getName());
            return Optional.empty();
        }
        try {
            List<Base64> x5c = new ArrayList<>();
            for (X509Certificate link : chain) {
                x5c.add(Base64.encode(link.getEncoded()));
            }
            String thumbprint = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
            return Optional.of(new RSAKey.Builder(publicKey)
                    .keyID(keyIdPrefix + thumbprint)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .x509CertChain(x5c)
                    .x509CertSHA256Thumbprint(Base64URL.encode(
                            Sha256.digest(certificate.getEncoded())))
                    .build());
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot publish the key of "
                    + certificate.getSubjectX500Principal().getName(), e);
        }
    }
}
