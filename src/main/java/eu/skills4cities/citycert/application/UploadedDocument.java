package eu.skills4cities.citycert.application;

/** A document as a candidate uploaded it, before validation. */
public record UploadedDocument(String fileName, String contentType, byte[] content) {
}
