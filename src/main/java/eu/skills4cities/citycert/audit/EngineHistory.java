package eu.skills4cities.citycert.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The engine's history of one process instance as case-record entries: each task created,
 * claimed, released, handed over and completed ({@code ACT_HI_TASKINST}, {@code ACT_HI_IDENTITYLINK}),
 * the comments ({@code ACT_HI_COMMENT}), the engine's own steps and timers ({@code ACT_HI_ACTINST}),
 * the eligibility decision ({@code ACT_HI_DECINST}) and what anybody did through the engine's own
 * tools ({@code ACT_HI_OP_LOG}: Cockpit, Tasklist, the REST API). The history level is {@code full}.
 */
@Component
class EngineHistory {

    static final String SYSTEM = "system";
    private static final String COMPLETED = "completed";
    /** A hand-over is one command: the old assignee's link removed and the new one's added at once. */
    private static final Duration SAME_COMMAND = Duration.ofSeconds(1);
    private static final Set<String> STEPS = Set.of("serviceTask", "businessRuleTask", "boundaryTimer",
            "intermediateTimer", "startTimerEvent", "noneEndEvent", "startEvent", "messageStartEvent",
            "boundaryMessage", "intermediateMessageCatch");

    private final HistoryService history;
    private final TaskService tasks;

