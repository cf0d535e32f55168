package eu.skills4cities.citycert.complaint;

import java.util.UUID;

/** A document given with a complaint or with the holder's response (its content is read on its own). */
public record ComplaintDocument(UUID id, String fileName, String contentType, long size) {
}
