package eu.skills4cities.citycert.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's figures to {@code target/benchmarks/cluster-<run>.md} and gathers every run's file, with the
 * machine, into {@code target/benchmarks/cluster.md}.
 */
final class ClusterReport {

    private ClusterReport() {
    }

    static void write(String run, String title, ClusterChecks.Figures f, Duration drive, Duration total, List<String> extra,
                      List<CityCertNode> nodes)
            throws IOException {
        StringBuilder out = new StringBuilder("## " + title + "\n\n");
        out.append("Run at ").append(Instant.now()).append(".\n\n| | |\n| --- | ---: |\n");
        row(out, "nodes", "2 (separate JVMs, one PostgreSQL)");
        row(out, "applications driven (review, assessment, decision to certify)", f.applications());
        row(out, "certified", f.certified());
        row(out, "certificates in the register", f.certificatesTotal());
        row(out, "**decided applications without their certificate (lost)**", f.withoutCertificate());
        row(out, "**duplicate certificates**", f.duplicateCertificates());
        row(out, "duplicate CERTIFICATE_ISSUED audit events", f.duplicateIssuedEvents());
        row(out, "applications not CERTIFIED", f.applicationsNotCertified());
        row(out, "incidents (`ACT_RU_INCIDENT`)", f.incidents());
        row(out, "failed jobs (no retries left, or an exception)", f.failedJobs());
        row(out, "jobs overdue by 30 s", f.overdueJobs());
        row(out, "mails queued (`mail_message`)", f.mailsQueued());
        row(out, "mails unsent", f.mailsUnsent());
        row(out, "mails received by the SMTP server", f.mailsReceived());
        row(out, "**mails lost** (sent on record, not received)", f.mailsLost());
        row(out, "**mails received twice** (or received and not on record)", f.mailsDuplicated());
        row(out, "event publications incomplete", f.eventsIncomplete());
        row(out, "audit events", f.auditEvents());
        row(out, "audit checkpoints signed", f.checkpoints());
        row(out, "**audit chain and checkpoints verify**", f.auditIntact() ? "yes" : "no: " + f.auditProblem());
        row(out, "certificates without both status list entries", f.certificatesWithoutStatusEntries());
        row(out, "status list indexes used twice", f.duplicateStatusIndexes());
        row(out, "status bits set (nothing was suspended or revoked)", f.statusBitsSet());
        row(out, "time to drive the applications", seconds(drive));
        row(out, "time in all (start of both nodes to the checks)", seconds(total));
        extra.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        out.append("What each node did (lines of its log, all its starts):\n\n| node | issuance jobs that issued | mails delivered | checkpoints signed |\n| --- | ---: | ---: | ---: |\n");
        for (CityCertNode node : nodes) {
            out.append("| ").append(node.name()).append(" | ").append(node.linesWith("certificate(s) issued for application"))
                    .append(" | ").append(node.linesWith("delivered to")).append(" | ")
                    .append(node.linesWith("Audit checkpoint signed")).append(" |\n");
        }
        out.append('\n');
        Path directory = Path.of("target", "benchmarks");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("cluster-" + run + ".md"), out);
        gather(directory);
    }

    private static void gather(Path directory) throws IOException {
        StringBuilder all = new StringBuilder("# Two CityCert nodes on one database\n\n").append(machine()).append('\n');
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("cluster-.+\\.md")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        Files.writeString(directory.resolve("cluster.md"), all);
    }

    static String machine() {
        String cpu = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        return "| | |\n| --- | --- |\n| CPU | " + Runtime.getRuntime().availableProcessors() + " cores (`nproc`), " + cpu
                + " |\n| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " |\n| memory per node | -Xmx" + System.getProperty("citycert.cluster.node-heap", "768m")
                + " |\n| load average at the end | " + loadAverage() + " |\n";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void row(StringBuilder out, String name, Object value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
}
