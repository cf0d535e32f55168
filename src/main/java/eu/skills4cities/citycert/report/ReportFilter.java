package eu.skills4cities.citycert.report;

import java.time.LocalDate;

/**
 * What a report covers: the days from {@code from} to {@code to}, both included (UTC), and one
 * certification role, or every role when {@code roleCode} is null. Made by {@link Reports#filter},
 * which checks it.
 */
public record ReportFilter(LocalDate from, LocalDate to, String roleCode) {

    public boolean allRoles() {
        return roleCode == null;
    }
}
