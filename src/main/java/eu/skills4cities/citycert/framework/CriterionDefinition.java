package eu.skills4cities.citycert.framework;

/** A performance criterion: "The candidate can …". */
public record CriterionDefinition(String code, String title, String description) {
}
