package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.bench.InboxBenchmark.Percentiles;
import eu.skills4cities.citycert.report.PeriodCount;
import eu.skills4cities.citycert.report.PeriodMeasure;
import eu.skills4cities.citycert.report.QueueBacklog;
import eu.skills4cities.citycert.report.ReportFigure;
import eu.skills4cities.citycert.report.ReportFilter;
import eu.skills4cities.citycert.report.ReportPage;
import eu.skills4cities.citycert.report.Reports;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the SQL behind one render of the reports page takes (every figure an officer reads, for
 * the last year and every role: {@link Reports#page}) at 1 000, 10 000 and 100 000 applications
 * with their history, and that the p95 at 100 000 is within two seconds. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -Pbench verify} (docs/benchmarks.md). Its own Spring
 * context, so its own fresh embedded PostgreSQL.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=reports-benchmark")
@ActiveProfiles({"test", "demo"})
class ReportsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ReportsBenchmark.class);
    static final int[] SIZES = {1_000, 10_000, 100_000};
    /** One application in twenty waits at review today: open tasks copied from a real instance. */
    static final int OPEN_SHARE = 20;
    static final double LIMIT_MS = 2_000;
    private static final int WARM_UP = Integer.getInteger("citycert.bench.reports.warm-up", 5);
    private static final int RUNS = Integer.getInteger("citycert.bench.reports.runs", 30);
    private static final Path REPORT = Path.of("target", "benchmarks", "reports.md");

    @Autowired
    Reports reports;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_reports_page_at_100k_applications_takes_at_most_two_seconds() throws IOException {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        ApplicationDetails original = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPM"));
        OpenTaskSeeder open = new OpenTaskSeeder(jdbc, new TransactionTemplate(transactionManager),
                original.processInstanceId());
        ReportSeeder seeder = new ReportSeeder(jdbc);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportFilter lastYear = reports.filter(officer, today.minusYears(1).plusDays(1), today, null);

        List<Result> results = new ArrayList<>();
        int seeded = 0;
        int opened = 1;
        for (int size : SIZES) {
            long start = System.nanoTime();
            seeder.seed(seeded + 1, size);
            open.copies(opened, size / OPEN_SHARE - 1, officer.username(), 0);
            log.info("Seeded {} applications with their history in {} s", size - seeded,
                    (System.nanoTime() - start) / 1_000_000_000);
            seeded = size;
            opened = size / OPEN_SHARE;
            check(officer, lastYear, size);
            results.add(measure(officer, lastYear, size));
        }

        report(results);
        Result largest = results.get(results.size() - 1);
        assertThat(largest.total().p95() / 1e6).as("p95 of the reports page at %,d applications, ms", largest.size())
                .isLessThanOrEqualTo(LIMIT_MS);
    }

    /** The page's figures agree with plain counts of the seeded rows. */
    private void check(CurrentUser officer, ReportFilter filter, int size) {
        ReportPage page = reports.page(officer, filter);
        assertThat(page.figures().keySet()).containsExactly(ReportFigure.values());
        long received = page.rows(ReportFigure.PERIOD).stream().map(PeriodCount.class::cast)
                .filter(c -> c.measure() == PeriodMeasure.RECEIVED).findFirst().orElseThrow().count();
        assertThat(received).isEqualTo(jdbc.queryForObject("""
                SELECT count(DISTINCT e.application) FROM application_event e
                WHERE e.status = 'SUBMITTED' AND e.occurred_at >= ? AND e.occurred_at < ?
                """, Long.class, filter.from().atStartOfDay().atOffset(ZoneOffset.UTC),
                filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        assertThat(received).isBetween(size / 4L, size / 2L);
        long open = page.rows(ReportFigure.BACKLOG).stream().map(QueueBacklog.class::cast)
                .filter(b -> b.queue().equals("reviewers")).mapToLong(QueueBacklog::open).sum();
        assertThat(open).isEqualTo(size / OPEN_SHARE);
    }

    private Result measure(CurrentUser officer, ReportFilter filter, int size) {
        for (int i = 0; i < WARM_UP; i++) {
            reports.page(officer, filter);
        }
        System.gc();
        long[] totals = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            reports.page(officer, filter);
            totals[i] = System.nanoTime() - start;
        }
        List<String> figures = new ArrayList<>();
        for (ReportFigure figure : ReportFigure.values()) {
            long[] one = new long[Math.max(5, RUNS / 3)];
            for (int i = 0; i < one.length; i++) {
                long start = System.nanoTime();
                reports.figure(officer, figure, filter);
                one[i] = System.nanoTime() - start;
            }
            Percentiles p = Percentiles.of(one);
            figures.add("%s %s".formatted(figure.path(), ms(p.p50())));
        }
        Result result = new Result(size, Percentiles.of(totals), String.join(", ", figures));
        log.info("Reports page at {} applications: {} ({})", size, result.total(), result.figures());
        return result;
    }

    private void report(List<Result> results) throws IOException {
        Result first = results.get(0);
        StringBuilder text = new StringBuilder("""
                | applications | page p50 | page p95 | p50 / p50 at 1 000 | p95 / p95 at 1 000 |
                | ---: | ---: | ---: | ---: | ---: |
                """);
        for (Result r : results) {
            text.append("| %,d | %s | %s | %.2f | %.2f |%n".formatted(r.size(), ms(r.total().p50()),
                    ms(r.total().p95()), r.total().p50() / first.total().p50(), r.total().p95() / first.total().p95()));
        }
        text.append("%n%d runs after %d warm-up runs; limit at %,d applications: p95 %.0f ms.%n".formatted(RUNS,
                WARM_UP, results.get(results.size() - 1).size(), LIMIT_MS));
        text.append(System.lineSeparator()).append("Each figure alone (p50):").append(System.lineSeparator())
                .append(System.lineSeparator());
        results.forEach(r -> text.append("- %,d: %s%n".formatted(r.size(), r.figures())));
        text.append("%nMachine: %s, %s %s, %d cores, Java %s; system load average at the end: %.2f.%n".formatted(
                machine(), System.getProperty("os.name"), System.getProperty("os.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        log.info("Reports benchmark ({}):\n{}", REPORT, text);
    }

    static String machine() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String ms(double nanos) {
        return "%.1f ms".formatted(nanos / 1e6);
    }

    record Result(int size, Percentiles total, String figures) {
    }
}
