package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.framework.AssessmentRoute;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names shared between {@code processes/certification.bpmn} and the Java code: the process
 * key, activity ids, variable names, decision keys, and the staff stages. The verdicts each
 * stage allows are the judging's ({@code assessment}: ReviewVerdict, AssessmentOutcome,
 * CertificationVerdict), which this module does not depend on.
 * Process variables are read and written through the typed accessors below, so that no
 * caller casts a variable or parses it itself.
 */
public final class CertificationProcess {

    public static final String PROCESS_KEY = "certification";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_CANDIDATE = "candidate";
    /** The candidate's name, so that staff can search their inbox by it. */
    public static final String VAR_CANDIDATE_NAME = "candidateName";
    /** The candidate's name folded (no accents, lower case; {@code base.NameKeys}), which the inbox search matches. */
    public static final String VAR_CANDIDATE_NAME_KEY = "candidateNameKey";
    public static final String VAR_ROLE_CODE = "roleCode";
    /** True for a retake of failed units: the process goes straight to assessment. */
    public static final String VAR_RETAKE = "retake";
    /** Records the units a certification decision confirms as passed, before certificates are issued. */
    public static final String ACTIVITY_RECORD_PASSED_UNITS = "Activity_RecordPassedUnits";
    public static final String VAR_EXPERIENCE_YEARS = "yearsOfExperience";
    public static final String VAR_EDUCATION_LEVEL = "educationLevel";
    /** The eligibility decision's single result: eligible, failedRule, required. */
    public static final String VAR_ELIGIBILITY = "eligibility";
    public static final String DECISION_ELIGIBILITY = "eligibility";
    /** The pass rule of one unit ({@code processes/unit-pass.dmn}): score and pass mark in, passed and reason out. */
    public static final String DECISION_UNIT_PASS = "unit-pass";
    public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    public static final String VAR_EVIDENCE_DUE_DATE = "evidenceDueDate";
    public static final String VAR_EVIDENCE_REMINDER_DATE = "evidenceReminderDate";
    public static final String ACTIVITY_PROVIDE_EVIDENCE = "Activity_ProvideEvidence";
    public static final String ACTIVITY_REMIND_CANDIDATE = "Activity_RemindCandidate";
    public static final String ACTIVITY_RECORD_LAPSE = "Activity_RecordLapse";
    public static final String END_LAPSED = "Event_Lapsed";
    /**
     * Who may not take or complete any task of an application reopened on appeal (the people involved in
     * the contested decision), comma-separated; unset for an application that was never reopened.
     */
    public static final String VAR_EXCLUDED_STAFF = "excludedStaff";
    /** Set on the refusal service tasks by an input parameter: which stage refused. */
    public static final String VAR_REFUSED_AT = "refusedAt";

    /** Set on the "Escalate" service tasks by an input parameter: the stage whose task waited too long. */
    public static final String VAR_ESCALATED_STAGE = "escalatedStage";
    public static final String ACTIVITY_ESCALATE_REVIEW = "Activity_EscalateReview";
    public static final String ACTIVITY_ESCALATE_ASSESSMENT = "Activity_EscalateAssessment";
    public static final String ACTIVITY_ESCALATE_DECISION = "Activity_EscalateDecision";

    public static final String ACTIVITY_CHECK_ELIGIBILITY = "Activity_CheckEligibility";
    public static final String ACTIVITY_RECORD_INELIGIBILITY = "Activity_RecordIneligibility";
    public static final String END_NOT_ELIGIBLE = "Event_NotEligible";
    public static final String ACTIVITY_REVIEW = "Activity_ReviewEvidence";
    public static final String ACTIVITY_ASSESS = "Activity_AssessCandidate";
    public static final String ACTIVITY_DECIDE = "Activity_DecideCertification";
    public static final String ACTIVITY_ISSUE = "Activity_IssueCertificate";
    public static final String ACTIVITY_RECORD_REVIEW_REFUSAL = "Activity_RecordReviewRefusal";
    public static final String ACTIVITY_RECORD_DECISION_REFUSAL = "Activity_RecordDecisionRefusal";
    public static final String END_CERTIFIED = "Event_Certified";
    public static final String ACTIVITY_RECORD_WITHDRAWAL = "Activity_RecordWithdrawal";
    public static final String END_WITHDRAWN = "Event_Withdrawn";
    public static final String END_REFUSED_AT_REVIEW = "Event_RefusedAtReview";
    public static final String END_REFUSED_AT_DECISION = "Event_RefusedAtDecision";

