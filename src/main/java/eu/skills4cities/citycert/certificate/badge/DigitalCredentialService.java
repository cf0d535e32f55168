package eu.skills4cities.citycert.certificate.badge;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Open Badges 3.0 credential of each certificate: created once, signed as a VC-JWT and kept
 * with the certificate; handed to the people who may have the certificate's PDF; verified for
 * anyone against the published keys and the register.
 */
@Service
public class DigitalCredentialService {

    private static final Logger log = LoggerFactory.getLogger(DigitalCredentialService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateStore store;
    private final FrameworkCatalogue framework;
    private final UserAccountService accounts;
    private final OpenBadgeCredentialBuilder builder;
    private final IssuerKeys keys;
    private final CredentialVerifier verifier;
    private final StatusLists statusLists;
    private final ObjectMapper json;

    DigitalCredentialService(CertificateStore store, FrameworkCatalogue framework, UserAccountService accounts,
                             OpenBadgeCredentialBuilder builder, IssuerKeys keys, CredentialVerifier verifier,
                             StatusLists statusLists, ObjectMapper json) {
        this.store = store;
        this.framework = framework;
        this.accounts = accounts;
        this.builder = builder;
        this.keys = keys;
        this.verifier = verifier;
        this.statusLists = statusLists;
        this.json = json;
    }

    /**
     * Creates, signs and stores the credential of a certificate being issued, in the issuing
     * transaction, from what the issuer has in hand: the certificate it has just stored (its
     * row is new, so no other call can be creating its credential), the units it covers and the
     * holder's account as the issuer has just read it, so that the issue reads it once.
     *
     * @param holder the holder's account (null when there is none)
     * @return the credential (compact VC-JWT); empty when the holder has no account or its account
     *         has no email address any more (erased), which the credential needs to name its holder
     */
    @Transactional
    public Optional<String> issue(CertificateInfo certificate, List<CertifiedUnit> units, UserProfile holder) {
        // an erased account has no address, which the credential needs to name its holder
        if (holder == null || holder.erased()) {
            log.warn("No Open Badges credential for certificate {}: the holder's account has no email address",
                    certificate.number());
            return Optional.empty();
        }
        Optional<PublishedRole> role = certificate.frameworkVersionId() == null ? Optional.empty()
                : framework.role(certificate.frameworkVersionId(), certificate.roleCode());
        String salt = HexFormat.of().formatHex(randomBytes());
        // in the holder's language, as the certificate's PDF: at issuance both read the account's choice
        ObjectNode credential = builder.credential(new OpenBadgeCredentialBuilder.Content(certificate, units, role,
                holder.email(), salt, statusLists.allocate(certificate.id()), holder.language()));
        String jwt = keys.sign(payload(credential));
        if (!store.saveCredential(certificate.id(), jwt, salt)) {
            // a credential is signed once: a certificate that has one is not being issued
            throw new IllegalStateException("Certificate " + certificate.number() + " has a credential already");
        }
        log.info("Open Badges credential issued for certificate {}", certificate.number());
        return Optional.of(jwt);
    }

    /**
     * The stored credential of a certificate, created now if it has none (a certificate issued
     * before credentials were, or whose holder had no address then); in the caller's
     * transaction. Idempotent and safe when two calls race: the certificate row is locked first,
     * so the second call finds the first one's credential.
     *
     * @return the credential (compact VC-JWT); empty when the holder's account has no email
     *         address any more (erased), which the credential needs to name its holder
     */
    @Transactional
    public Optional<String> ensureIssued(UUID certificateId) {
        CertificateStore.LockedForCredential locked = store.lockForCredential(certificateId)
                .orElseThrow(() -> new IllegalArgumentException("No certificate " + certificateId));
        if (locked.credential() != null) {
            return Optional.of(locked.credential());
        }
        return issue(locked.certificate(), store.units(certificateId),
                accounts.find(locked.certificate().holderUsername()).orElse(null));
    }

    /**
     * The credential of a certificate, for its holder and for officers, auditors and
     * administrators (as the PDF); created now for a certificate issued before credentials were.
     *
     * @throws NotFoundException     when there is no certificate the user may have
     * @throws RefusedException when the holder's account has no email address any more
     */
    @Transactional
    public String credential(CurrentUser user, String number) {
        CertificateInfo certificate = store.byNumber(number)
                .filter(c -> c.holderUsername().equals(user.username())
                        || user.hasAnyOf(Role.CERTIFICATE_READERS))
                .orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        return ensureIssued(certificate.id()).orElseThrow(() -> RefusedException.conflict("badge.not-available", number));
    }

    /**
     * Certificates superseded by a successor, in the superseding transaction: their credentials'
     * revocation bits are set (docs/credentials.md, "Status lists").
     */
    @Transactional
    public void superseded(List<UUID> certificateIds) {
        statusLists.superseded(certificateIds);
    }

    /** What a credential is worth: its signature against the published keys, its dates, the register. */
    @Transactional(readOnly = true)
    public CredentialVerification verify(String compactJwt) {
        return verifier.verify(compactJwt);
    }

    /** The issuer's Open Badges profile, which every credential's {@code issuer.id} names. */
    public Map<String, Object> issuerProfile() {
        return asMap(builder.issuerProfile(true));
    }

    /** The published public keys (JWKS): the current signing key and the earlier ones still trusted. */
    public Map<String, Object> publishedKeys() {
        return keys.published().toJSONObject(true);
    }

    /** One published key by its thumbprint, the last segment of its key id. */
    public Optional<Map<String, Object>> publishedKey(String thumbprint) {
        return keys.byThumbprint(thumbprint).map(RSAKey::toJSONObject);
    }

    /**
     * The JWT payload: the credential itself (VC Data Model 2.0, no {@code vc} wrapper) with the
     * registered claims Open Badges 3.0 maps from it. No {@code sub}: the subject has no
     * {@code id}, it is identified by the hashed email address.
     */
    private String payload(ObjectNode credential) {
        ObjectNode payload = json.createObjectNode();
        payload.put("iss", credential.path("issuer").path("id").asText());
        payload.put("jti", credential.path("id").asText());
        payload.put("nbf", Instant.parse(credential.path("validFrom").asText()).getEpochSecond());
        payload.put("exp", Instant.parse(credential.path("validUntil").asText()).getEpochSecond());
        payload.setAll(credential);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private Map<String, Object> asMap(ObjectNode node) {
        return json.convertValue(node, json.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }
}
