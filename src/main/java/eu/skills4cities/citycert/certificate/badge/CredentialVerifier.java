package eu.skills4cities.citycert.certificate.badge;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.badge.CredentialVerification.Outcome;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import org.springframework.stereotype.Component;

/**
 * Verifies a presented VC-JWT as Open Badges 3.0 says: the signature with the key its header
 * names (only keys the issuer publishes count), the registered claims against the credential,
 * the dates; then asks the register about the certificate the credential names.
 */
@Component
class CredentialVerifier {

    /** far larger than any credential CityCert issues */
    static final int MAX_LENGTH = 100_000;

    private final IssuerKeys keys;
    private final CertificateStore certificates;
    private final StatusLists statusLists;
    private final CertificateIssuer issuer;
    private final ObjectMapper json;
    private final Clock clock;

    CredentialVerifier(IssuerKeys keys, CertificateStore certificates, StatusLists statusLists,
                       CertificateIssuer issuer, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.statusLists = statusLists;
        this.certificates = certificates;
        this.issuer = issuer;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInputException when the text is not a signed JWT in compact form */
    CredentialVerification verify(String presented) {
        JWSObject jws = parse(presented);
        Optional<RSAKey> key = keys.named(jws.getHeader());
        if (key.isEmpty()) {
            return CredentialVerification.refused(Outcome.UNKNOWN_KEY,
                    UserMessage.of("badge.verify.unknown-key", issuer.name()));
        }
        if (!signatureHolds(jws, key.get())) {
            return CredentialVerification.refused(Outcome.SIGNATURE_INVALID,
                    UserMessage.of("badge.verify.signature-invalid", issuer.name()));
        }
        Optional<JsonNode> payload = credential(jws);
        if (payload.isEmpty()) {
            return notACertificate(null);
        }
        JsonNode credential = payload.get();
        Instant now = clock.instant();
        boolean unexpired = !now.isBefore(Instant.ofEpochSecond(credential.path("nbf").asLong()))
                && (!credential.has("exp") || !now.isAfter(Instant.ofEpochSecond(credential.path("exp").asLong())));
        String number = credential.path("credentialSubject").path("licenseNumber").asText("");
        Optional<CertificateInfo> named = certificates.byNumber(number)
                .filter(c -> OpenBadgeCredentialBuilder.credentialId(c).equals(credential.path("jti").asText()));
        if (named.isEmpty()) {
            return notACertificate(unexpired);
        }
        CertificateInfo certificate = named.get();
        CertificateStatus status = certificate.status(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        var shown = new CredentialVerification.Certificate(certificate.number(), certificate.holderName(),
                certificate.roleTitle(), certificate.unitTitle(), certificates.units(certificate.id()),
                certificate.issuedOn(), certificate.validUntil());
        Map<String, Boolean> listed = statusList(credential);
        boolean flagged = listed.containsValue(true);
        boolean current = unexpired && status == CertificateStatus.ACTIVE && !flagged;
        UserMessage explanation = status == CertificateStatus.ACTIVE && flagged
                ? UserMessage.of(Boolean.TRUE.equals(listed.get(StatusLists.REVOCATION))
                        ? "badge.verify.status-revoked" : "badge.verify.status-suspended", certificate.number())
                : explanation(certificate.number(), unexpired, status);
        return new CredentialVerification(current ? Outcome.VALID : Outcome.NOT_CURRENT, explanation, true, unexpired,
                status, shown, listed);
    }

    /**
     * Reads the lists the credential's {@code credentialStatus} entries name, as a wallet would,
     * but from the lists themselves rather than over HTTP: they are this issuer's own. An entry
     * naming a list that is not ours, or an index outside it, counts as nothing.
     */
    private Map<String, Boolean> statusList(JsonNode credential) {
        JsonNode entries = credential.path("credentialStatus");
        Map<String, Boolean> listed = new java.util.TreeMap<>();
        for (JsonNode entry : entries.isArray() ? entries : List.of(entries)) {
            if (!"BitstringStatusListEntry".equals(entry.path("type").asText())
                    || !entry.path("statusListIndex").asText().matches("[0-9]{1,9}")) {
                continue;
            }
            int index = Integer.parseInt(entry.path("statusListIndex").asText());
            statusLists.address(entry.path("statusListCredential").asText())
                    .filter(list -> list.purpose().equals(entry.path("statusPurpose").asText()))
                    .flatMap(list -> statusLists.isSet(list.purpose(), list.listNumber(), index))
                    .ifPresent(set -> listed.merge(entry.path("statusPurpose").asText(), set, Boolean::logicalOr));
        }
        return listed;
    }

    private JWSObject parse(String presented) {
        String text = presented == null ? "" : presented.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("badge.verify.title", List.of(UserMessage.of("badge.verify.empty")));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("badge.verify.title", List.of(UserMessage.of("badge.verify.too-long", MAX_LENGTH)));
        }
        try {
            return JWSObject.parse(text);
        } catch (ParseException e) {
            throw new InvalidInputException("badge.verify.title", List.of(UserMessage.of("badge.verify.malformed")));
        }
    }

    /** Only RS256, the algorithm of every published key: no algorithm the presenter picks. */
    private static boolean signatureHolds(JWSObject jws, RSAKey key) {
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jws.verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    /**
     * The payload as an Open Badges credential whose registered claims agree with it (iss, jti,
     * nbf, exp, and sub when present); empty when it is not one.
     */
    private Optional<JsonNode> credential(JWSObject jws) {
        JsonNode payload;
        try {
            payload = json.readTree(jws.getPayload().toString());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        boolean typed = payload.path("type").isArray() && payload.path("type").toString().contains("\"OpenBadgeCredential\"");
        boolean consistent = typed
                && payload.path("iss").isTextual()
                && payload.path("iss").asText().equals(payload.path("issuer").path("id").asText())
                && payload.path("jti").isTextual() && payload.path("jti").asText().equals(payload.path("id").asText())
                && payload.path("nbf").isNumber() && sameInstant(payload.path("nbf"), payload.path("validFrom"))
                && (!payload.has("exp") || sameInstant(payload.path("exp"), payload.path("validUntil")))
                && (!payload.has("sub")
                    || payload.path("sub").asText().equals(payload.path("credentialSubject").path("id").asText()));
        return consistent ? Optional.of(payload) : Optional.empty();
    }

    private static boolean sameInstant(JsonNode numericDate, JsonNode dateTime) {
        try {
            return numericDate.isNumber()
                    && Instant.parse(dateTime.asText()).getEpochSecond() == numericDate.asLong();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private CredentialVerification notACertificate(Boolean unexpired) {
        return new CredentialVerification(Outcome.NOT_A_CERTIFICATE,
                UserMessage.of("badge.verify.not-a-certificate", issuer.name()), true, unexpired, null, null, Map.of());
    }

    private UserMessage explanation(String number, boolean unexpired, CertificateStatus status) {
        return switch (status) {
            case SUSPENDED -> UserMessage.of("badge.verify.suspended", number);
            case WITHDRAWN -> UserMessage.of("badge.verify.withdrawn", number);
            case SUPERSEDED -> UserMessage.of("badge.verify.superseded", number);
            case EXPIRED -> UserMessage.of("badge.verify.expired", number);
            case ACTIVE -> unexpired ? UserMessage.of("badge.verify.valid", number, issuer.name())
                    : UserMessage.of("badge.verify.expired", number);
        };
    }
}
