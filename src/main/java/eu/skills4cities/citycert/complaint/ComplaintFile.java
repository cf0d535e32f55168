package eu.skills4cities.citycert.complaint;

/** A document's content, for those who may read it. */
public record ComplaintFile(String fileName, String contentType, byte[] content) {
}