    EngineHistory(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    /** The staff and candidate tasks of the process, oldest first. */
    List<HistoricTaskInstance> tasks(String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list();
    }

    /** Every entry the engine's history holds for the process; completions carry the recorded outcomes. */
    List<CaseRecordEntry> entries(String processInstanceId, List<HistoricTaskInstance> taskList,
                                  List<TaskOutcome> outcomes) {
        List<CaseRecordEntry> entries = new ArrayList<>();
        List<TaskOutcome> unmatched = new ArrayList<>(outcomes);
        for (HistoricTaskInstance task : taskList) {
            Optional<Stage> stage = Stage.ofActivity(task.getTaskDefinitionKey());
            boolean evidence = CertificationProcess.ACTIVITY_PROVIDE_EVIDENCE.equals(task.getTaskDefinitionKey());
            Map<String, String> facts = new LinkedHashMap<>();
            stage.ifPresent(s -> facts.put("stage", s.name()));
            if (task.getDueDate() != null) {
                facts.put("due", task.getDueDate().toInstant().toString());
            }
            entries.add(new CaseRecordEntry(instant(task.getStartTime()), SYSTEM, CaseRecordKind.TASK_CREATED,
                    task.getName(), facts, null, task.getId(), "ACT_HI_TASKINST"));
            if (stage.isPresent()) {
                entries.addAll(assignments(task));
            }
            if (task.getEndTime() != null) {
                entries.add(ended(task, stage, evidence, unmatched));
            }
        }
        for (Comment comment : tasks.getProcessInstanceComments(processInstanceId)) {
            entries.add(new CaseRecordEntry(instant(comment.getTime()), actor(comment.getUserId()),
                    CaseRecordKind.COMMENT, name(taskList, comment.getTaskId()), Map.of(), comment.getFullMessage(),
                    comment.getTaskId(), "ACT_HI_COMMENT"));
        }
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (STEPS.contains(step.getActivityType())) {
                Instant at = instant(step.getEndTime() != null ? step.getEndTime() : step.getStartTime());
                entries.add(new CaseRecordEntry(at, SYSTEM, CaseRecordKind.PROCESS_STEP,
                        step.getActivityName() == null ? step.getActivityId() : step.getActivityName(),
                        Map.of("activity", step.getActivityId(), "type", step.getActivityType()), null, null,
                        "ACT_HI_ACTINST"));
            }
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).decisionDefinitionKey(CertificationProcess.DECISION_ELIGIBILITY)
                .includeInputs().includeOutputs().list()) {
            Map<String, String> facts = new LinkedHashMap<>();
            decision.getInputs().forEach(input -> facts.put(input.getClauseName() == null ? "input" : input.getClauseName(),
                    String.valueOf(input.getValue())));
            decision.getOutputs().forEach(output -> facts.put(output.getVariableName(), String.valueOf(output.getValue())));
            entries.add(new CaseRecordEntry(instant(decision.getEvaluationTime()), SYSTEM, CaseRecordKind.ELIGIBILITY,
                    decision.getDecisionDefinitionName(), facts, null, null, "ACT_HI_DECINST"));
        }
        for (UserOperationLogEntry operation : history.createUserOperationLogQuery()
                .processInstanceId(processInstanceId).list()) {
            Map<String, String> facts = new LinkedHashMap<>();
            putIfPresent(facts, "property", operation.getProperty());
            putIfPresent(facts, "from", operation.getOrgValue());
            putIfPresent(facts, "to", operation.getNewValue());
            entries.add(new CaseRecordEntry(instant(operation.getTimestamp()), actor(operation.getUserId()),
                    CaseRecordKind.ENGINE_OPERATION, operation.getOperationType(), facts, operation.getAnnotation(),
                    operation.getTaskId(), "ACT_HI_OP_LOG"));
        }
        return entries;
    }

    /** Claims, releases and hand-overs, from the assignee's identity links; the completion's own link change is left out. */
    private List<CaseRecordEntry> assignments(HistoricTaskInstance task) {
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.ASSIGNEE).orderByTime().asc().list();
        List<CaseRecordEntry> entries = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            HistoricIdentityLinkLog link = links.get(i);
            Instant at = instant(link.getTime());
            boolean added = "add".equals(link.getOperationType());
            if (!added && i + 1 < links.size() && "add".equals(links.get(i + 1).getOperationType())
                    && Duration.between(at, instant(links.get(i + 1).getTime())).abs().compareTo(SAME_COMMAND) <= 0) {
                HistoricIdentityLinkLog next = links.get(++i);
                entries.add(new CaseRecordEntry(instant(next.getTime()), actor(link.getUserId()),
                        CaseRecordKind.TASK_HANDED_OVER, task.getName(),
                        Map.of("from", link.getUserId(), "to", next.getUserId()), null, task.getId(),
                        "ACT_HI_IDENTITYLINK"));
            } else if (added) {
                entries.add(new CaseRecordEntry(at, actor(link.getUserId()), CaseRecordKind.TASK_CLAIMED,
                        task.getName(), Map.of("assignee", link.getUserId()), null, task.getId(), "ACT_HI_IDENTITYLINK"));
            } else if (task.getEndTime() == null
                    || Duration.between(at, instant(task.getEndTime())).abs().compareTo(SAME_COMMAND) > 0) {
                entries.add(new CaseRecordEntry(at, actor(link.getUserId()), CaseRecordKind.TASK_RELEASED,
                        task.getName(), Map.of("assignee", link.getUserId()), null, task.getId(), "ACT_HI_IDENTITYLINK"));
            }
        }
        return entries;
    }

    private static CaseRecordEntry ended(HistoricTaskInstance task, Optional<Stage> stage, boolean evidence,
                                         List<TaskOutcome> unmatched) {
        Instant at = instant(task.getEndTime());
        if (!COMPLETED.equals(task.getDeleteReason())) {
            return new CaseRecordEntry(at, SYSTEM, CaseRecordKind.TASK_CANCELLED, task.getName(),
                    task.getDeleteReason() == null ? Map.of() : Map.of("deleteReason", task.getDeleteReason()), null,
                    task.getId(), "ACT_HI_TASKINST");
        }
        if (evidence) {
            return new CaseRecordEntry(at, actor(task.getAssignee()), CaseRecordKind.EVIDENCE_ANSWERED, task.getName(),
                    Map.of(), null, task.getId(), "ACT_HI_TASKINST");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        stage.ifPresent(s -> facts.put("stage", s.name()));
        Optional<TaskOutcome> outcome = stage.flatMap(s -> unmatched.stream()
                .filter(o -> o.stage() == s && o.actor().equals(task.getAssignee()))
                .min(Comparator.comparing(o -> Duration.between(o.completedAt(), at).abs())));
        outcome.ifPresent(unmatched::remove);
        outcome.ifPresent(o -> {
            putIfPresent(facts, "verdict", o.verdict());
            if (o.noConflictDeclared() != null) {
                facts.put("noConflictDeclared", String.valueOf(o.noConflictDeclared()));
            }
        });
        CaseRecordKind kind = stage.filter(s -> s == Stage.DECISION).isPresent()
                ? CaseRecordKind.DECISION : CaseRecordKind.TASK_COMPLETED;
        return new CaseRecordEntry(at, actor(task.getAssignee()), kind, task.getName(), facts,
                outcome.map(TaskOutcome::comment).orElse(null), task.getId(),
                outcome.isPresent() ? "ACT_HI_TASKINST, task_outcome" : "ACT_HI_TASKINST");
    }

    private static String name(List<HistoricTaskInstance> tasks, String taskId) {
        return tasks.stream().filter(t -> t.getId().equals(taskId)).map(HistoricTaskInstance::getName).findFirst()
                .orElse(null);
    }

    private static void putIfPresent(Map<String, String> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    static String actor(String user) {
        return user == null || user.isBlank() ? SYSTEM : user;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
