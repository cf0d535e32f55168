package eu.skills4cities.citycert.database;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job a crashed node held runs again once its lock expires: the lock time is CityCert's
 * deliberate setting (docs/operations.md, "Cluster"), not the engine's default of 5 minutes.
 * The tests run without the background job executor, so the executor is built here the way
 * the starter builds it on a running node, from CityCert's bound settings.
 */
@CityCertSpringTest
class JobLockTimeTest {

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void a_node_locks_the_jobs_it_takes_for_two_minutes() {
        JobExecutor executor = DefaultJobConfiguration.JobConfiguration.jobExecutor(new SyncTaskExecutor(), camunda);

        assertThat(executor.getLockTimeInMillis()).isEqualTo(120_000);
    }
}
