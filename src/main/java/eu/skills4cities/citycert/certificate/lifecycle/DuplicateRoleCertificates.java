package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.badge.DigitalCredentialService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade step for "one certification per person and role": a holder who has several current
 * certificates for the same role (possible before the rule, by applying again) keeps the newest;
 * each older one is superseded by it exactly as a renewal would supersede it, in one transaction:
 * the register's row, the credential's revocation bit, the end of its lifecycle process. Runs at
 * every start, before the lifecycle's own upgrade step, and finds nothing once the data is clean.
 */
@Component
public class DuplicateRoleCertificates {

    private static final Logger log = LoggerFactory.getLogger(DuplicateRoleCertificates.class);

    private final CertificateStore certificates;
    private final DigitalCredentialService credentials;
    private final CertificateLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DuplicateRoleCertificates(CertificateStore certificates, DigitalCredentialService credentials,
                              CertificateLifecycle lifecycle, TransactionTemplate transactions, Clock clock) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onStart() {
        int superseded = supersedeDuplicates();
        if (superseded > 0) {
            log.warn("{} older duplicate role certificate(s) superseded by their holders' newest for the same role",
                    superseded);
        }
    }

    /** Supersedes every older duplicate; how many. */
    public int supersedeDuplicates() {
        List<UUID> superseded = transactions.execute(status -> {
            List<UUID> ids = certificates.supersedeDuplicateRoleCertificates(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            credentials.superseded(ids);
            lifecycle.superseded(ids);
            return ids;
        });
        return superseded == null ? 0 : superseded.size();
    }
}
