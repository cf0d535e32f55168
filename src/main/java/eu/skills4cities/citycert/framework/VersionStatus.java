package eu.skills4cities.citycert.framework;

/** The life of a framework version: a draft is published once, and retired later. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
