package eu.skills4cities.citycert.complaint;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Ids, variables and groups of {@code processes/complaint.bpmn}, used from Java. One instance per
 * complaint that counts, business key = the complaint's number.
 */
public final class ComplaintProcess {

    public static final String PROCESS_KEY = "complaint";

    public static final String EVENT_CONFIRMED = "Event_ComplaintConfirmed";
    public static final String ACTIVITY_ACKNOWLEDGE = "Activity_Acknowledge";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String ACTIVITY_TRIAGE = "Activity_TriageComplaint";
    public static final String ACTIVITY_TELL_NOT_A_COMPLAINT = "Activity_TellNotAComplaint";
    public static final String ACTIVITY_INVESTIGATE_BODY = "Activity_InvestigateBody";
    public static final String ACTIVITY_TELL_HOLDER = "Activity_TellHolder";
    public static final String ACTIVITY_INVESTIGATE_HOLDER = "Activity_InvestigateHolder";
    public static final String ACTIVITY_TELL_OUTCOME = "Activity_TellOutcome";
    public static final String EVENT_DUE = "Event_AnswerDue";
    public static final String ACTIVITY_TELL_PROGRESS = "Activity_TellProgress";
    public static final String ACTIVITY_ESCALATE = "Activity_EscalateTask";
    public static final String END_NOT_A_COMPLAINT = "Event_NotAComplaint";
    public static final String END_DECIDED = "Event_Decided";

    public static final String VAR_COMPLAINT_ID = "complaintId";
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_TRIAGE = "triage";
    public static final String VAR_QUALITY_MANAGER = "qualityManager";

    /** The engine group that triages and investigates complaints. */
    public static final String OFFICERS_GROUP = "certification-officers";

    private ComplaintProcess() {
    }

    public static UUID complaintId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_COMPLAINT_ID));
    }
}
