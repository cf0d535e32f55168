package eu.skills4cities.citycert.base;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored document sent over the API as a download: its own type when that parses (else octet-stream),
 * an attachment under its file name, and never sniffed as another type.
 */
public final class DocumentDownload {

    private DocumentDownload() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
