package eu.skills4cities.citycert.inbox;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/** A staff task as the inbox shows it. {@code assignee} is null while nobody has claimed it. */
public record StaffTask(String id, String name, Stage stage, UUID applicationId, String applicationNumber,
                        String candidateName, String roleTitle, String assignee, Instant created, Instant due) {

    /** True when the task's due date has passed. */
    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }
}
