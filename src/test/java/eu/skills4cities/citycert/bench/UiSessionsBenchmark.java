package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.bench.ExamSitters.Latencies;
import eu.skills4cities.citycert.bench.FlowClient.Round;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static eu.skills4cities.citycert.bench.JvmFigures.heapAfterGc;
import static eu.skills4cities.citycert.bench.JvmFigures.mib;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 people with the Vaadin UI open at once, half of them candidates in the application wizard and half reviewers
 * on their inbox, each interacting every few seconds over Vaadin's own protocol ({@link FlowClient}: the bootstrap
 * page, the init request, then the same RPCs the Flow client in a browser sends): the server round trip's p50, p95
 * and p99 of their interactions, and the heap (after a full GC) each open session holds. Reported against the goal
 * of issue 18 (p95 at most 300 ms, at most 1 MiB of heap per idle session); it fails when an interaction fails, when
 * a candidate's draft does not hold what they typed last, or when an idle session holds 1 MiB or more. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -Pbench verify} (docs/benchmarks.md, "200 open UI sessions").
 *
 * <p>A reviewer's interactions, in turn: search the inbox for a candidate's name (the answer must hold it), clear
 * the search, newest first, scroll to the second page of 50 rows (the grid connector's {@code setViewportRange}),
 * back to the top, oldest first again, open the inbox afresh. A candidate's, on a draft whose answers are complete: change the
 * statement (saved as typed), change the years of experience (saved), Next to the self-assessment, Back to the
 * answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=ui-sessions-benchmark", "vaadin.devmode.componentTracker.enabled=false"})
@ActiveProfiles({"demo", "test"})
class UiSessionsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(UiSessionsBenchmark.class);
    static final String ROLE = "SCPM";
    static final double GOAL_P95_MS = 300;
    static final long GOAL_BYTES_PER_SESSION = 1024 * 1024;
    /** What an answer holds when it sends inbox rows: a row's application number, as its actions column's data. */
    private static final String INBOX_ROW = "_application\":\"A-";
    private static final int SESSIONS = Integer.getInteger("citycert.bench.ui.sessions", 200);
    private static final int INTERACTIONS = Integer.getInteger("citycert.bench.ui.interactions", 20);
    private static final long PACE_MS = Long.getLong("citycert.bench.ui.pace-ms", 5000);
    private static final long JITTER_MS = Long.getLong("citycert.bench.ui.jitter-ms", 2000);
    private static final int TASKS = Integer.getInteger("citycert.bench.ui.tasks", 120);
    private static final int WARM_UP = Integer.getInteger("citycert.bench.ui.warm-up", 60);
    /** How many tabs sign in and open at the same moment (a busy morning, not a stampede). */
    private static final int OPENING_AT_ONCE = Integer.getInteger("citycert.bench.ui.opening-at-once", 20);
    /** The first candidate's tab of the warm-up (5 staff tabs come first), for {@link #dump}. */
    private static final int DUMPED_CANDIDATE = 5;
    private static final Path REPORT = Path.of("target", "benchmarks", "ui-sessions.md");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountService users;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = FlowClient.httpClient();
    /** The candidates' names with an application waiting for review: what a reviewer searches for. */
    private final List<String> candidateNames = new ArrayList<>();

    @Test
    void two_hundred_open_ui_sessions_answer_their_interactions_and_hold_little_heap() throws Exception {
        long seeding = System.nanoTime();
        for (int i = 0; i < TASKS; i++) {
            CurrentUser candidate = accounts.create(Role.CANDIDATE);
            applications.submit(candidate, TestDocuments.application(ROLE));
            candidateNames.add(users.find(candidate.username()).orElseThrow().fullName());
        }
        List<Tab> warmUp = tabs(5, 5);
        List<Tab> tabs = tabs(SESSIONS / 2, SESSIONS - SESSIONS / 2);
        log.info("Seeded {} review tasks and {} accounts in {} s", TASKS, warmUp.size() + tabs.size(),
                (System.nanoTime() - seeding) / 1_000_000_000);

        // warm-up: a few tabs open and go through their interactions back to back, so that the JIT, the caches and
        // Tomcat's threads are as they are after a while in production; none of it is counted
        Run warm = open(warmUp);
        warm.plus(interact(warmUp, WARM_UP, 0, 0));
        assertThat(warm.failures).as("failures in the warm-up").isEmpty();

        long heapBefore = heapAfterGc();
        Run opened = open(tabs);
        long heapOpen = heapAfterGc();
        Run run = interact(tabs, INTERACTIONS, PACE_MS, JITTER_MS);
        long heapAfter = heapAfterGc();
        histogram();

        assertThat(opened.failures).as("tabs that could not open").isEmpty();
        assertThat(run.failures).as("failed interactions").isEmpty();
        checkDraftsHoldWhatWasTyped(tabs);
        Result result = new Result(opened, run, heapBefore, heapOpen, heapAfter, tabs.size());
        report(result);
        assertThat(result.bytesPerIdleSession()).as("heap per idle session, bytes")
                .isLessThan(GOAL_BYTES_PER_SESSION);
    }

    /** Staff and candidate accounts, each with the tab it will open; each candidate with a draft ready to go on. */
    private List<Tab> tabs(int staff, int candidates) {
        List<Tab> tabs = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            tabs.add(new Tab(accounts.create(Role.REVIEWER), null, new FlowClient(http, port, json, dump(i))));
        }
        for (int i = 0; i < candidates; i++) {
            CurrentUser candidate = accounts.create(Role.CANDIDATE);
            UUID draft = drafts.startDraft(candidate, ROLE).id();
            drafts.saveDraft(candidate, draft, new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
            tabs.add(new Tab(candidate, draft, new FlowClient(http, port, json, dump(staff + i))));
        }
        Collections.shuffle(tabs);
        return tabs;
    }

    /**
     * With {@code -Dcitycert.bench.ui.histogram=<file>}, the JVM's class histogram after the interactions (what the
     * open sessions hold, by class), with {@code jcmd}.
     */
    private static void histogram() throws IOException, InterruptedException {
        String file = System.getProperty("citycert.bench.ui.histogram");
        if (file != null) {
            new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new java.io.File(file)).start().waitFor();
        }
    }

    /**
     * Where the first tabs write what the server answered them, with {@code -Dcitycert.bench.ui.dump=<folder>} (to
     * see the protocol when a view changes); nowhere by default.
     */
    private static Path dump(int tab) {
        String folder = System.getProperty("citycert.bench.ui.dump");
        return folder == null || tab > 0 && tab != DUMPED_CANDIDATE ? null : Path.of(folder, "tab-" + tab);
    }

    /** Every tab signs in and opens its page, {@link #OPENING_AT_ONCE} at a time; the page's navigation is timed. */
    private Run open(List<Tab> tabs) throws InterruptedException {
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(OPENING_AT_ONCE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Tab tab : tabs) {
                done.add(pool.submit(() -> {
                    try {
                        tab.client.signIn(tab.user.username(), TestAccounts.PASSWORD);
                        Round round = tab.draft == null ? tab.client.open("inbox").expect(INBOX_ROW)
                                : tab.client.open("applications/" + tab.draft + "/edit").expect("statement");
                        run.record(tab.draft == null ? "open the inbox" : "open the wizard", round);
                    } catch (Exception | AssertionError e) {
                        run.failed(tab, "open", e);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(5, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the tabs did not open", e);
        } finally {
            pool.shutdownNow();
        }
        return run;
    }

    /**
     * Each tab makes its interactions, one every {@code pace} ms give or take {@code jitter} (uniformly at random;
     * the first at a random moment of the first pace; each next planned from when the last was planned, so that a
     * slow answer does not slow the pace). A tab whose interaction fails stops.
     */
    private Run interact(List<Tab> tabs, int interactions, long pace, long jitter) throws InterruptedException {
        Run run = new Run();
        CountDownLatch done = new CountDownLatch(tabs.size());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(Math.min(tabs.size(), 200));
        try {
            long start = System.nanoTime();
            for (Tab tab : tabs) {
                long first = start + TimeUnit.MILLISECONDS.toNanos(pace == 0 ? 0
                        : ThreadLocalRandom.current().nextLong(pace));
                plan(clock, run, tab, interactions, pace, jitter, first, done);
            }
            long allowed = interactions * (pace + jitter) * 3 + 120_000;
            if (!done.await(allowed, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the tabs did not finish their interactions within " + allowed + " ms");
            }
        } finally {
            clock.shutdownNow();
        }
        return run;
    }

    private void plan(ScheduledExecutorService clock, Run run, Tab tab, int left, long pace, long jitter, long at,
                      CountDownLatch done) {
        clock.schedule(() -> {
            run.late(System.nanoTime() - at);
            boolean ok = step(run, tab);
            if (!ok || left == 1) {
                done.countDown();
                return;
            }
            long next = at + TimeUnit.MILLISECONDS.toNanos(pace == 0 ? 0
                    : pace - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
            plan(clock, run, tab, left - 1, pace, jitter, next, done);
        }, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** The tab's next interaction; false when it failed. */
    private boolean step(Run run, Tab tab) {
        int n = tab.steps++;
        String what = "";
        try {
            FlowClient ui = tab.client;
            if (tab.draft == null) {
                switch (n % 7) {
                    case 0 -> {
                        what = "inbox: search a name";
                        String name = candidateNames.get(ThreadLocalRandom.current().nextInt(candidateNames.size()));
                        run.record(what, ui.changeValue("filter-search", "value", name, "input").expect(name));
                    }
                    case 1 -> run.record(what = "inbox: clear the search",
                            ui.changeValue("filter-search", "value", "", "input"));
                    case 2 -> run.record(what = "inbox: newest first",
                            ui.changeValue("filter-descending", "checked", true, "checked-changed"));
                    case 3 -> run.record(what = "inbox: scroll to rows 51-100",
                            ui.call("tasks", "setViewportRange", 50, 50).expect(INBOX_ROW));
                    case 4 -> run.record(what = "inbox: scroll back to the top",
                            ui.call("tasks", "setViewportRange", 0, 50));
                    case 5 -> run.record(what = "inbox: oldest first",
                            ui.changeValue("filter-descending", "checked", false, "checked-changed"));
                    default -> run.record(what = "inbox: open afresh", ui.navigate("inbox").expect(INBOX_ROW));
                }
            } else {
                switch (n % 4) {
                    case 0 -> {
                        what = "wizard: type the statement";
                        tab.statement = "I led the smart lighting programme of my city, change " + n + ".";
                        run.record(what, ui.changeValue("statement", "value", tab.statement, "input"));
                    }
                    case 1 -> run.record(what = "wizard: change the years of experience",
                            ui.changeValue("experience", "value", String.valueOf(5 + n % 3), "input"));
                    case 2 -> run.record(what = "wizard: next step", ui.click("next").expect("rate-"));
                    default -> run.record(what = "wizard: back", ui.click("back").expect("statement"));
                }
            }
            return true;
        } catch (Exception | AssertionError e) {
            run.failed(tab, what, e);
            return false;
        }
    }

    /** What a candidate typed last is what their draft holds: the interactions reached the database. */
    private void checkDraftsHoldWhatWasTyped(List<Tab> tabs) {
        for (Tab tab : tabs) {
            if (tab.draft != null && tab.statement != null) {
                assertThat(applications.get(tab.user, tab.draft).statement()).as("statement of %s", tab.draft)
                        .isEqualTo(tab.statement);
            }
        }
    }

    private void report(Result r) throws IOException {
        Latencies all = r.run.all();
        StringBuilder text = new StringBuilder("""
                | interaction (server round trip) | count | p50 | p95 | p99 | max | answer (median) |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        text.append(row("**every interaction, %d tabs**".formatted(r.tabs), all, -1));
        r.run.byKind().forEach((kind, latencies) -> text.append(row(kind, latencies, r.run.medianSize(kind))));
        text.append(row("(open the page: sign-in not counted, %d at a time)".formatted(OPENING_AT_ONCE),
                r.opened.all(), -1));
        r.opened.byKind().forEach((kind, latencies) -> text.append(row("(" + kind + ")", latencies,
                r.opened.medianSize(kind))));
        double p95 = all.p95() / 1e6;
        text.append("""

                **p95 of every interaction: %.1f ms** against the goal of %.0f ms: %s.

                | heap used after a full GC | MiB |
                | --- | ---: |
                | before the tabs (after the warm-up's 10) | %.1f |
                | %d tabs open, idle | %.1f |
                | after their interactions, still open | %.1f |

                **Heap per idle session: %.1f KiB** ((open - before) / %d) against the goal of 1 024 KiB: %s; after the
                interactions %.1f KiB per session.

                """.formatted(p95, GOAL_P95_MS, p95 <= GOAL_P95_MS ? "met" : "missed by %.1f ms".formatted(
                        p95 - GOAL_P95_MS), mib(r.heapBefore), r.tabs, mib(r.heapOpen), mib(r.heapAfter),
                r.bytesPerIdleSession() / 1024.0, r.tabs,
                r.bytesPerIdleSession() < GOAL_BYTES_PER_SESSION ? "met" : "missed",
                (r.heapAfter - r.heapBefore) / 1024.0 / r.tabs));
        text.append(("%d interactions per tab, one every %d ms ± %d ms (about %.0f a second in all), after a warm-up of "
                + "10 tabs making %d each back to back; %d review tasks open; an interaction left at most %.0f ms "
                + "after its plan.%n").formatted(INTERACTIONS, PACE_MS, JITTER_MS, r.tabs * 1000.0 / PACE_MS, WARM_UP,
                TASKS, r.run.maxLate.get() / 1e6));
        text.append(JvmFigures.machineLine());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        log.info("UI sessions benchmark ({}):\n{}", REPORT, text);
    }

    private static String row(String what, Latencies l, long answerSize) {
        return "| %s | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |%n".formatted(what, l.count(), l.p50() / 1e6,
                l.p95() / 1e6, l.p99() / 1e6, l.max() / 1e6, answerSize < 0 ? "" : "%,d B".formatted(answerSize));
    }

    /** One open tab: whose, the draft a candidate works on (null for staff) and what they typed last. */
    private static final class Tab {
        final CurrentUser user;
        final UUID draft;
        final FlowClient client;
        volatile int steps;
        volatile String statement;

        Tab(CurrentUser user, UUID draft, FlowClient client) {
            this.user = user;
            this.draft = draft;
            this.client = client;
        }
    }

    /** The round trips of a run by kind of interaction, and what failed. */
    private static final class Run {
        final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong maxLate = new AtomicLong();

        final Map<String, ConcurrentLinkedQueue<Long>> sizes = new ConcurrentHashMap<>();

        void record(String kind, Round round) {
            nanos.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(round.nanos());
            sizes.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((long) round.answer().length());
        }

        /** The median size of the kind's answers, in characters (of JSON: about bytes). */
        long medianSize(String kind) {
            return (long) Latencies.of(sizes.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).toArray()).p50();
        }

        void failed(Tab tab, String what, Throwable e) {
            failures.add(tab.user.username() + " at '" + what + "': " + e);
            if (failures.size() <= 3) {
                log.warn("{} failed at '{}'", tab.user.username(), what, e);
            }
        }

        void late(long nanos) {
            maxLate.accumulateAndGet(nanos, Math::max);
        }

        void plus(Run other) {
            other.nanos.forEach((kind, values) -> nanos.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
                    .addAll(values));
            failures.addAll(other.failures);
        }

        Latencies all() {
            return Latencies.of(nanos.values().stream().flatMap(ConcurrentLinkedQueue::stream)
                    .mapToLong(Long::longValue).toArray());
        }

        Map<String, Latencies> byKind() {
            Map<String, Latencies> kinds = new LinkedHashMap<>();
            nanos.keySet().stream().sorted().forEach(kind -> kinds.put(kind,
                    Latencies.of(nanos.get(kind).stream().mapToLong(Long::longValue).toArray())));
            return kinds;
        }
    }

    private record Result(Run opened, Run run, long heapBefore, long heapOpen, long heapAfter, int tabs) {

        long bytesPerIdleSession() {
            return (heapOpen - heapBefore) / tabs;
        }
    }
}
