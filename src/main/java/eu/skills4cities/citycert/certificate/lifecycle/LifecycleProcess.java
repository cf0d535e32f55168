package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names shared between {@code processes/certificate-lifecycle.bpmn} and the Java code: the process
 * key, activity ids, message names and variables, with typed accessors so that no caller casts a
 * variable. One instance per certificate; its business key is the certificate's number.
 */
public final class LifecycleProcess {

    public static final String PROCESS_KEY = "certificate-lifecycle";

    /** The certificate's number (also the business key). */
    public static final String VAR_NUMBER = "certificateNumber";
    /** The start of the day after the last valid day (UTC): when the certificate expires. */
    public static final String VAR_EXPIRES_AT = "expiresAt";
    /** The reminder ladder, days before expiry, largest first, as "90,30,7". */
    public static final String VAR_REMINDER_LADDER = "reminderLadder";
    /** When the next reminder is due, or null when none is left. */
    public static final String VAR_NEXT_REMINDER_AT = "nextReminderAt";
    /** The rung of the next reminder (days before expiry), or null. */
    public static final String VAR_NEXT_REMINDER_DAYS = "nextReminderDays";
    /** The longest a suspension lasts without a decision, in months (the role's scheme). */
    public static final String VAR_MAX_SUSPENSION_MONTHS = "maxSuspensionMonths";
    /** When the current suspension's maximum period ends. */
    public static final String VAR_SUSPENDED_UNTIL = "suspendedUntil";
    /** The escalation timer's cycle: from the end of the maximum period, again and again. */
    public static final String VAR_ESCALATION_CYCLE = "escalationCycle";
    /** The officer's decision on a suspended certificate: REINSTATE or WITHDRAW. */
    public static final String VAR_SUSPENSION_DECISION = "suspensionDecision";

    /**
     * When the holder is told the chain is due for recertification; a day after the expiry when that is
     * not within this certificate's validity (the timer then goes with the sub-process, never firing).
     */
    public static final String VAR_RECERTIFICATION_NOTICE_AT = "recertificationNoticeAt";

    public static final String MESSAGE_SUSPENDED = "CertificateSuspended";
    public static final String MESSAGE_WITHDRAWAL_DECIDED = "CertificateWithdrawalDecided";
    public static final String MESSAGE_SUPERSEDED = "CertificateSuperseded";

    public static final String ACTIVITY_PLAN = "Activity_PlanLifecycle";
    public static final String ACTIVITY_VALID = "SubProcess_Valid";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String ACTIVITY_REMIND = "Activity_RemindHolder";
    public static final String EVENT_LAST_VALID_DAY_ENDS = "Event_LastValidDayEnds";
    public static final String ACTIVITY_RECORD_EXPIRY = "Activity_RecordExpiry";
    public static final String ACTIVITY_DECIDE_SUSPENDED = "Activity_DecideSuspended";
    public static final String EVENT_SUSPENSION_PERIOD_OVER = "Event_SuspensionPeriodOver";
    public static final String ACTIVITY_ESCALATE_SUSPENSION = "Activity_EscalateSuspension";
    public static final String EVENT_RECERTIFICATION_DUE = "Event_RecertificationDue";
    public static final String ACTIVITY_TELL_RECERTIFICATION_DUE = "Activity_TellRecertificationDue";
    public static final String END_RECERTIFICATION_NOTICE = "Event_RecertificationNoticeSent";
    public static final String END_REINSTATED = "Event_Reinstated";
    public static final String END_EXPIRED = "Event_Expired";
    public static final String END_WITHDRAWN = "Event_Withdrawn";
    public static final String END_WITHDRAWN_AFTER_SUSPENSION = "Event_WithdrawnAfterSuspension";
    public static final String END_SUPERSEDED = "Event_Superseded";
    /** The staff group whose members decide on suspended certificates. */
    public static final String OFFICERS_GROUP = "certification-officers";

    private LifecycleProcess() {
    }

    public static String number(VariableScope scope) {
        return (String) scope.getVariable(VAR_NUMBER);
    }

    /** The reminder ladder, largest first. */
    public static List<Integer> reminderLadder(VariableScope scope) {
        String ladder = (String) scope.getVariable(VAR_REMINDER_LADDER);
        return ladder == null || ladder.isBlank() ? List.of()
                : Arrays.stream(ladder.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public static Instant expiresAt(VariableScope scope) {
        return ((Date) scope.getVariable(VAR_EXPIRES_AT)).toInstant();
    }

    /** The rung of the reminder that is due now. */
    public static Optional<Integer> nextReminderDays(VariableScope scope) {
        return Optional.ofNullable((Integer) scope.getVariable(VAR_NEXT_REMINDER_DAYS));
    }

    /** Sets the next reminder (or none, when {@code rung} is empty). */
    public static void setNextReminder(VariableScope scope, Optional<Integer> rung) {
        scope.setVariable(VAR_NEXT_REMINDER_DAYS, rung.orElse(null));
        scope.setVariable(VAR_NEXT_REMINDER_AT,
                rung.map(days -> Date.from(expiresAt(scope).minus(Duration.ofDays(days)))).orElse(null));
    }

    /** What the officer decided on a suspended certificate. */
    public enum SuspensionDecision {
        REINSTATE, WITHDRAW
    }
}
