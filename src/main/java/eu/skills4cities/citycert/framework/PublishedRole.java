package eu.skills4cities.citycert.framework;

import java.util.UUID;

/** A role as a given framework version defines it. */
public record PublishedRole(UUID versionId, String frameworkCode, String frameworkTitle, int versionNumber,
                            String versionLabel, boolean sample, VersionStatus status, RoleDefinition role) {
}
