package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.bench.ExamSitters.Calls;
import eu.skills4cities.citycert.bench.ExamSitters.Latencies;
import eu.skills4cities.citycert.bench.ExamSitters.Sitter;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.inbox.ReviewSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.ApiTokenService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewApiToken;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static eu.skills4cities.citycert.bench.JvmFigures.heapAfterGc;
import static eu.skills4cities.citycert.bench.JvmFigures.mib;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 candidates in exam sessions at once, each saving an answer every few seconds through the real HTTP API
 * ({@code PUT /api/exam/sessions/{id}/answers/{position}}, signed in with their own API token) on a real port: the
 * p50, p95 and p99 of a save against one candidate alone saving at the same pace in the same run, and the heap
 * used (after a full GC) before the sessions, with 200 running and after they were submitted. Fails when a save
 * fails or the p95 with 200 is ten times the p95 alone or more. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -Pbench verify} (docs/benchmarks.md). Its own Spring context, so its own fresh embedded
 * PostgreSQL, with the exam route on (the default, as in the test profile; said here because the benchmark needs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=exam-benchmark", "citycert.exam.route-enabled=true"})
@ActiveProfiles({"demo", "test"})
class ExamSessionBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ExamSessionBenchmark.class);
    /** SCPD: the sample framework's role with the exam route, and the sample bank's 56 items on its form. */
    static final String ROLE = "SCPD";
    static final double ALLOWED_RATIO = 10;
    private static final int SITTERS = Integer.getInteger("citycert.bench.exam.sitters", 200);
    private static final int ANSWERS = Integer.getInteger("citycert.bench.exam.answers", 30);
    /** More saves alone than each sitter of the hall makes: one sitter's p95 needs more than 30 to be read. */
    private static final int ALONE_ANSWERS = Integer.getInteger("citycert.bench.exam.alone-answers", 60);
    private static final long PACE_MS = Long.getLong("citycert.bench.exam.pace-ms", 3000);
    private static final long JITTER_MS = Long.getLong("citycert.bench.exam.jitter-ms", 1000);
    private static final int WARM_UP = Integer.getInteger("citycert.bench.exam.warm-up", 1000);
    private static final Path REPORT = Path.of("target", "benchmarks", "exam-sessions.md");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService staff;
    @Autowired
    TaskService tasks;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ExamSessions sessions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void two_hundred_candidates_saving_answers_at_once_keep_the_p95_of_a_save_within_ten_times_one_alone()
            throws Exception {
        ExamSitters api = new ExamSitters(port, json);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        long seeding = System.nanoTime();
        CurrentUser aloneCandidate = accounts.create(Role.CANDIDATE);
        Sitter alone = waitingForExam(reviewer, aloneCandidate);
        List<Sitter> hall = new ArrayList<>();
        for (int i = 0; i < SITTERS; i++) {
            hall.add(waitingForExam(reviewer, accounts.create(Role.CANDIDATE)));
        }
        log.info("Seeded {} applications waiting at 'Sit the exam' in {} s", SITTERS + 1,
                (System.nanoTime() - seeding) / 1_000_000_000);

        // one candidate alone: started in process (to count its statements), warm-up saves back to back (untimed),
        // then saves at the same pace as the hall, through the API
        ExamSitting[] started = new ExamSitting[1];
        int statementsPerStart = SqlStatementCounter.count(() -> started[0] = sessions.start(aloneCandidate,
                alone.applicationId));
        alone.sessionId = started[0].sessionId();
        alone.options = new int[started[0].items().size() + 1];
        started[0].items().forEach(item -> alone.options[item.position()] = item.options().size());
        int answerBytes = api.answerSize(alone);
        int statementsPerSave = SqlStatementCounter.count(() -> sessions.answer(aloneCandidate, alone.sessionId, 2,
                List.of(0)));
        Calls warmUp = api.paced(List.of(alone), WARM_UP, 1, 0);
        assertThat(warmUp.failed()).as("failed warm-up saves (%s)", warmUp.firstFailure()).isZero();
        Calls one = api.paced(List.of(alone), ALONE_ANSWERS, PACE_MS, JITTER_MS);
        int statementsPerSubmit = SqlStatementCounter.count(() -> sessions.submit(aloneCandidate, alone.sessionId));

        long heapBefore = heapAfterGc();
        Calls starts = api.startAll(hall);
        assertThat(starts.failed()).as("failed starts (%s)", starts.firstFailure()).isZero();
        long heapStarted = heapAfterGc();
        Calls saves = api.paced(hall, ANSWERS, PACE_MS, JITTER_MS);
        long heapRunning = heapAfterGc();
        Calls submits = api.submitAll(hall);
        long heapAfter = heapAfterGc();

        assertThat(saves.failed()).as("failed saves (%s)", saves.firstFailure()).isZero();
        assertThat(one.failed()).as("failed saves alone (%s)", one.firstFailure()).isZero();
        assertThat(submits.failed()).as("failed submissions (%s)", submits.firstFailure()).isZero();
        checkSaved(hall);
        Result result = new Result(one.latencies(), saves.latencies(), starts.latencies(), submits.latencies(),
                heapBefore, heapStarted, heapRunning, heapAfter, saves.maxLateNanos(), answerBytes, statementsPerSave,
                statementsPerStart, statementsPerSubmit, alone.options.length - 1);
        report(result);
        assertThat(result.ratio()).as("p95 of a save with %d sitters / p95 alone", SITTERS)
                .isLessThan(ALLOWED_RATIO);
    }

    /**
     * A candidate's application through the real services up to "Sit the exam": submitted, its review claimed and
     * completed (every unit sufficient), which opens the exam window; and the candidate's own API token.
     */
    private Sitter waitingForExam(CurrentUser reviewer, CurrentUser candidate) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application(ROLE));
        String review = tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult()
                .getId();
        staff.claim(reviewer, review);
        List<UnitVerdict> verdicts = staff.plan(reviewer, review).toAssess().stream()
                .map(unit -> new UnitVerdict(unit.code(), ReviewVerdict.SUFFICIENT, null)).toList();
        staff.completeReview(reviewer, review, new ReviewSubmission(verdicts, "Evidence is relevant and current."));
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_EXAM);
        String token = tokens.create(candidate, candidate.username(), new NewApiToken("exam benchmark", 1)).token();
        return new Sitter(token, application.id());
    }

    /** Every session of the hall was submitted with its answers logged, and its application moved on. */
    private void checkSaved(List<Sitter> hall) {
        List<UUID> ids = hall.stream().map(s -> s.sessionId).toList();
        assertThat(jdbc.sql("SELECT count(*) FROM exam_session WHERE status = 'SUBMITTED' AND id IN (:ids)")
                .param("ids", ids).query(Long.class).single()).isEqualTo(hall.size());
        assertThat(jdbc.sql("SELECT count(*) FROM exam_answer_log WHERE session_id IN (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo((long) hall.size() * ANSWERS);
        for (Sitter sitter : hall) {
            assertThat(applications.details(sitter.applicationId).status())
                    .isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        }
    }

    private void report(Result r) throws IOException {
        StringBuilder text = new StringBuilder("""
                | saving an answer (HTTP PUT) | saves | p50 | p95 | p99 | max |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """);
        text.append(row("1 sitter alone", r.alone()));
        text.append(row("%d sitters at once".formatted(SITTERS), r.hall()));
        text.append(row("(starting a session, %d at once)".formatted(SITTERS), r.starts()));
        text.append(row("(submitting, %d at once)".formatted(SITTERS), r.submits()));
        text.append("""

                **p95 with %d / p95 alone: %.2f** (allowed below %.0f); p50 %.2f, p99 %.2f.

                | heap used after a full GC | MiB |
                | --- | ---: |
                | before the sessions | %.1f |
                | %d sessions started | %.1f |
                | %d sessions running, %d answers each | %.1f |
                | after they were submitted | %.1f |

                Heap per running session: %.1f KiB ((running - before) / %d).

                """.formatted(SITTERS, r.ratio(), ALLOWED_RATIO, r.hall().p50() / r.alone().p50(),
                r.hall().p99() / r.alone().p99(), mib(r.heapBefore()), SITTERS, mib(r.heapStarted()), SITTERS,
                ANSWERS, mib(r.heapRunning()), mib(r.heapAfter()),
                (r.heapRunning() - r.heapBefore()) / 1024.0 / SITTERS, SITTERS));
        text.append(("%d saves per sitter of the hall and %d alone, one every %d ms ± %d ms, after %d warm-up saves "
                + "alone; a form of %d items; ").formatted(ANSWERS, ALONE_ANSWERS, PACE_MS, JITTER_MS, WARM_UP,
                        r.formItems()))
                .append("one save answers %,d bytes and prepares %d SQL statements (a start %d, a submission %d); "
                        .formatted(r.answerBytes(), r.statementsPerSave(), r.statementsPerStart(),
                                r.statementsPerSubmit()))
                .append("a save left at most %.0f ms after its plan.%n".formatted(r.maxLateNanos() / 1e6));
        text.append(JvmFigures.machineLine());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        log.info("Exam session benchmark ({}):\n{}", REPORT, text);
    }

    private static String row(String what, Latencies l) {
        return "| %s | %,d | %s | %s | %s | %s |%n".formatted(what, l.count(), ms(l.p50()), ms(l.p95()), ms(l.p99()),
                ms(l.max()));
    }

    private static String ms(double nanos) {
        return "%.1f ms".formatted(nanos / 1e6);
    }

    record Result(Latencies alone, Latencies hall, Latencies starts, Latencies submits, long heapBefore,
                  long heapStarted, long heapRunning, long heapAfter, long maxLateNanos, int answerBytes,
                  int statementsPerSave, int statementsPerStart, int statementsPerSubmit, int formItems) {

        double ratio() {
            return hall.p95() / alone.p95();
        }
    }
}
