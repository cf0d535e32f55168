package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
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
 * How long the first inbox page (50 rows) plus its count takes a reviewer at 1 000 and at
 * 100 000 open tasks, and that the second is at most 1.5 times the first (p50 and p95).
 * Not part of {@code ./mvnw verify}: run it with {@code ./mvnw -Pbench verify} (see
 * {@code docs/benchmarks.md}). Its own Spring context, so its own fresh embedded PostgreSQL.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=inbox-benchmark")
@ActiveProfiles({"demo", "test"})
class InboxBenchmark {

    private static final Logger log = LoggerFactory.getLogger(InboxBenchmark.class);
    static final int SMALL = 1_000;
    static final int LARGE = 100_000;
    static final int PAGE = 50;
    static final double ALLOWED_RATIO = 1.5;
    /** Tasks claimed by the benchmark's reviewer: they are in the inbox too. */
    static final int CLAIMED_BY_REVIEWER = 5;
    private static final int WARM_UP = Integer.getInteger("citycert.bench.warm-up", 300);
    private static final int RUNS = Integer.getInteger("citycert.bench.runs", 1000);
    private static final int OTHER_WARM_UP = Integer.getInteger("citycert.bench.other-warm-up", 20);
    private static final int OTHER_RUNS = Integer.getInteger("citycert.bench.other-runs", 100);

    /**
     * Who opens an inbox: the reviewer (group {@code reviewers}, who also sees renewal checks), a reviewer who
     * also assesses, or a certification officer (decisions, complaints, lifecycle tasks: none of the queue).
     */
    enum Who { REVIEWER, REVIEWER_AND_ASSESSOR, OFFICER }

    /** One inbox the staff can open: who, which query, from which row. */
    record Inbox(String name, Who who, InboxQuery query, int offset) {
    }

    private static InboxQuery query(InboxQuery.Scope scope, String stage, String role, boolean overdue, Integer dueWithin,
                                    String search, InboxQuery.Sort sort, boolean descending, boolean escalated) {
        return new InboxQuery(scope, stage, role, overdue, dueWithin, search, sort, descending, escalated);
    }

    private static InboxQuery sorted(InboxQuery.Sort sort, boolean descending) {
        return query(InboxQuery.Scope.WORKABLE, null, null, false, null, null, sort, descending, false);
    }

    private static InboxQuery scoped(InboxQuery.Scope scope) {
        return query(scope, null, null, false, null, null, null, false, false);
    }

