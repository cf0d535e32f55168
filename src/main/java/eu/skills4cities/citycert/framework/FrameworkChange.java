package eu.skills4cities.citycert.framework;

/**
 * One difference between two framework versions.
 *
 * @param path   where, by codes: "SCPD", "SCPD / SCPD-U1", "SCPD / SCPD-U1 / SCPD-U1-E1 / …-C1"
 * @param fields for a change, the fields that differ (such as "title, description")
 */
public record FrameworkChange(Kind kind, Level level, String path, String title, String fields) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public enum Level { ROLE, UNIT, ELEMENT, CRITERION }
}
