package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a claimed task to a colleague of the same queue; a decision only to somebody who
 * neither reviewed nor assessed the application (the judging's rule, {@link CertificationDecisions}).
 */
@Service
@org.springframework.validation.annotation.Validated
public class TaskHandOver {

    private static final Logger log = LoggerFactory.getLogger(TaskHandOver.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskAccess access;
    private final CertificationDecisions decisions;

    private final EngineActor engineActor;

    TaskHandOver(TaskService taskService, IdentityService identityService, TaskAccess access,
                 CertificationDecisions decisions, EngineActor engineActor) {
        this.engineActor = engineActor;
        this.taskService = taskService;
        this.identityService = identityService;
        this.access = access;
        this.decisions = decisions;
    }

    /**
     * Hands the user's claimed task to a colleague of the same queue.
     *
     * @throws RefusedException when the colleague is not in the task's group, or may not decide it
     */
    @Transactional
    public StaffTask reassign(CurrentUser user, String taskId, @PlainText String colleague) {
        Task task = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, task);
        boolean inQueue = colleague != null && taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .anyMatch(link -> identityService.createUserQuery().userId(colleague).memberOfGroup(link.getGroupId())
                        .count() > 0);
        if (!inQueue) {
            throw RefusedException.forbidden("task.refused.not-in-queue", String.valueOf(colleague));
        }
        if (TaskAccess.stageOf(task) == Stage.DECISION && decisions.judged(access.applicationIdOf(task), colleague)) {
            throw RefusedException.forbidden("task.refused.impartiality-colleague", colleague);
        }
        if (CertificationProcess.excludedStaff(taskService.getVariable(taskId, CertificationProcess.VAR_EXCLUDED_STAFF))
                .contains(colleague)
                || colleague.equals(taskService.getVariable(taskId, CertificationProcess.VAR_CANDIDATE))) {
            throw RefusedException.forbidden("task.refused.impartiality-colleague", colleague);
        }
        // as the user, so the engine's history names who handed it over (the case record reads it)
        engineActor.run(user, () -> taskService.setAssignee(taskId, colleague));
        log.info("Task {} handed from {} to {}", taskId, user.username(), colleague);
        return access.toStaffTask(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    /**
     * Whom the user may hand their claimed task to: the other members of the task's queue,
     * not the application's own candidate, and for a decision only those who neither reviewed nor assessed it.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(CurrentUser user, String taskId) {
        Task task = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, task);
        boolean decision = TaskAccess.stageOf(task) == Stage.DECISION;
        UUID applicationId = decision ? access.applicationIdOf(task) : null;
        Object candidate = taskService.getVariable(taskId, CertificationProcess.VAR_CANDIDATE);
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream())
                .filter(member -> !member.getId().equals(user.username()))
                .filter(member -> !member.getId().equals(candidate))
                .filter(member -> !decision || !decisions.judged(applicationId, member.getId()))
                .map(member -> new Colleague(member.getId(),
                        (member.getFirstName() + " " + java.util.Objects.toString(member.getLastName(), "")).strip()))
                .distinct()
                .sorted(java.util.Comparator.comparing(Colleague::name).thenComparing(Colleague::username))
                .toList();
    }
}
