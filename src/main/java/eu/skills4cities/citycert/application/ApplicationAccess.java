package eu.skills4cities.citycert.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "may this person read this application?" (ISO/IEC 17024 §7.3: staff see
 * what their work needs). Every read of an application, its timeline, self-assessment, unit
 * results and documents, over the API and in the views, passes through here:
 * <ul>
 *   <li>the candidate reads their own applications, drafts included;</li>
 *   <li>nobody else reads a draft;</li>
 *   <li>auditors and administrators read every submitted application (they have no write
 *       operation on applications or tasks);</li>
 *   <li>a reviewer, assessor or certification officer reads an application while one of its
 *       open tasks is assigned to them or offered to one of their groups, and after they
 *       completed one of its tasks. A retake's tasks also open the application it retakes,
 *       whose evidence the retake reuses.</li>
 * </ul>
 * A completed task is read from the engine's history ({@code ACT_HI_TASKINST}: the assignee who
 * completed it): the engine writes it in the transaction that completes the task, whatever path
 * completed it, for all three stages, and keeps it as long as the process's history
 * ({@code historyTimeToLive}, ten years). The inbox's own outcome records belong to the inbox
 * feature (which depends on this one), and the unit judgements do not cover the decision.
 */
@Component
public class ApplicationAccess {

    /** Why someone may read an application; kept with every document read. */
    public enum Grounds {
        /** The candidate's own application. */
        OWNER,
        /** An auditor or administrator reading a submitted application. */
        AUDIT,
        /** An open task of the application is the reader's or their group's. */
        OPEN_TASK,
        /** The reader completed one of the application's tasks. */
        COMPLETED_TASK
    }

    /** What the engine writes as the delete reason of a task that was completed (not cancelled). */
    private static final String COMPLETED = "completed";

    private final ApplicationRepository applications;
    private final TaskService taskService;
    private final HistoryService historyService;

    ApplicationAccess(ApplicationRepository applications, TaskService taskService, HistoryService historyService) {
        this.applications = applications;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** True when the user may read the application; false for an unknown id too. */
    @Transactional(readOnly = true)
    public boolean mayRead(CurrentUser user, UUID applicationId) {
        return applications.findById(applicationId).flatMap(a -> grounds(user, a)).isPresent();
    }

    /** True for the roles that read every submitted application and the record of document reads. */
    public static boolean audits(CurrentUser user) {
        return user.hasAnyOf(Role.AUDITORS);
    }

    /**
     * The application and why the user may read it.
     *
     * @throws NotFoundException when it does not exist or the user may not read it: the
     *                                      same answer, so nobody learns which
     */
    Readable require(CurrentUser user, UUID applicationId) {
        return applications.findById(applicationId)
                .flatMap(a -> grounds(user, a).map(grounds -> new Readable(a, grounds)))
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
    }

    /** A readable application with the grounds it was read on. */
    record Readable(CertificationApplication application, Grounds grounds) {
    }

    /** Why the user may read the application, or empty when they may not. */
    Optional<Grounds> grounds(CurrentUser user, CertificationApplication application) {
        if (application.candidateUsername().equals(user.username())) {
            return Optional.of(Grounds.OWNER);
        }
        if (application.status() == ApplicationStatus.DRAFT) {
            return Optional.empty();
        }
        if (audits(user)) {
            return Optional.of(Grounds.AUDIT);
        }
        List<String> groups = user.roles().stream().filter(Role.TASK_WORKERS::contains).map(Role::engineGroupId)
                .sorted().toList();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> processes = processesOpening(application);
        if (processes.isEmpty()) {
            return Optional.empty();
        }
        String[] ids = processes.toArray(String[]::new);
        boolean openTask = taskService.createTaskQuery().processInstanceIdIn(ids).taskAssignee(user.username())
                .count() > 0
                || taskService.createTaskQuery().processInstanceIdIn(ids).taskCandidateGroupIn(groups)
                .includeAssignedTasks().count() > 0;
        if (openTask) {
            return Optional.of(Grounds.OPEN_TASK);
        }
        boolean completed = processes.stream().anyMatch(process -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(process).taskAssignee(user.username()).finished().taskDeleteReason(COMPLETED)
                .count() > 0);
        return completed ? Optional.of(Grounds.COMPLETED_TASK) : Optional.empty();
    }

    /** The process instances whose tasks open the application: its own, and those of its retakes. */
    private List<String> processesOpening(CertificationApplication application) {
        List<String> processes = new ArrayList<>();
        if (application.processInstanceId() != null) {
            processes.add(application.processInstanceId());
        }
        applications.findByRetakeOf(application.id()).stream().map(CertificationApplication::processInstanceId)
                .filter(Objects::nonNull).forEach(processes::add);
        return processes;
    }
}
