package eu.skills4cities.citycert.framework;

import java.time.Instant;
import java.util.UUID;

/** A framework version as listed: identity, status and history, without its content. */
public record FrameworkVersionInfo(UUID id, String frameworkCode, int versionNumber, String title, String label,
                                   boolean sample, VersionStatus status, int roleCount, String sourceFileName,
                                   Instant importedAt, String importedBy, Instant publishedAt, String publishedBy,
                                   Instant retiredAt, String retiredBy) {

    /** "S4C-SMART-CITY v2 (Sample 2026)". */
    public String displayName() {
        return frameworkCode + " v" + versionNumber + (label == null ? "" : " (" + label + ")");
    }
}
