package eu.skills4cities.citycert.certificate;

import java.util.function.Supplier;

import eu.skills4cities.citycert.base.MetricReadings;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The certificates' metric (docs/operations.md, "Metrics and health"): {@code citycert.certificates.issued}, every
 * certificate issued so far by any node, tagged {@code kind} {@code role} or {@code unit}, counted in the register
 * in one statement. A counter, since certificates are never deleted: the same on every node, and its rate is the
 * issuance rate.
 */
@Component
class CertificateMetrics implements MeterBinder {

    private final Supplier<CertificateStore.IssuedCount> issued;

    CertificateMetrics(CertificateStore store, MetricReadings readings) {
        this.issued = readings.recent(store::issuedCount);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("citycert.certificates.issued", issued, read -> read.get().role())
                .description("Certificates issued").tag("kind", "role").register(registry);
        FunctionCounter.builder("citycert.certificates.issued", issued, read -> read.get().unit())
                .description("Certificates issued").tag("kind", "unit").register(registry);
    }
}
