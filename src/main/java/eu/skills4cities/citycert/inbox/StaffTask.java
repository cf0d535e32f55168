package eu.skills4cities.citycert.inbox;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/**
 * A staff task as the inbox shows it. {@code assignee} is null while nobody has claimed it;
 * {@code escalated} is true once the task has waited longer than its stage allows.
 *
 * @param kind              {@link #CERTIFICATION} or the {@link InboxWork#kind()} of other work (APPEAL, COMPLAINT, RENEWAL)
 * @param stage             the stage's code: REVIEW, ASSESSMENT, DECISION, or one of the other work's stages
 * @param number            the case's number: the application's, an appeal's or a complaint's
 * @param applicationId     the application the task is about, or null (a complaint)
 * @param applicationNumber that application's number, or null
 * @param candidateName     the person the case is about, where the viewer may read the name; or null
 * @param roleTitle         the role's title as the case recorded it (English), or null
 * @param roleCode          that role's code, for its title in the reader's language; or null
 * @param path              the page that opens the task, relative to the application's root
 */
public record StaffTask(String id, String name, String kind, String stage, String number, UUID applicationId,
                        String applicationNumber, String candidateName, String roleTitle, String roleCode,
                        String assignee,
                        Instant created, Instant due, boolean escalated, String path) {

    /** The kind of the certification process's review, assessment and decision tasks. */
    public static final String CERTIFICATION = "CERTIFICATION";

    /**
     * The engine task priority of an escalated task (the engine's default is 50), so the inbox
     * reads the mark from the task itself and sorting by priority puts escalated tasks first.
     */
    public static final int ESCALATED_PRIORITY = 80;

    /** True when the task's due date has passed. */
    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** True for the certification process's tasks, which the inbox's own task page opens. */
    public boolean certification() {
        return CERTIFICATION.equals(kind);
    }

    /**
     * The certification stage of a certification task.
     *
     * @throws IllegalStateException for other work
     */
    public Stage certificationStage() {
        if (!certification()) {
            throw new IllegalStateException("Task " + id + " is " + kind + " work");
        }
        return Stage.valueOf(stage);
    }
}
