package eu.skills4cities.citycert.certificate.lifecycle;

import java.util.List;

import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade step: certificates issued before the lifecycle process existed get their process on
 * the first start (idempotent: a certificate with a process is not given another; rows another node
 * is starting are skipped, so two nodes starting together start each once).
 */
@Component
public class LifecycleStartup {

    private static final Logger log = LoggerFactory.getLogger(LifecycleStartup.class);

    private final CertificateStore certificates;
    private final CertificateLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final LifecycleProperties properties;

    LifecycleStartup(CertificateStore certificates, CertificateLifecycle lifecycle, TransactionTemplate transactions,
                     LifecycleProperties properties) {
        this.certificates = certificates;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int started = startMissing();
        if (started > 0) {
            log.info("Lifecycle processes started for {} certificate(s) issued before they existed", started);
        }
    }

    /** Starts the process of every current certificate without one, a batch per transaction; how many were started. */
    public int startMissing() {
        int total = 0;
        while (true) {
            Integer started = transactions.execute(status -> {
                List<CertificateInfo> batch = certificates.lockWithoutLifecycle(properties.startupBatch());
                batch.forEach(lifecycle::start);
                return batch.size();
            });
            if (started == null || started == 0) {
                return total;
            }
            total += started;
        }
    }
}
