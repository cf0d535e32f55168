package eu.skills4cities.citycert.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two CityCert nodes on one PostgreSQL take {@code citycert.cluster.applications} (1 000) applications through
 * review, assessment and decision over the JSON API, each submitted on one node and judged on the other, and
 * issue the certificates on both nodes' job executors at once. Then exactly one certificate per decision, no
 * incident, no stuck job, every mail sent and received exactly once, the audit chain and the status lists
 * consistent. Runs in the {@code cluster} profile only: {@code ./mvnw -Pcluster verify} (docs/benchmarks.md).
 */
class TwoNodesClusterRun {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesClusterRun.class);

    @Test
    void two_nodes_issue_one_certificate_set_per_decision_and_send_each_mail_once() throws Exception {
        int applications = Integer.getInteger("citycert.cluster.applications", 1000);
        int threads = Integer.getInteger("citycert.cluster.threads", 8);
        long started = System.nanoTime();
        try (Cluster cluster = Cluster.start("two-nodes", Map.of())) {
            ClusterDriver driver = new ClusterDriver(cluster, "t");
            driver.prepareStaff();
            List<ClusterDriver.Candidate> candidates = driver.registerCandidates(applications, threads);
            long driving = System.nanoTime();
            List<UUID> ids = ClusterDriver.inParallel(threads, applications,
                    i -> driver.drive(candidates.get(i), i).id());
            Duration drive = Duration.ofNanos(System.nanoTime() - driving);
            log.info("{} applications decided in {}", applications, drive);

            ClusterChecks checks = new ClusterChecks(cluster);
            boolean quiet = checks.awaitQuiet(Duration.ofMinutes(15));
            ClusterChecks.Figures f = checks.figures(ids, driver.api(), driver.staffToken("auditor"));
            ClusterReport.write("1-two-nodes", "Two nodes, " + applications + " applications", f, drive,
                    Duration.ofNanos(System.nanoTime() - started),
                    List.of("| calls tried again on the other node | " + driver.retries.get() + " |",
                            "| driver threads | " + threads + " |"), cluster.nodes());
            log.info("Figures: {}", f);

            assertThat(quiet).as("the cluster went quiet (no job due, no mail unsent)").isTrue();
            assertThat(f.withoutCertificate()).as("decided applications without a certificate").isZero();
            assertThat(f.duplicateCertificates()).as("duplicate certificates").isZero();
            assertThat(f.duplicateIssuedEvents()).as("duplicate CERTIFICATE_ISSUED events").isZero();
            assertThat(f.applicationsNotCertified()).as("applications not certified").isZero();
            assertThat(f.incidents()).as("incidents").isZero();
            assertThat(f.failedJobs()).as("failed jobs").isZero();
            assertThat(f.overdueJobs()).as("overdue jobs").isZero();
            assertThat(f.mailsUnsent()).as("unsent mails").isZero();
            assertThat(f.mailsLost()).as("mails lost").isZero();
            assertThat(f.mailsDuplicated()).as("mails received twice").isZero();
            assertThat(f.eventsIncomplete()).as("incomplete event publications").isZero();
            assertThat(f.auditIntact()).as("audit chain verifies: " + f.auditProblem()).isTrue();
            assertThat(f.checkpoints()).as("audit checkpoints signed").isPositive();
            assertThat(f.certificatesWithoutStatusEntries()).as("certificates without status entries").isZero();
            assertThat(f.duplicateStatusIndexes()).as("status list indexes used twice").isZero();
            assertThat(f.statusBitsSet()).as("status bits set").isZero();
        }
    }
}
