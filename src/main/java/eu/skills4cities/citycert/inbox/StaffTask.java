package eu.skills4cities.citycert.inbox;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/**
 * A staff task as the inbox shows it. {@code assignee} is null while nobody has claimed it;
 * {@code escalated} is true once the task has waited longer than its stage allows.
 */
public record StaffTask(String id, String name, Stage stage, UUID applicationId, String applicationNumber,
                        String candidateName, String roleTitle, String assignee, Instant created, Instant due,
                        boolean escalated) {

    /**
     * The engine task priority of an escalated task (the engine's default is 50), so the inbox
     * reads the mark from the task itself and sorting by priority puts escalated tasks first.
     */
    public static final int ESCALATED_PRIORITY = 80;

    /** True when the task's due date has passed. */
    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }
}
