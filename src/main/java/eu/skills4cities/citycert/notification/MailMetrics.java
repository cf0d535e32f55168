package eu.skills4cities.citycert.notification;

import java.util.function.Supplier;

import eu.skills4cities.citycert.base.MetricReadings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox's metrics (docs/operations.md, "Metrics and health"): {@code citycert.mail.backlog}, the messages
 * not delivered yet that the dispatcher still tries, and {@code citycert.mail.given.up}, those it tried as often
 * as it tries; both from one statement ({@link MailStore#backlog}).
 */
@Component
class MailMetrics implements MeterBinder {

    private final Supplier<MailStore.Backlog> backlog;

    MailMetrics(MailStore store, MetricReadings readings) {
        this.backlog = readings.recent(() -> store.backlog(MailOutbox.MAX_ATTEMPTS));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citycert.mail.backlog", backlog, read -> read.get().waiting())
                .description("Mail queued and not delivered yet, still to be tried").register(registry);
        Gauge.builder("citycert.mail.given.up", backlog, read -> read.get().givenUp())
                .description("Mail not delivered after the last attempt").register(registry);
    }
}
