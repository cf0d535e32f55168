package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names shared between {@code processes/appeal.bpmn} and the Java code, with typed accessors for
 * its variables. The business key is the appeal's number.
 */
public final class AppealProcess {

    public static final String PROCESS_KEY = "appeal";
    public static final String VAR_APPEAL_ID = "appealId";
    public static final String VAR_APPELLANT = "appellant";
    /** When the panel's answer is due; the task's due date and the progress notice's timer. */
    public static final String VAR_DUE_AT = "appealDueAt";
    /** What the panel did on its task: one of {@link PanelAction}. */
    public static final String VAR_PANEL_ACTION = "panelAction";
    public static final String VAR_INFORMATION_DUE_AT = "informationDueAt";
    public static final String VAR_INFORMATION_REMINDER_AT = "informationReminderAt";

    public static final String ACTIVITY_DECIDE = "Activity_DecideAppeal";
    public static final String EVENT_ANSWER_OVERDUE = "Event_AnswerOverdue";
    public static final String ACTIVITY_SEND_PROGRESS_NOTICE = "Activity_SendProgressNotice";
    public static final String ACTIVITY_PROVIDE_INFORMATION = "Activity_ProvideInformation";
    public static final String EVENT_INFORMATION_REMINDER_DUE = "Event_InformationReminderDue";
    public static final String ACTIVITY_REMIND_APPELLANT = "Activity_RemindAppellant";
    public static final String EVENT_INFORMATION_DEADLINE_PASSED = "Event_InformationDeadlinePassed";
    public static final String ACTIVITY_RECORD_LAPSE = "Activity_RecordAppealLapse";
    public static final String ACTIVITY_ACT_ON_UPHELD = "Activity_ActOnUpheldAppeal";
    public static final String END_UPHELD = "Event_AppealUpheld";
    public static final String END_REJECTED = "Event_AppealRejected";
    public static final String END_LAPSED = "Event_AppealLapsed";

    /** What the panel's task was completed with. */
    public enum PanelAction {
        REQUEST_INFORMATION, UPHOLD, REJECT
    }

    private AppealProcess() {
    }

    public static UUID appealId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_APPEAL_ID));
    }

    static void setDueAt(VariableScope scope, Instant due) {
        scope.setVariable(VAR_DUE_AT, Date.from(due));
    }
}
