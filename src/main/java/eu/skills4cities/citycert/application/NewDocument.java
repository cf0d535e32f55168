package eu.skills4cities.citycert.application;

import java.util.Set;

/** A document added to a portfolio: the file, a title, a description, and the elements it is evidence for. */
public record NewDocument(UploadedDocument file, String title, String description, Set<String> elementCodes) {
}
