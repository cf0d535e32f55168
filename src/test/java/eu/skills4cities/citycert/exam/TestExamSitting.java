package eu.skills4cities.citycert.exam;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.stereotype.Component;

/**
 * The candidate sits their application's exam as a candidate does, through {@link ExamSessions}: start, an answer
 * to every item, submit. Every answer is right, so the exam scores 100 % in every unit it covers, whatever the
 * scheme. The key comes from the session's stored form and the bank (exam internals, which only this package of
 * the tests reads); the candidate's session never shows it.
 */
@Component
public class TestExamSitting {

    private final ExamSessions sessions;
    private final ExamSessionStore store;
    private final ItemStore items;
    private final ApplicationService applications;

    TestExamSitting(ExamSessions sessions, ExamSessionStore store, ItemStore items, ApplicationService applications) {
        this.sessions = sessions;
        this.store = store;
        this.items = items;
        this.applications = applications;
    }

    /**
     * When the application waits for its exam (status {@code IN_EXAM}, as an application of a role with the exam
     * route does after its review or at a retake's start), its candidate sits it, every answer right; otherwise
     * nothing happens. Whether the exam was sat.
     */
    public boolean sitIfWaiting(UUID applicationId) {
        ApplicationDetails application = applications.details(applicationId);
        if (application.status() != ApplicationStatus.IN_EXAM) {
            return false;
        }
        sitRight(CurrentUser.of(application.candidateUsername(), Role.CANDIDATE), applicationId);
        return true;
    }

    /** The candidate starts the exam of their application, answers every item right and submits. */
    public ExamSitting sitRight(CurrentUser candidate, UUID applicationId) {
        ExamSitting sitting = sessions.start(candidate, applicationId);
        for (ExamSitting.SittingItem item : sitting.items()) {
            sessions.answer(candidate, sitting.sessionId(), item.position(),
                    rightAnswer(sitting.sessionId(), item.position()));
        }
        return sessions.submit(candidate, sitting.sessionId());
    }

    /**
     * Answers right, through the service, every item of the candidate's running session that is not answered yet (a
     * journey answers a few in the browser and leaves the rest of a long form to this).
     */
    public void answerTheRestRight(CurrentUser candidate, UUID sessionId, java.util.Collection<Integer> answered) {
        for (SessionItem item : store.form(sessionId)) {
            if (!answered.contains(item.position())) {
                sessions.answer(candidate, sessionId, item.position(), rightAnswer(sessionId, item.position()));
            }
        }
    }

    /** The candidate starts the exam of their application and submits it without an answer: 0 % in every unit. */
    public ExamSitting submitUnanswered(UUID applicationId) {
        CurrentUser candidate = CurrentUser.of(applications.details(applicationId).candidateUsername(), Role.CANDIDATE);
        return sessions.submit(candidate, sessions.start(candidate, applicationId).sessionId());
    }

    /** The right answer to the session's item: the indexes of its correct options in the order the candidate sees. */
    public List<Integer> rightAnswer(UUID sessionId, int position) {
        SessionItem item = store.form(sessionId).stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new AssertionError("session " + sessionId + " has no item " + position));
        ExamItem bankItem = items.find(item.itemId()).orElseThrow();
        return IntStream.range(0, item.optionOrder().size())
                .filter(shown -> bankItem.options().get(item.optionOrder().get(shown)).correct()).boxed().toList();
    }

    /** The candidate's running session, as the session page resumes it. */
    public UUID runningSession(String candidate) {
        return store.running(candidate).orElseThrow(() -> new AssertionError(candidate + " has no running exam"))
                .id();
    }
}
