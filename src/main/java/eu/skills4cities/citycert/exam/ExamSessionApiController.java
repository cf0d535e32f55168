package eu.skills4cities.citycert.exam;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exam sessions over JSON: the candidate's sitting (start, resume, answer, submit), the officer's extra time and
 * the results per unit. The service checks who may; no answer here ever holds a correct option.
 */
@RestController
@RequestMapping("/api/exam")
@ProblemAnswers(notFound = "No such session or application, or not yours to see")
@Tag(name = "Exam sessions", description = "A candidate's exam: a form drawn for them, every answer saved as given, "
        + "the server's clock, submission by the candidate or at the time limit, results per unit")
class ExamSessionApiController {

    private final ExamSessions sessions;
    private final RunningExams running;
    private final CurrentUserProvider users;

    ExamSessionApiController(ExamSessions sessions, RunningExams running, CurrentUserProvider users) {
        this.running = running;
        this.sessions = sessions;
        this.users = users;
    }

    /** Which application's exam to start. */
    record StartSession(UUID applicationId) {
    }

    /** The options chosen, by their index in the order shown (from 0); none clears the answer. */
    record Answer(List<Integer> chosen) {
    }

    /** Extra time for a running session, with the reason (an accessibility accommodation). */
    record ExtraTime(int minutes, String reason) {
    }

    @PostMapping("/sessions")
    @Operation(summary = "Start the exam of the candidate's application waiting at \"Sit the exam\" in its window: "
            + "a form drawn for them; the answer holds the items and the seconds left")
    @ProblemAnswers(forbidden = "Only candidates sit exams", conflict = "The application does not wait for its exam, "
            + "its window has closed, the candidate has a session running already, or has used the exam attempts the "
            + "scheme allows over the retake cycle")
    ResponseEntity<ExamSitting> start(@RequestBody StartSession request) {
        if (request == null || request.applicationId() == null) {
            throw NotFoundException.of("application.not-found");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(sessions.start(users.require(), request.applicationId()));
    }

    @GetMapping("/sessions/current")
    @Operation(summary = "The candidate's running session, where a lost connection resumes; 404 when none")
    @ProblemAnswers(forbidden = "Only candidates sit exams")
    ExamSitting current() {
        return sessions.running(users.require()).orElseThrow(() -> NotFoundException.of("problem.exam.not-found"));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "The candidate's own session: while it runs, its items and answers; afterwards the result "
            + "per unit and no items")
    @ProblemAnswers(forbidden = "Only candidates sit exams")
    ExamSitting get(@PathVariable UUID id) {
        return sessions.get(users.require(), id);
    }

    @PutMapping("/sessions/{id}/answers/{itemPosition}")
    @Operation(summary = "Save the answer to one item as it is given; 422 names the field chosen")
    @ProblemAnswers(forbidden = "Only candidates sit exams",
            conflict = "The session is over (submitted, voided or past its time)")
    ExamSitting answer(@PathVariable UUID id, @PathVariable int itemPosition, @RequestBody Answer answer) {
        return sessions.answer(users.require(), id, itemPosition, answer == null ? null : answer.chosen());
    }

    @PostMapping("/sessions/{id}/submit")
    @Operation(summary = "Submit the session: it is scored and the application moves on to assessment")
    @ProblemAnswers(forbidden = "Only candidates sit exams", conflict = "The session is not running")
    ExamSitting submit(@PathVariable UUID id) {
        return sessions.submit(users.require(), id);
    }

    /** One page of the running sessions, and how many there are. */
    record RunningPage(List<RunningExam> sessions, int total) {
    }

    @GetMapping("/sessions/running")
    @Operation(summary = "The running sessions, the soonest to end first, for certification officers granting extra "
            + "time: application, candidate, role, times by the server's clock, extra time so far (never an item); "
            + "not the officer's own; 422 names the field page or size")
    @ProblemAnswers(forbidden = "Only certification officers see running sessions")
    RunningPage running(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CurrentUser officer = users.require();
        return new RunningPage(running.page(officer, page, size), running.count(officer));
    }

    @PostMapping("/sessions/{id}/extra-time")
    @Operation(summary = "Grant extra time to a running session, with a reason (certification officers); 422 names "
            + "the field minutes or reason")
    @ProblemAnswers(forbidden = "Only certification officers grant extra time, and not to their own session",
            conflict = "The session is not running")
    ExamSession extraTime(@PathVariable UUID id, @RequestBody ExtraTime request) {
        return sessions.grantExtraTime(users.require(), id, request.minutes(), request.reason());
    }

    @GetMapping("/applications/{applicationId}/results")
    @Operation(summary = "The result per unit of the application's submitted exam (no items); empty before")
    List<UnitExamResult> results(@PathVariable UUID applicationId) {
        return sessions.results(users.require(), applicationId);
    }
}
