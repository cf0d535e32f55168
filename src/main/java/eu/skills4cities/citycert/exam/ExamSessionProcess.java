package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names shared between {@code processes/exam-session.bpmn} and the Java code. One small process per session:
 * it waits for the candidate's submission, and its timer submits at the time limit. Its own process rather
 * than a timer in the certification process because a session's clock is the session's (a voided session and
 * the next one each have their own, and extra time moves one timer) and the certification process need not know
 * how a session is run: it waits for {@code ExamSubmitted}.
 */
public final class ExamSessionProcess {

    public static final String PROCESS_KEY = "exam-session";
    public static final String VAR_SESSION_ID = "examSessionId";
    /** When the session ends: its start plus the time limit plus any extra time (the timer's due date). */
    public static final String VAR_ENDS_AT = "examSessionEndsAt";
    /** The message that closes the session's process when the session was submitted or voided before its time. */
    public static final String MESSAGE_CLOSED = "ExamSessionClosed";
    public static final String ACTIVITY_WAIT = "Activity_WaitForSubmission";
    public static final String EVENT_TIME_UP = "Event_TimeLimitReached";
    public static final String ACTIVITY_SUBMIT_AT_TIME_LIMIT = "Activity_SubmitAtTimeLimit";
    public static final String END_SUBMITTED_AT_TIME_LIMIT = "Event_SubmittedAtTimeLimit";
    public static final String END_CLOSED = "Event_SessionClosed";

    private ExamSessionProcess() {
    }

    public static UUID sessionId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_SESSION_ID));
    }

    static Date endsAt(Instant endsAt) {
        return Date.from(endsAt);
    }
}
