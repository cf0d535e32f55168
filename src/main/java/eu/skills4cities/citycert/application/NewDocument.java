package eu.skills4cities.citycert.application;

import java.util.Set;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.Valid;

/** A document added to a portfolio: the file, a title, a description, and the elements it is evidence for. */
public record NewDocument(@Valid UploadedDocument file, @PlainText String title,
                          @PlainText(multiLine = true) String description,
                          Set<@PlainText String> elementCodes) {
}
