package eu.skills4cities.citycert.application;

/** What a candidate sends to apply: the role, a short statement and one PDF. */
public record SubmitApplication(String roleCode, String statement, UploadedDocument document) {
}
