package eu.skills4cities.citycert.inbox;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a claimed task to a colleague of the same queue, for every kind of staff task: the certification
 * tasks (a decision only to somebody who neither reviewed nor assessed the application, the judging's rule,
 * {@link CertificationDecisions}) and the tasks of the other work the inbox lists ({@link InboxWork}: appeals,
 * complaints, renewal checks), where the work's own impartiality rule says who may not receive the task and the
 * work records the hand-over in its own record. Either way the colleague must be in the task's queue, and the
 * engine's history names who handed the task to whom (the case record reads it).
 */
@Service
@org.springframework.validation.annotation.Validated
public class TaskHandOver {

    private static final Logger log = LoggerFactory.getLogger(TaskHandOver.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final RepositoryService repository;
    private final TaskAccess access;
    private final CertificationDecisions decisions;
    private final EngineActor engineActor;
    private final TaskHolders holders;
    /** Asked when a hand-over happens, not at start: the works' modules use this service themselves. */
    private final ObjectProvider<InboxWork> works;

    TaskHandOver(TaskService taskService, IdentityService identityService, RepositoryService repository,
                 TaskAccess access, CertificationDecisions decisions, EngineActor engineActor, TaskHolders holders,
                 ObjectProvider<InboxWork> works) {
        this.engineActor = engineActor;
        this.taskService = taskService;
        this.identityService = identityService;
        this.repository = repository;
        this.access = access;
        this.decisions = decisions;
        this.holders = holders;
        this.works = works;
    }

    /**
     * Hands the user's claimed certification task to a colleague of the same queue.
     *
     * @throws RefusedException when the colleague is not in the task's group, or may not decide it
     */
    @Transactional
    public StaffTask reassign(CurrentUser user, String taskId, @PlainText String colleague) {
        VisibleTask task = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, task);
        if (colleague == null || !inQueue(taskId, colleague)) {
            throw RefusedException.forbidden("task.refused.not-in-queue", String.valueOf(colleague));
        }
        if (task.stage() == Stage.DECISION && decisions.judged(task.applicationId(), colleague)) {
            throw RefusedException.forbidden("task.refused.impartiality-colleague", colleague);
        }
        if (task.excludedStaff().contains(colleague) || colleague.equals(task.candidate())) {
            throw RefusedException.forbidden("task.refused.impartiality-colleague", colleague);
        }
        assign(user, taskId, colleague);
        // the hand-over changed only the holder (no listener of the certification tasks sets anything else on it)
        return access.toStaffTask(task, colleague);
    }

    /**
     * Hands the user's task, of whatever kind, to a colleague: a certification task as {@link #reassign} does,
     * another work's task under that work's rules (its holder, or whoever the work lets hand it on; a colleague of
     * its queue whom the work's impartiality does not exclude), recorded by the work too.
     *
     * @throws NotFoundException when there is no such task the user works on
     * @throws RefusedException  when the task is not the user's to hand on, or the colleague may not receive it
     */
    @Transactional
    public void handOver(CurrentUser user, String taskId, @PlainText String colleague) {
        Task task = task(taskId);
        Optional<InboxWork> work = workOf(task);
        if (work.isEmpty()) {
            reassign(user, taskId, colleague);
            return;
        }
        requireMayHandOver(work.get(), user, task);
        if (colleague == null || !inQueue(taskId, colleague) || colleague.equals(user.username())) {
            throw RefusedException.forbidden("task.refused.not-in-queue", String.valueOf(colleague));
        }
        if (work.get().excludedFrom(task, List.of(colleague)).contains(colleague)) {
            throw RefusedException.forbidden("task.refused.colleague-excluded", holders.nameOf(colleague));
        }
        assign(user, taskId, colleague);
        work.get().handedOver(user, task, colleague);
    }

    /**
     * Whom the user may hand their claimed task to: the other members of the task's queue, not the application's
     * own candidate, and for a decision only those who neither reviewed nor assessed it; for another work's task,
     * the members of its queue that work's impartiality does not exclude.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(CurrentUser user, String taskId) {
        Task task = task(taskId);
        Optional<InboxWork> work = workOf(task);
        if (work.isPresent()) {
            requireMayHandOver(work.get(), user, task);
            List<User> members = queueMembers(taskId, member -> !member.getId().equals(user.username()));
            Set<String> excluded = work.get().excludedFrom(task, members.stream().map(User::getId).toList());
            return colleagues(members.stream().filter(member -> !excluded.contains(member.getId())).toList());
        }
        VisibleTask certification = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, certification);
        boolean decision = certification.stage() == Stage.DECISION;
        return colleagues(queueMembers(taskId, member -> !member.getId().equals(user.username())
                && !member.getId().equals(certification.candidate())
                && (!decision || !decisions.judged(certification.applicationId(), member.getId()))));
    }

    private Task task(String taskId) {
        return Optional.ofNullable(taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult())
                .orElseThrow(() -> NotFoundException.of("task.not-found"));
    }

    /** The work whose process the task belongs to; empty for the certification process's tasks. */
    private Optional<InboxWork> workOf(Task task) {
        String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return works.orderedStream().filter(work -> work.processKey().equals(key)).findFirst();
    }

    private void requireMayHandOver(InboxWork work, CurrentUser user, Task task) {
        if (!work.worksOn(user)) {
            throw NotFoundException.of("task.not-found");
        }
        if (!work.mayHandOver(user, task)) {
            holders.requireHeldBy(user, task.getAssignee());
            throw RefusedException.forbidden("task.refused.claim-first");
        }
    }

    private boolean inQueue(String taskId, String colleague) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .anyMatch(link -> identityService.createUserQuery().userId(colleague).memberOfGroup(link.getGroupId())
                        .count() > 0);
    }

    /** The members of the task's candidate groups that pass the filter, each once. */
    private List<User> queueMembers(String taskId, Predicate<User> filter) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream())
                .filter(filter)
                .filter(distinctBy(User::getId))
                .toList();
    }

    private static List<Colleague> colleagues(Collection<User> members) {
        return members.stream()
                .map(member -> new Colleague(member.getId(),
                        (member.getFirstName() + " " + Objects.toString(member.getLastName(), "")).strip()))
                .distinct()
                .sorted(Comparator.comparing(Colleague::name).thenComparing(Colleague::username))
                .toList();
    }

    private static <T> Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /** As the user, so the engine's history names who handed it over (the case record reads it). */
    private void assign(CurrentUser user, String taskId, String colleague) {
        engineActor.run(user, () -> taskService.setAssignee(taskId, colleague));
        log.info("Task {} handed from {} to {}", taskId, user.username(), colleague);
    }
}