    /**
     * Every other inbox the staff can open: each scope, each sort in both directions, each filter, and a
     * person in two groups; each is checked like the inbox as it opens.
     */
    static final List<Inbox> OTHER_INBOXES = List.of(
            new Inbox("mine", Who.REVIEWER, scoped(InboxQuery.Scope.MINE), 0),
            new Inbox("unassigned", Who.REVIEWER, scoped(InboxQuery.Scope.UNASSIGNED), 0),
            new Inbox("all of my groups", Who.REVIEWER, scoped(InboxQuery.Scope.ALL_GROUPS), 0),
            new Inbox("newest first", Who.REVIEWER, sorted(InboxQuery.Sort.CREATED, true), 0),
            new Inbox("sorted by due date", Who.REVIEWER, sorted(InboxQuery.Sort.DUE, false), 0),
            new Inbox("sorted by due date, latest first", Who.REVIEWER, sorted(InboxQuery.Sort.DUE, true), 0),
            new Inbox("sorted by priority", Who.REVIEWER, sorted(InboxQuery.Sort.PRIORITY, false), 0),
            new Inbox("sorted by priority, highest first", Who.REVIEWER, sorted(InboxQuery.Sort.PRIORITY, true), 0),
            new Inbox("one stage (review)", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, "REVIEW", null, false, null, null, null, false, false), 0),
            new Inbox("one role (SCPM)", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, "SCPM", false, null, null, null, false, false), 0),
            new Inbox("one role, all of my groups, by due date", Who.REVIEWER,
                    query(InboxQuery.Scope.ALL_GROUPS, null, "SCPD", false, null, null, InboxQuery.Sort.DUE, false, false), 0),
            new Inbox("overdue", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, null, true, null, null, null, false, false), 0),
            new Inbox("due within 10 days (every review task)", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, null, false, 10, null, null, false, false), 0),
            new Inbox("escalated", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, null, false, null, null, null, false, true), 0),
            // the original application's candidate ("Test candidate n"), the one name found at both sizes, with accents
            new Inbox("candidate name search", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, null, false, null, "Tést Cändidate", null, false, false), 0),
            new Inbox("application number search", Who.REVIEWER,
                    query(InboxQuery.Scope.WORKABLE, null, null, false, null, "A-1999-00047", null, false, false), 0),
            new Inbox("as it opens, rows 501-550", Who.REVIEWER, InboxQuery.workable(), 500),
            new Inbox("two groups, as it opens", Who.REVIEWER_AND_ASSESSOR, InboxQuery.workable(), 0),
            new Inbox("two groups, unassigned", Who.REVIEWER_AND_ASSESSOR, scoped(InboxQuery.Scope.UNASSIGNED), 0),
            new Inbox("two groups, one role", Who.REVIEWER_AND_ASSESSOR,
                    query(InboxQuery.Scope.WORKABLE, null, "SCPMC", false, null, null, null, false, false), 0),
            new Inbox("two groups, by priority", Who.REVIEWER_AND_ASSESSOR, sorted(InboxQuery.Sort.PRIORITY, true), 0),
            new Inbox("an officer's, as it opens", Who.OFFICER, InboxQuery.workable(), 0));
    private static final Path REPORT = Path.of("target", "benchmarks", "inbox.md");

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_inbox_page_and_count_at_100k_open_tasks_take_at_most_one_and_a_half_times_as_long_as_at_1k()
            throws IOException {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        Map<Who, CurrentUser> people = Map.of(Who.REVIEWER, reviewer,
                Who.REVIEWER_AND_ASSESSOR, accounts.create(Role.REVIEWER, Role.ASSESSOR),
                Who.OFFICER, accounts.create(Role.CERTIFICATION_OFFICER));
        ApplicationDetails original = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPM"));
        OpenTaskSeeder seeder = new OpenTaskSeeder(jdbc, new TransactionTemplate(transactionManager),
                original.processInstanceId());

        seed(seeder, 1, SMALL - 1, reviewer);
        copiesAreRealTasks(reviewer);
        List<Latency> others = new ArrayList<>();
        Latency small = measure(people, SMALL, others);

        seed(seeder, SMALL, LARGE - 1, reviewer);
        Latency large = measure(people, LARGE, others);

        List<String> slower = new ArrayList<>();
        report(small, large, others, slower);
        assertThat(large.total().p50()).as("p50 at %d open tasks", LARGE)
                .isLessThanOrEqualTo(small.total().p50() * ALLOWED_RATIO);
        assertThat(large.total().p95()).as("p95 at %d open tasks", LARGE)
                .isLessThanOrEqualTo(small.total().p95() * ALLOWED_RATIO);
        assertThat(slower).as("inboxes over %.1f times their time at %d open tasks", ALLOWED_RATIO, SMALL).isEmpty();
    }

    private static void seed(OpenTaskSeeder seeder, int from, int to, CurrentUser reviewer) {
        long start = System.nanoTime();
        seeder.copies(from, to, reviewer.username(), CLAIMED_BY_REVIEWER);
        log.info("Copied the open task {} times in {} s", to - from + 1, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** A copied task is worked like any other: claimed and completed, its process moves on to assessment. */
    private void copiesAreRealTasks(CurrentUser reviewer) {
        String copy = taskService.createTaskQuery().processInstanceBusinessKey("A-1999-000011").singleResult().getId();
        tasks.claim(reviewer, copy);
        tasks.completeReview(reviewer, copy, eu.skills4cities.citycert.TestStaffWork.review(tasks, reviewer, copy,
                eu.skills4cities.citycert.assessment.ReviewVerdict.SUFFICIENT, "The copied evidence is sufficient."));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("A-1999-000011").singleResult()
                .getTaskDefinitionKey()).isEqualTo(CertificationProcess.ACTIVITY_ASSESS);
    }

    /** Checks the inbox against the data, then times it as it opens, and every other inbox. */
    private Latency measure(Map<Who, CurrentUser> people, int openTasks, List<Latency> others) {
        CurrentUser reviewer = people.get(Who.REVIEWER);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_task", Long.class)).isEqualTo(openTasks);
        InboxQuery query = InboxQuery.workable();
        List<StaffTask> page = inbox.inbox(reviewer, query, 0, PAGE);
        assertThat(page).hasSize(PAGE).isSortedAccordingTo(Comparator.comparing(StaffTask::created));
        assertThat(page).allSatisfy(task -> assertThat(task.candidateName()).startsWith("Bench Candidate"));
        assertThat(inbox.count(reviewer, query)).isEqualTo(workableBySql(reviewer));
        for (Inbox other : OTHER_INBOXES) {
            // every count the inbox gives, however it gets it, is the engine's own count of the same query, but
            // for the filters by time or priority, which count up to a limit and then say "more"
            InboxQuery q = other.query();
            long engine = inbox.countByEngine(people.get(other.who()), q);
            boolean capped = q.overdueOnly() || q.dueWithinDays() != null || q.escalatedOnly();
            assertThat(inbox.count(people.get(other.who()), q)).as(other.name())
                    .isEqualTo(capped && engine > TaskInbox.COUNT_LIMIT ? TaskInbox.COUNT_LIMIT + 1 : engine);
            if (other.name().contains("search")) {
                assertThat(engine).as("%s finds the same at both sizes", other.name()).isBetween(1L, 20L);
            }
        }

        Latency latency = time(reviewer, openTasks, "as it opens", query, 0, WARM_UP, RUNS);
        for (Inbox other : OTHER_INBOXES) {
            others.add(time(people.get(other.who()), openTasks, other.name(), other.query(), other.offset(),
                    OTHER_WARM_UP, OTHER_RUNS));
        }
        return latency;
    }

    private Latency time(CurrentUser reviewer, int openTasks, String name, InboxQuery query, int offset, int warmUp,
                         int runs) {
        for (int i = 0; i < warmUp; i++) {
            inbox.inbox(reviewer, query, offset, PAGE);
            inbox.count(reviewer, query);
        }
        System.gc();
        long[] pages = new long[runs];
        long[] counts = new long[runs];
        long[] totals = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            inbox.inbox(reviewer, query, offset, PAGE);
            long paged = System.nanoTime();
            inbox.count(reviewer, query);
            long counted = System.nanoTime();
            pages[i] = paged - start;
            counts[i] = counted - paged;
            totals[i] = counted - start;
        }
        Latency latency = new Latency(openTasks, name, Percentiles.of(pages), Percentiles.of(counts),
                Percentiles.of(totals));
        log.info("Inbox at {} open tasks, {}: {}", openTasks, name, latency);
        return latency;
    }

    /** The reviewer's inbox counted independently of the engine: assigned to them, or unassigned in their group. */
    private long workableBySql(CurrentUser reviewer) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM act_ru_task t
                WHERE t.assignee_ = ? OR (t.assignee_ IS NULL AND EXISTS (SELECT 1 FROM act_ru_identitylink i
                      WHERE i.task_id_ = t.id_ AND i.type_ = 'candidate' AND i.group_id_ = 'reviewers'))
                """, Long.class, reviewer.username());
    }

    private void report(Latency small, Latency large, List<Latency> others, List<String> slower) throws IOException {
        StringBuilder text = new StringBuilder("""
                | open tasks | page p50 | page p95 | count p50 | count p95 | page + count p50 | page + count p95 |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        for (Latency latency : List.of(small, large)) {
            text.append("| %,d | %s | %s | %s | %s | %s | %s |%n".formatted(latency.openTasks(),
                    ms(latency.page().p50()), ms(latency.page().p95()), ms(latency.count().p50()),
                    ms(latency.count().p95()), ms(latency.total().p50()), ms(latency.total().p95())));
        }
        text.append("%nRatio %,d / %,d: p50 %.2f, p95 %.2f (allowed %.1f); %d runs after %d warm-up runs.%n".formatted(
                LARGE, SMALL, large.total().p50() / small.total().p50(), large.total().p95() / small.total().p95(),
                ALLOWED_RATIO, RUNS, WARM_UP));
        text.append("""

                Every other inbox, page + count (%d runs after %d warm-up runs at each size; checked like the one above):

                | inbox | p50 at %,d | p95 at %,d | p50 at %,d | p95 at %,d | ratio p50 / p95 |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """.formatted(OTHER_RUNS, OTHER_WARM_UP, SMALL, SMALL, LARGE, LARGE));
        for (Inbox inbox : OTHER_INBOXES) {
            Latency at1k = others.stream().filter(l -> l.openTasks() == SMALL && l.name().equals(inbox.name()))
                    .findFirst().orElseThrow();
            Latency at100k = others.stream().filter(l -> l.openTasks() == LARGE && l.name().equals(inbox.name()))
                    .findFirst().orElseThrow();
            double p50 = at100k.total().p50() / at1k.total().p50();
            double p95 = at100k.total().p95() / at1k.total().p95();
            boolean ok = p50 <= ALLOWED_RATIO && p95 <= ALLOWED_RATIO;
            if (!ok) {
                slower.add("%s (%.2f / %.2f)".formatted(inbox.name(), p50, p95));
            }
            text.append("| %s | %s | %s | %s | %s | %.2f / %.2f %s |%n".formatted(inbox.name(),
                    ms(at1k.total().p50()), ms(at1k.total().p95()), ms(at100k.total().p50()), ms(at100k.total().p95()),
                    p50, p95, ok ? "✓" : "✗"));
        }
        text.append("%nSystem load average at the end: %.2f on %d cores.%n".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        log.info("Inbox benchmark ({}):\n{}", REPORT, text);
        if (Boolean.getBoolean("citycert.bench.hold")) {
            log.info("Holding the database for a look (citycert.bench.hold): {}",
                    jdbc.queryForObject("SELECT inet_server_port()", Integer.class));
            try {
                Thread.sleep(java.time.Duration.ofMinutes(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String ms(double nanos) {
        return "%.2f ms".formatted(nanos / 1e6);
    }

    record Percentiles(double p50, double p95) {

        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(at(sorted, 0.50), at(sorted, 0.95));
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
        }

        @Override
        public String toString() {
            return "p50 %s, p95 %s".formatted(ms(p50), ms(p95));
        }
    }

    record Latency(int openTasks, String name, Percentiles page, Percentiles count, Percentiles total) {
    }
}
