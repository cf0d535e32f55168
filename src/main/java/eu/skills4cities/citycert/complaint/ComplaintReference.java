package eu.skills4cities.citycert.complaint;

import java.util.UUID;

/**
 * A complaint named only by its id and number, for the auditor's case record of the application
 * that certified its holder (the steps themselves are read from the audit log: no complainant).
 */
public record ComplaintReference(UUID id, String number, String certificateNumber) {
}
