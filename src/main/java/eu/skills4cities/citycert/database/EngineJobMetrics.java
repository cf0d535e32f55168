package eu.skills4cities.citycert.database;

import java.util.function.Supplier;

import eu.skills4cities.citycert.base.MetricReadings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's jobs as metrics (docs/operations.md, "Metrics and health"): {@code citycert.engine.jobs.failed},
 * the jobs with no retries left (each failed every attempt and waits for an operator in Cockpit), and
 * {@code citycert.engine.incidents.open}, the engine's open incidents; one count each. They are the cluster's,
 * the same on every node.
 */
@Component
class EngineJobMetrics implements MeterBinder {

    private final Supplier<Long> failedJobs;
    private final Supplier<Long> incidents;

    EngineJobMetrics(ManagementService management, RuntimeService runtime, MetricReadings readings) {
        this.failedJobs = readings.recent(() -> management.createJobQuery().noRetriesLeft().count());
        this.incidents = readings.recent(() -> runtime.createIncidentQuery().count());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citycert.engine.jobs.failed", failedJobs, Supplier::get)
                .description("Engine jobs with no retries left").register(registry);
        Gauge.builder("citycert.engine.incidents.open", incidents, Supplier::get)
                .description("Open incidents of the process engine").register(registry);
    }
}
