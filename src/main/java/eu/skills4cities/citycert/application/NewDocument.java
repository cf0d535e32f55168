package eu.skills4cities.citycert.application;

import java.util.Set;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.Valid;

/**
 * A document added to a portfolio: the file, a title, a description, and what it is evidence for, as elements
 * one by one and as whole units (each unit standing for all its elements); together at least one element.
 */
public record NewDocument(@Valid UploadedDocument file, @PlainText String title,
                          @PlainText(multiLine = true) String description,
                          Set<@PlainText String> elementCodes, Set<@PlainText String> unitCodes) {

    /** A document mapped element by element. */
    public NewDocument(UploadedDocument file, String title, String description, Set<String> elementCodes) {
        this(file, title, description, elementCodes, Set.of());
    }
}