    /** The role's routes from the scheme settings (names in enum order, comma-separated), set at the start. */
    public static final String VAR_ASSESSMENT_ROUTES = "assessmentRoutes";
    /** The route decision's single result ({@code processes/assessment-route.dmn}): examRequired, portfolioScored. */
    public static final String VAR_ASSESSMENT_ROUTE = "assessmentRoute";
    public static final String DECISION_ASSESSMENT_ROUTE = "assessment-route";
    public static final String ACTIVITY_CHOOSE_ROUTE = "Activity_ChooseAssessmentRoute";
    public static final String ACTIVITY_SIT_EXAM = "Activity_SitExam";
    public static final String EVENT_EXAM_WINDOW_CLOSED = "Event_ExamWindowClosed";
    public static final String ACTIVITY_RECORD_EXAM_LAPSE = "Activity_RecordExamLapse";
    public static final String END_EXAM_LAPSED = "Event_ExamLapsed";
    /** The message an exam session's submission sends, correlated by the application number (business key). */
    public static final String MESSAGE_EXAM_SUBMITTED = "ExamSubmitted";
    /** The submitted exam session, set by {@link #MESSAGE_EXAM_SUBMITTED}. */
    public static final String VAR_EXAM_SESSION_ID = "examSessionId";
    /** The assessment verdict with which the assessor voids the exam session: the process returns to the exam. */
    public static final String VERDICT_EXAM_VOIDED = "EXAM_VOIDED";
    public static final String GATEWAY_EXAM_VOIDED = "Gateway_ExamVoided";
    /** When the exam window closes: set once, the first time the process waits at "Sit the exam". */
    public static final String VAR_EXAM_WINDOW_ENDS_AT = "examWindowEndsAt";
    /** The unit codes the exam sits, comma-separated (a retake sits only the units it retakes). */
    public static final String VAR_EXAM_UNITS = "examUnits";

    private CertificationProcess() {
    }

