package eu.skills4cities.citycert.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded document is acceptable evidence and gives it a safe name.
 * The walking skeleton accepts PDF only, recognised by its content (the "%PDF-" header),
 * never by its name.
 */
@Component
class EvidenceDocumentPolicy {

    static final String PDF = "application/pdf";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME_LENGTH = 120;

    private final ApplicationProperties properties;

    EvidenceDocumentPolicy(ApplicationProperties properties) {
        this.properties = properties;
    }

    record AcceptedDocument(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Adds every problem with the document to {@code problems}; returns the document when there is none. */
    Optional<AcceptedDocument> check(UploadedDocument document, List<UserMessage> problems) {
        if (document == null || document.content() == null) {
            problems.add(UserMessage.of("problem.document.missing"));
            return Optional.empty();
        }
        byte[] content = document.content();
        int before = problems.size();
        if (content.length == 0) {
            problems.add(UserMessage.of("problem.document.empty"));
        } else if (content.length > properties.maxDocumentBytes()) {
            problems.add(UserMessage.of("problem.document.too-large",
                    readableSize(content.length), readableSize(properties.maxDocumentBytes())));
        } else if (!startsWithPdfHeader(content)) {
            problems.add(UserMessage.of("problem.document.not-pdf"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedDocument(safeFileName(document.fileName()), PDF, content, sha256(content)));
    }

    /** Keeps the last path segment and harmless characters only, and ends the name in ".pdf". */
    static String safeFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[.\\s]+", "").strip();
        if (name.toLowerCase().endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.isBlank()) {
            name = "evidence";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        return name + ".pdf";
    }

    private static boolean startsWithPdfHeader(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return "%.1f KB".formatted(bytes / 1024.0);
        }
        return "%.1f MB".formatted(bytes / (1024.0 * 1024));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
