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

    /**
     * Operations the record shows from the identity links, the task history and the comments
     * whichever tool made them, so the operation log's row would say it twice.
     */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
            UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
            UserOperationLogEntry.OPERATION_TYPE_CREATE);

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
            if (SHOWN_ELSEWHERE.contains(operation.getOperationType())) {
                continue;
            }
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

    /**
     * Claims, releases and hand-overs, from the assignee's identity links. CityCert names the acting
     * user to the engine ({@code inbox.EngineActor}), so a link added by somebody else than its user
     * is a hand-over from them, and the removal of their own link just before it is part of it.
     * Links without an assigner (older history) pair a removal with an addition in the same second.
     * The completion's own removal of the link is left out.
     */
    private List<CaseRecordEntry> assignments(HistoricTaskInstance task) {
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.ASSIGNEE).orderByTime().asc().list();
        List<CaseRecordEntry> entries = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            HistoricIdentityLinkLog link = links.get(i);
            Instant at = instant(link.getTime());
            boolean added = "add".equals(link.getOperationType());
            HistoricIdentityLinkLog next = i + 1 < links.size() ? links.get(i + 1) : null;
            if (!added && next != null && "add".equals(next.getOperationType()) && handOver(link, next)) {
                i++;
                entries.add(handedOver(task, link.getUserId(), next));
            } else if (added && link.getAssignerId() != null && !link.getAssignerId().equals(link.getUserId())) {
                entries.add(handedOver(task, link.getAssignerId(), link));
            } else if (added) {
                entries.add(new CaseRecordEntry(at, actor(link.getUserId()), CaseRecordKind.TASK_CLAIMED,
                        task.getName(), Map.of("assignee", link.getUserId()), null, task.getId(), "ACT_HI_IDENTITYLINK"));
            } else if (!completionsOwn(task, link, next)) {
                entries.add(new CaseRecordEntry(at, actor(link.getAssignerId() == null ? link.getUserId()
                        : link.getAssignerId()), CaseRecordKind.TASK_RELEASED, task.getName(),
                        Map.of("assignee", link.getUserId()), null, task.getId(), "ACT_HI_IDENTITYLINK"));
            }
        }
        return entries;
    }

    /** The last removal, of the final assignee's link, as the task ended: the completion, not a release. */
    private static boolean completionsOwn(HistoricTaskInstance task, HistoricIdentityLinkLog removed,
                                          HistoricIdentityLinkLog next) {
        return next == null && task.getEndTime() != null && removed.getUserId().equals(task.getAssignee())
                && Duration.between(instant(removed.getTime()), instant(task.getEndTime())).abs()
                .compareTo(SAME_COMMAND) <= 0;
    }

    /** A removal and the addition after it are one hand-over: by the removed assignee, or within a second when unnamed. */
    private static boolean handOver(HistoricIdentityLinkLog removed, HistoricIdentityLinkLog added) {
        if (added.getAssignerId() != null) {
            return !added.getAssignerId().equals(added.getUserId());
        }
        return Duration.between(instant(removed.getTime()), instant(added.getTime())).abs().compareTo(SAME_COMMAND) <= 0;
    }

    private static CaseRecordEntry handedOver(HistoricTaskInstance task, String from, HistoricIdentityLinkLog added) {
        return new CaseRecordEntry(instant(added.getTime()), actor(added.getAssignerId() == null ? from
                : added.getAssignerId()), CaseRecordKind.TASK_HANDED_OVER, task.getName(),
                Map.of("from", from, "to", added.getUserId()), null, task.getId(), "ACT_HI_IDENTITYLINK");
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
