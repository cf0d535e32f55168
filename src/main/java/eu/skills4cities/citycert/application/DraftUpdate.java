package eu.skills4cities.citycert.application;

/** What a candidate changes on a draft: any field may still be empty. */
public record DraftUpdate(String statement, Integer experienceYears, Integer educationLevel) {
}
