package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.base.PlainText;

/** A document as a candidate uploaded it, before validation. */
public record UploadedDocument(@PlainText String fileName, String contentType, byte[] content) {
}
