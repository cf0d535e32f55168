package eu.skills4cities.citycert.application;

/** The candidate's own rating of one element, with an optional note. */
public record SelfAssessment(String elementCode, SelfAssessmentLevel level, String note) {
}