    /** The application the process instance (or task) belongs to. */
    public static UUID applicationId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_APPLICATION_ID));
    }

    /** The people excluded from the process's tasks (an application reopened on appeal); empty when none. */
    public static Set<String> excludedStaff(VariableScope scope) {
        return excludedStaff(scope.getVariable(VAR_EXCLUDED_STAFF));
    }

    /** The people an {@link #VAR_EXCLUDED_STAFF} value names (as the task service reads it); empty when none. */
    public static Set<String> excludedStaff(Object value) {
        return value == null || value.toString().isBlank() ? Set.of() : Set.of(value.toString().split(","));
    }

    /** When the candidate's requested evidence is due; empty before a request was made. */
    public static Optional<Instant> evidenceDueDate(VariableScope scope) {
        return Optional.ofNullable((Date) scope.getVariable(VAR_EVIDENCE_DUE_DATE)).map(Date::toInstant);
    }

    /** Sets the deadline of a request for more evidence and when the candidate is reminded of it. */
    public static void setEvidenceDeadline(VariableScope scope, Instant due, Instant reminder) {
        scope.setVariable(VAR_EVIDENCE_DUE_DATE, Date.from(due));
        scope.setVariable(VAR_EVIDENCE_REMINDER_DATE, Date.from(reminder));
    }

    /** Why the candidate withdrew, as they said it. */
    public static String withdrawalReason(VariableScope scope) {
        return (String) scope.getVariable(VAR_WITHDRAWAL_REASON);
    }

    /** The stage whose verdict refused the application. */
    public static Stage refusedAt(VariableScope scope) {
        return Stage.valueOf((String) scope.getVariable(VAR_REFUSED_AT));
    }

    /** The comment (the reason) the stage's task was completed with. */
    public static String comment(VariableScope scope, Stage stage) {
        return (String) scope.getVariable(stage.commentVariable());
    }

    /** The stage that an escalation timer (local variable of its subprocess) escalates. */
    public static Stage escalatedStage(VariableScope scope) {
        return Stage.valueOf((String) scope.getVariableLocal(VAR_ESCALATED_STAGE));
    }

    /** When the exam window closes; empty before the process first waited at "Sit the exam". */
    public static Optional<Instant> examWindowEndsAt(VariableScope scope) {
        return Optional.ofNullable((Date) scope.getVariable(VAR_EXAM_WINDOW_ENDS_AT)).map(Date::toInstant);
    }

    /** Sets when the exam window closes (the boundary timer of "Sit the exam" fires then). */
    public static void setExamWindowEndsAt(VariableScope scope, Instant endsAt) {
        scope.setVariable(VAR_EXAM_WINDOW_ENDS_AT, Date.from(endsAt));
    }

    /** The unit codes the exam sits, in the role's order; empty before the process waited at "Sit the exam". */
    public static List<String> examUnits(VariableScope scope) {
        return examUnits(scope.getVariable(VAR_EXAM_UNITS));
    }

    /** The unit codes an {@link #VAR_EXAM_UNITS} value names (as the runtime service reads it). */
    public static List<String> examUnits(Object value) {
        return value == null || value.toString().isBlank() ? List.of()
                : List.of(value.toString().split(","));
    }

    /** Names the units the exam sits. */
    public static void setExamUnits(VariableScope scope, Collection<String> unitCodes) {
        scope.setVariable(VAR_EXAM_UNITS, String.join(",", unitCodes));
    }

    /** The role's routes as the route decision reads them: names in enum order, comma-separated. */
    public static String assessmentRoutes(Collection<AssessmentRoute> routes) {
        return routes.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Whether the route decision asked the assessor to score the portfolio (true before the decision ran). */
    public static boolean portfolioScored(VariableScope scope) {
        return portfolioScored(scope.getVariable(VAR_ASSESSMENT_ROUTE));
    }

    /** Whether an {@link #VAR_ASSESSMENT_ROUTE} value (as the runtime service reads it) scores the portfolio. */
    public static boolean portfolioScored(Object routeDecision) {
        return !(routeDecision instanceof Map<?, ?> result) || !Boolean.FALSE.equals(result.get("portfolioScored"));
    }

    /**
     * Whether an {@link #VAR_ASSESSMENT_ROUTE} value is the route exam and portfolio: the exam was required and the
     * assessor scores the portfolio beside it (what the scheme's portfolio units name; the exam scores the rest).
     */
    public static boolean examBesidePortfolio(Object routeDecision) {
        return routeDecision instanceof Map<?, ?> result && Boolean.TRUE.equals(result.get("examRequired"))
                && portfolioScored(routeDecision);
    }

    /** The eligibility decision's result: which rule failed and what it required, when one failed. */
    public static EligibilityResult eligibility(VariableScope scope) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) scope.getVariable(VAR_ELIGIBILITY);
        Object required = result.get("required");
        return new EligibilityResult((String) result.get("failedRule"),
                required == null ? null : ((Number) required).intValue());
    }

    /** A failed eligibility rule and the value it required ({@code null} when it names none). */
    public record EligibilityResult(String failedRule, Integer required) {
    }

    /**
     * The staff stages: each is one user task whose verdict and comment are stored in
     * process variables named after the stage ({@code reviewVerdict}, {@code reviewComment}).
     */
    public enum Stage {
        REVIEW(ACTIVITY_REVIEW, "review", ApplicationStatus.IN_REVIEW),
        ASSESSMENT(ACTIVITY_ASSESS, "assessment", ApplicationStatus.IN_ASSESSMENT),
        DECISION(ACTIVITY_DECIDE, "decision", ApplicationStatus.AWAITING_DECISION);

        private final String activityId;
        private final String variablePrefix;
        private final ApplicationStatus status;

        Stage(String activityId, String variablePrefix, ApplicationStatus status) {
            this.activityId = activityId;
            this.variablePrefix = variablePrefix;
            this.status = status;
        }

        public String activityId() {
            return activityId;
        }

        /** The status an application has while this stage's task is open. */
        public ApplicationStatus status() {
            return status;
        }

        public String verdictVariable() {
            return variablePrefix + "Verdict";
        }

        public String commentVariable() {
            return variablePrefix + "Comment";
        }

        public static Optional<Stage> ofActivity(String activityId) {
            return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId)).findFirst();
        }
    }
}
