package eu.skills4cities.citycert.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes take {@code citycert.cluster.kill.applications} (200) applications to a decision and issue their
 * certificates while node B is killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments
 * ({@code citycert.cluster.kills} times, 5; the moments from {@code citycert.cluster.seed}) and started again:
 * while decisions are taken, issuance jobs run on both job executors, mail is dispatched and audit checkpoints
 * are signed (every 15 s). The driver's calls that meet the dead node go to the other one. Afterwards nothing
 * is lost (every decided application has its certificate, every mail on record reached the SMTP server),
 * nothing is duplicated (no certificate twice; mail received twice is counted and reported: delivery is at
 * least once when a node dies between the SMTP server's answer and marking the message sent), and the audit
 * chain and its checkpoints verify.
 */
class KillNineClusterRun {

    private static final Logger log = LoggerFactory.getLogger(KillNineClusterRun.class);

    @Test
    void a_node_killed_at_random_moments_loses_and_duplicates_no_certificate() throws Exception {
        int applications = Integer.getInteger("citycert.cluster.kill.applications", 200);
        int kills = Integer.getInteger("citycert.cluster.kills", 5);
        long seed = Long.getLong("citycert.cluster.seed", 18L);
        int threads = Integer.getInteger("citycert.cluster.threads", 8);
        long started = System.nanoTime();
        try (Cluster cluster = Cluster.start("kill-nine", Map.of())) {
            ClusterDriver driver = new ClusterDriver(cluster, "k");
            driver.prepareStaff();
            List<ClusterDriver.Candidate> candidates = driver.registerCandidates(applications, threads);
            ClusterChecks checks = new ClusterChecks(cluster);

            List<String> killLog = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean driving = new AtomicBoolean(true);
            // no new application starts while node b is down, so that each kill finds both nodes at work (a restart
            // takes minutes on shared cores, in which node a alone would otherwise do all the rest)
            AtomicBoolean bothUp = new AtomicBoolean(true);
            Random random = new Random(seed);
            log.info("Kill moments from seed {}", seed);
            // the kills spread over the issuances: kill k comes once a number of certificates drawn from the k-th
            // of `kills` equal shares of the run is issued, and then while the job executors hold jobs, if they do
            int[] after = new int[kills];
            for (int k = 0; k < kills; k++) {
                after[k] = k * applications / kills + random.nextInt(Math.max(1, applications / kills));
            }
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
                try {
                    for (int k = 1; k <= kills; k++) {
                        long waitUntil = System.nanoTime() + Duration.ofMinutes(20).toNanos();
                        while (certificates(cluster) < after[k - 1] && System.nanoTime() < waitUntil) {
                            ClusterDriver.sleep(200);
                        }
                        long busyUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                        while (lockedJobs(cluster) == 0 && System.nanoTime() < busyUntil) {
                            ClusterDriver.sleep(50);
                        }
                        ClusterDriver.sleep(random.nextInt(500));
                        String moment = "kill " + k + " at " + Instant.now() + " (" + (driving.get() ? "while deciding" : "after the last decision")
                                + ", drawn after " + after[k - 1] + " certificates): " + momentOf(cluster);
                        bothUp.set(false);
                        cluster.b.kill();
                        killLog.add(moment);
                        log.warn("Killed node b: {}", moment);
                        ClusterDriver.sleep(random.nextInt(5000));
                        cluster.b.start();
                        cluster.b.awaitReady(Cluster.START_TIMEOUT);
                        bothUp.set(true);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    bothUp.set(true);
                }
            });

            long drivingStarted = System.nanoTime();
            List<UUID> ids = ClusterDriver.inParallel(threads, applications, i -> {
                while (!bothUp.get()) {
                    ClusterDriver.sleep(200);
                }
                return driver.drive(candidates.get(i), i).id();
            });
            Duration drive = Duration.ofNanos(System.nanoTime() - drivingStarted);
            driving.set(false);
            killer.join();
            log.info("{} applications decided in {}, node b killed {} times", applications, drive, kills);

            boolean quiet = checks.awaitQuiet(Duration.ofMinutes(15));
            ClusterChecks.Figures f = checks.figures(ids, driver.api(), driver.staffToken("auditor"));
            List<String> extra = new ArrayList<>();
            extra.add("| kills of node b (SIGKILL), then a restart | " + kills + " (seed " + seed + ") |");
            extra.add("| calls tried again on the other node | " + driver.retries.get() + " |");
            extra.add("");
            extra.add("The kills (jobs locked: held by either node's job executor at that moment):");
            extra.add("");
            killLog.forEach(line -> extra.add("- " + line));
            ClusterReport.write("2-kill-nine", "Kill -9 of one node during " + applications + " issuances", f, drive,
                    Duration.ofNanos(System.nanoTime() - started), extra, cluster.nodes());
            log.info("Figures: {}", f);

            assertThat(quiet).as("the cluster went quiet (no job due, no mail unsent)").isTrue();
            // nothing lost
            assertThat(f.withoutCertificate()).as("decided applications without a certificate").isZero();
            assertThat(f.applicationsNotCertified()).as("applications not certified").isZero();
            assertThat(f.mailsUnsent()).as("unsent mails").isZero();
            assertThat(f.mailsLost()).as("mails lost").isZero();
            assertThat(f.eventsIncomplete()).as("incomplete event publications").isZero();
            // nothing duplicated (mail received twice is reported in target/benchmarks/cluster.md, not failed)
            assertThat(f.duplicateCertificates()).as("duplicate certificates").isZero();
            assertThat(f.duplicateIssuedEvents()).as("duplicate CERTIFICATE_ISSUED events").isZero();
            // and consistent
            assertThat(f.incidents()).as("incidents").isZero();
            assertThat(f.failedJobs()).as("failed jobs").isZero();
            assertThat(f.overdueJobs()).as("overdue jobs").isZero();
            assertThat(f.auditIntact()).as("audit chain verifies: " + f.auditProblem()).isTrue();
            assertThat(f.checkpoints()).as("audit checkpoints signed").isPositive();
            assertThat(f.certificatesWithoutStatusEntries()).as("certificates without status entries").isZero();
            assertThat(f.duplicateStatusIndexes()).as("status list indexes used twice").isZero();
            assertThat(f.statusBitsSet()).as("status bits set").isZero();
        }
    }

    private static int certificates(Cluster cluster) {
        Integer n = cluster.sql.queryForObject("SELECT count(*) FROM certificate", Integer.class);
        return n == null ? 0 : n;
    }

    private static int lockedJobs(Cluster cluster) {
        Integer n = cluster.sql.queryForObject(
                "SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ > now()", Integer.class);
        return n == null ? 0 : n;
    }

    /** What was going on when the node died. */
    private static String momentOf(Cluster cluster) {
        Integer locked = cluster.sql.queryForObject(
                "SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ > now()", Integer.class);
        Integer issuing = cluster.sql.queryForObject("""
                SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'async-continuation'""", Integer.class);
        Integer unsent = cluster.sql.queryForObject("SELECT count(*) FROM mail_message WHERE sent_at IS NULL", Integer.class);
        Integer certificates = cluster.sql.queryForObject("SELECT count(*) FROM certificate", Integer.class);
        Integer checkpoints = cluster.sql.queryForObject("SELECT count(*) FROM audit_checkpoint", Integer.class);
        return locked + " jobs locked, " + issuing + " asynchronous steps waiting, " + unsent + " mails unsent, "
                + certificates + " certificates and " + checkpoints + " checkpoints so far";
    }
}
