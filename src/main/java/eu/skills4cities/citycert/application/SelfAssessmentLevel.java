package eu.skills4cities.citycert.application;

/** How far a candidate thinks they meet an element. */
public enum SelfAssessmentLevel {
    NOT_YET,
    PARTLY,
    FULLY
}
