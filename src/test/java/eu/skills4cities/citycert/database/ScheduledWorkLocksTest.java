package eu.skills4cities.citycert.database;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import eu.skills4cities.citycert.CityCertSpringTest;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskWithResult;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of a cluster, each with the lock provider every node uses ({@link ScheduledWorkLocks#over}), on
 * the one database: a job both start at the same moment runs on one of them; a node whose schedule comes
 * just after skips it too; a node that died holding the lock holds it only until its lock time is over; and
 * the application's own scheduled job skips its run while another node holds its lock.
 */
@CityCertSpringTest
class ScheduledWorkLocksTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPublicationUpkeep upkeep;

    @Test
    void a_job_two_nodes_start_at_the_same_moment_runs_on_one_and_the_next_run_soon_after_is_skipped() throws Exception {
        LockConfiguration retry = likeTheRetry();
        List<LockProvider> nodes = List.of(ScheduledWorkLocks.over(dataSource, "node-a"),
                ScheduledWorkLocks.over(dataSource, "node-b"));
        CyclicBarrier sameMoment = new CyclicBarrier(nodes.size());
        CountDownLatch anotherNodeSkipped = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Boolean>> executed = threads.invokeAll(nodes.stream().map(node -> (Callable<Boolean>) () -> {
                sameMoment.await(10, TimeUnit.SECONDS);
                boolean ran = run(node, retry, () -> {
                    runs.incrementAndGet();
                    // the job lasts until the other node has tried: the two attempts overlap
                    return anotherNodeSkipped.await(10, TimeUnit.SECONDS);
                }).wasExecuted();
                if (!ran) {
                    anotherNodeSkipped.countDown();
                }
                return ran;
            }).toList());

            assertThat(runs).hasValue(1);
            assertThat(executed).extracting(Future::get).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }

        // the run is over, but its lock is held at least a while: the other node's schedule, coming now, skips it
        for (LockProvider node : nodes) {
            assertThat(run(node, retry, runs::incrementAndGet).wasExecuted()).isFalse();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_node_that_dies_holding_the_lock_holds_it_until_its_lock_time_is_over_then_another_node_runs_the_job() {
        LockConfiguration job = new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(),
                Duration.ofSeconds(1), Duration.ZERO);
        LockProvider dying = ScheduledWorkLocks.over(dataSource, "node-a");
        LockProvider survivor = ScheduledWorkLocks.over(dataSource, "node-b");
        // node A takes the lock and is killed: it never unlocks
        assertThat(dying.lock(job)).isPresent();
        AtomicInteger runs = new AtomicInteger();

        assertThat(run(survivor, job, runs::incrementAndGet).wasExecuted()).isFalse();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> run(survivor, job, runs::incrementAndGet).wasExecuted());
        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = ?").param(job.getName())
                .query(String.class).single()).isEqualTo("node-b");
    }

    @Test
    void the_applications_scheduled_job_skips_its_run_while_another_node_holds_its_lock() {
        SchedulerLock cleanUp = lockOf("deleteOldCompletedOnOneNode");
        UUID old = TestEventPublications.completed(jdbc, Duration.ofDays(30));
        // the last run was long ago; now another node runs the clean-up (its lock held until it unlocks)
        jdbc.sql("DELETE FROM shedlock WHERE name = ?").param(cleanUp.name()).update();
        Optional<SimpleLock> otherNode = ScheduledWorkLocks.over(dataSource, "node-b")
                .lock(new LockConfiguration(Instant.now(), cleanUp.name(), Duration.ofHours(1), Duration.ZERO));
        assertThat(otherNode).isPresent();

        upkeep.deleteOldCompletedOnOneNode();
        assertThat(TestEventPublications.exists(jdbc, old)).isTrue();

        otherNode.get().unlock();
        upkeep.deleteOldCompletedOnOneNode();
        assertThat(TestEventPublications.exists(jdbc, old)).isFalse();
    }

    /** A lock with the event publications' retry's times, under a name of its own (the application's job keeps its lock). */
    private static LockConfiguration likeTheRetry() {
        SchedulerLock lock = lockOf("retryOnOneNode");
        return new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(),
                Duration.parse(lock.lockAtMostFor()), Duration.parse(lock.lockAtLeastFor()));
    }

    private static SchedulerLock lockOf(String method) {
        try {
            return EventPublicationUpkeep.class.getDeclaredMethod(method).getAnnotation(SchedulerLock.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> TaskResult<T> run(LockProvider node, LockConfiguration lock, TaskWithResult<T> job) {
        try {
            return new DefaultLockingTaskExecutor(node).executeWithLock(job, lock);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
