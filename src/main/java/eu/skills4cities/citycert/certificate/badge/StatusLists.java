package eu.skills4cities.citycert.certificate.badge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.skills4cities.citycert.certificate.CertificateReinstated;
import eu.skills4cities.citycert.certificate.CertificateSuspended;
import eu.skills4cities.citycert.certificate.CertificateWithdrawalReversed;
import eu.skills4cities.citycert.certificate.CertificateWithdrawn;
import eu.skills4cities.citycert.certificate.StatusListStore;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credential status that travels with each Open Badges credential (W3C Bitstring Status
 * List, which Open Badges 3.0 adopted): every credential signed from now on gets a place drawn
 * at random in a revocation list and in a suspension list, and each list is published as a
 * signed BitstringStatusListCredential. A bit changes with the register's status, in the same
 * transaction, and the list is signed again at once (docs/credentials.md, "Status lists"):
 * <ul>
 *   <li>suspended: the suspension bit is set; reinstated: it is cleared;</li>
 *   <li>withdrawn: the revocation bit is set, for good, unless an upheld appeal reverses the withdrawal;</li>
 *   <li>superseded (a role certificate now covers a unit certificate, or later a renewal):
 *       the revocation bit is set, and the verification page names the successor.</li>
 * </ul>
 * Expiry sets no bit: the credential's own {@code validUntil} says it.
 */
@Service
public class StatusLists {

    public static final String REVOCATION = "revocation";
    public static final String SUSPENSION = "suspension";
    static final List<String> PURPOSES = List.of(REVOCATION, SUSPENSION);

    private static final int ATTEMPTS = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StatusListStore store;
    private final IssuerKeys keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;

    StatusLists(StatusListStore store, IssuerKeys keys, ObjectMapper json, Clock clock, AccountLinksProperties links) {
        this.store = store;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.publicUrl = links.publicUrl();
    }

    /** Where the list of this purpose and number is published (its credential's id). */
    static String listUrl(String publicUrl, String purpose, int listNumber) {
        return publicUrl + "/api/issuer/status/" + purpose + "/" + listNumber;
    }

    /**
     * Places for a credential being signed, one per purpose, in the caller's transaction. A
     * certificate whose credential is made again (its holder had no address before) keeps the
     * places it has, so the bits already set for it still count.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<StatusListStore.Entry> allocate(UUID certificateId) {
        List<StatusListStore.Entry> entries = new ArrayList<>(store.entries(certificateId));
        for (String purpose : PURPOSES) {
            if (entries.stream().anyMatch(entry -> entry.purpose().equals(purpose))) {
                continue;
            }
            int list = store.openList(purpose, clock.instant());
            StatusListStore.Entry entry = null;
            for (int attempt = 0; attempt < ATTEMPTS && entry == null; attempt++) {
                StatusListStore.Entry candidate = new StatusListStore.Entry(purpose, list,
                        RANDOM.nextInt(StatusListStore.LIST_SIZE));
                entry = store.claim(certificateId, candidate) ? candidate : null;
            }
            if (entry == null) {
                // a list at most half full: 64 taken places in a row has a chance below 2^-64
                throw new IllegalStateException("no free place in status list " + purpose + "/" + list);
            }
            entries.add(entry);
        }
        entries.sort(java.util.Comparator.comparing(StatusListStore.Entry::purpose));
        return entries;
    }

    /** The register suspended a certificate: its suspension bit is set in the same transaction. */
    @EventListener
    void on(CertificateSuspended event) {
        change(event.certificateId(), SUSPENSION, true);
    }

    /** The register lifted a suspension: the bit is cleared again. */
    @EventListener
    void on(CertificateReinstated event) {
        change(event.certificateId(), SUSPENSION, false);
    }

    /** Withdrawn for good: the revocation bit, which is never cleared. */
    @EventListener
    void on(CertificateWithdrawn event) {
        change(event.certificateId(), REVOCATION, true);
    }

    /**
     * The one way back from a revocation: an upheld appeal reversed the withdrawal, so the decision it
     * revoked the credential for never stood (docs/credentials.md, "Status lists").
     */
    @EventListener
    void on(CertificateWithdrawalReversed event) {
        change(event.certificateId(), REVOCATION, false);
    }

    /** Certificates superseded by a successor: their credentials are revoked (the successor has its own). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void superseded(List<UUID> certificateIds) {
        certificateIds.forEach(id -> change(id, REVOCATION, true));
    }

    /** The list as published: the signed credential, re-signed at the last change of a bit. */
    @Transactional
    public Optional<String> published(String purpose, int listNumber) {
        if (!PURPOSES.contains(purpose)) {
            return Optional.empty();
        }
        return store.list(purpose, listNumber).map(list -> list.credential() != null ? list.credential()
                : sign(purpose, listNumber));
    }

    /** Whether the credential's bit of this purpose is set; empty when it has no place in a list. */
    @Transactional(readOnly = true)
    Optional<Boolean> isSet(String purpose, int listNumber, int index) {
        if (!PURPOSES.contains(purpose) || index < 0 || index >= StatusListStore.LIST_SIZE) {
            return Optional.empty();
        }
        return store.bit(purpose, listNumber, index);
    }

    /** The published list a credential's {@code statusListCredential} names, if it is one of ours. */
    Optional<ListAddress> address(String statusListCredential) {
        String prefix = publicUrl + "/api/issuer/status/";
        if (statusListCredential == null || !statusListCredential.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = statusListCredential.substring(prefix.length()).split("/");
        if (parts.length != 2 || !PURPOSES.contains(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(new ListAddress(parts[0], Integer.parseInt(parts[1])));
    }

    record ListAddress(String purpose, int listNumber) {
    }

    private void change(UUID certificateId, String purpose, boolean value) {
        store.setBit(certificateId, purpose, value, clock.instant())
                .ifPresent(entry -> sign(purpose, entry.listNumber()));
    }

    /** Signs the list as it stands in this transaction and keeps the result as the published one. */
    private String sign(String purpose, int listNumber) {
        StatusListStore.StoredList list = store.list(purpose, listNumber).orElseThrow();
        String url = listUrl(publicUrl, purpose, listNumber);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode payload = json.createObjectNode();
        payload.put("iss", publicUrl + "/api/issuer");
        payload.put("jti", url);
        payload.put("iat", now.getEpochSecond());
        payload.put("nbf", now.getEpochSecond());
        payload.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        payload.put("id", url);
        payload.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        payload.put("issuer", publicUrl + "/api/issuer");
        payload.put("validFrom", DateTimeFormatter.ISO_INSTANT.format(now));
        ObjectNode subject = payload.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", encode(list.bits()));
        try {
            String signed = keys.sign(json.writeValueAsString(payload));
            store.savePublished(purpose, listNumber, signed);
            return signed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Multibase base64url (prefix {@code u}, no padding) of the GZIP-compressed bitstring. */
    static String encode(byte[] bits) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
