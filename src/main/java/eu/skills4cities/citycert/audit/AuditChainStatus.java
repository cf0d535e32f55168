package eu.skills4cities.citycert.audit;

import java.util.function.Supplier;

import eu.skills4cities.citycert.base.MetricReadings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The audit chain's latest status for the readiness probe (the {@code auditChain} health component) and the
 * metrics (docs/operations.md, "Metrics and health"): the quick check from the latest signed checkpoint
 * ({@link AuditVerifier#fromLatestCheckpoint}), read at most once per {@code citycert.metrics.max-age}, so
 * neither a probe nor a scrape walks the chain again. {@code citycert.audit.chain.intact} is 1 while the chain
 * holds and 0 when a link is broken; {@code citycert.audit.chain.head} is the last intact row's sequence and
 * {@code citycert.audit.chain.signed} the sequence the latest checkpoint vouches for, so their difference is
 * what the next checkpoint will sign. The {@code auditLog} health component checks afresh at every call.
 */
@Component("auditChain")
class AuditChainStatus implements HealthIndicator, MeterBinder {

    private final Supplier<AuditVerification> latest;

    AuditChainStatus(AuditVerifier verifier, MetricReadings readings) {
        this.latest = readings.recent(verifier::fromLatestCheckpoint);
    }

    @Override
    public Health health() {
        AuditVerification result = latest.get();
        Health.Builder health = result.intact() ? Health.up() : Health.down()
                .withDetail("brokenSequence", result.brokenSequence())
                .withDetail("problem", result.problem().name());
        return health.withDetail("headSequence", result.headSequence()).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citycert.audit.chain.intact", latest, read -> read.get().intact() ? 1 : 0)
                .description("1 while the audit chain holds from the latest checkpoint, 0 when a link is broken")
                .register(registry);
        Gauge.builder("citycert.audit.chain.head", latest, read -> read.get().headSequence())
                .description("The sequence of the audit chain's last intact row").register(registry);
        Gauge.builder("citycert.audit.chain.signed", latest, read -> {
                    Long signed = read.get().signedSequence();
                    return signed == null ? 0 : signed;
                })
                .description("The sequence the latest valid checkpoint vouches for (0 before the first)")
                .register(registry);
    }
}
