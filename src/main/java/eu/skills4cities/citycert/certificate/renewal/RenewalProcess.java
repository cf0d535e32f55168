package eu.skills4cities.citycert.certificate.renewal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the renewal path inside {@code processes/certificate-lifecycle.bpmn} (event sub-process
 * "Renewal" of "Certificate valid") shared with the Java code, with typed accessors. The lifecycle's
 * own names are in {@code lifecycle.LifecycleProcess}.
 */
public final class RenewalProcess {

    public static final String MESSAGE_SUBMITTED = "RenewalSubmitted";

    /** The renewal being checked (its id, as text). */
    public static final String VAR_RENEWAL_ID = "renewalId";
    /** The holder's username: the assignee of "Answer the request for more". */
    public static final String VAR_HOLDER = "renewalHolder";
    /** The reviewer's outcome: ACCEPT, MORE_NEEDED or REFUSE. */
    public static final String VAR_OUTCOME = "renewalOutcome";
    /** When the holder's answer to a request for more is due. */
    public static final String VAR_ANSWER_DUE = "renewalAnswerDue";
    /** When the holder is reminded of the request. */
    public static final String VAR_ANSWER_REMINDER = "renewalAnswerReminder";

    public static final String SUBPROCESS_RENEWAL = "SubProcess_Renewal";
    public static final String ACTIVITY_CHECK = "Activity_CheckRenewal";
    public static final String ACTIVITY_ANSWER = "Activity_AnswerRenewalRequest";
    public static final String ACTIVITY_ISSUE_SUCCESSOR = "Activity_IssueSuccessor";
    public static final String ACTIVITY_REMIND_ANSWER = "Activity_RemindRenewalAnswer";
    public static final String ACTIVITY_RECORD_LAPSE = "Activity_RecordRenewalLapse";
    public static final String EVENT_ANSWER_REMINDER_DUE = "Event_RenewalAnswerReminderDue";
    public static final String EVENT_ANSWER_DEADLINE = "Event_RenewalAnswerDeadlinePassed";
    public static final String END_REFUSED = "Event_RenewalRefused";
    public static final String END_LAPSED = "Event_RenewalLapsed";
    public static final String END_RENEWED = "Event_Renewed";
    /** The staff group whose members check renewals. */
    public static final String REVIEWERS_GROUP = "reviewers";

    private RenewalProcess() {
    }

    public static UUID renewalId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_RENEWAL_ID));
    }

    /** What the reviewer decided on a renewal. */
    public enum Outcome {
        ACCEPT, MORE_NEEDED, REFUSE
    }
}
