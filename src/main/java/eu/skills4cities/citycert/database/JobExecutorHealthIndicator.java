package eu.skills4cities.citycert.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code jobExecutor} health component, part of the readiness probe (docs/operations.md, "Metrics and
 * health"): UP while the engine's job executor is active and its acquisition thread alive, DOWN when it should
 * run and does not (not started yet, stopped, or its thread died). A node that runs no jobs by configuration
 * ({@code camunda.bpm.job-execution.enabled=false}) answers UNKNOWN until its job executor is seen running, which
 * leaves the probe's status to the other components. It replaces the Camunda starter's indicator of the same
 * name, which looks at the active flag only.
 */
@Component
class JobExecutorHealthIndicator implements HealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;
    /** Whether this node's job executor was seen running: once it was, its stop is a failure. */
    private volatile boolean seenActive;

    JobExecutorHealthIndicator(ProcessEngine engine,
                               @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor == null) {
            return Health.status(enabled ? Status.DOWN : Status.UNKNOWN).withDetail("enabled", enabled).build();
        }
        boolean active = executor.isActive();
        boolean acquiring = acquisitionThreadAlive(executor.getName());
        if (active) {
            seenActive = true;
        }
        Health.Builder health;
        if (!enabled && !seenActive) {
            health = Health.unknown();
        } else {
            health = active && acquiring ? Health.up() : Health.down();
        }
        return health.withDetail("enabled", enabled).withDetail("active", active)
                .withDetail("acquisitionThreadAlive", acquiring).build();
    }

    /** The engine names the acquisition thread after its job executor. */
    private static boolean acquisitionThreadAlive(String name) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (name.equals(threads[i].getName()) && threads[i].isAlive()) {
                return true;
            }
        }
        return false;
    }
}
