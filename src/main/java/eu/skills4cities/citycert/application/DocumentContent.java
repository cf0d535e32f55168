package eu.skills4cities.citycert.application;

/** An evidence document's bytes, for download. */
public record DocumentContent(String fileName, String contentType, byte[] content) {
}
