package eu.skills4cities.citycert.application;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.base.FileSize;
import eu.skills4cities.citycert.base.ReaderLanguage;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.base.UserMessage;
import org.apache.tika.Tika;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded document is acceptable evidence and gives it a safe name.
 * The type is recognised from the content (Apache Tika), never from the name: PDF, PNG,
 * JPEG, DOCX, ODT and plain text are accepted; anything else, and text carrying markup or
 * script, is refused with the type that was found. Archives (DOCX, ODT) are looked into
 * without unpacking beyond a bound ({@link ZipArchiveInspection}); PDFs that run script or
 * programs, or are web pages too, are refused ({@link PdfContentInspection}). Public: the
 * complaint module holds its complainants' and holders' documents to the same rules.
 */
@Component
public class EvidenceDocumentPolicy {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String OOXML_CONTAINER = "application/x-tika-ooxml";
    /** Accepted types and the file extension a stored document of that type gets. */
    static final Map<String, String> ACCEPTED = Map.of(
            PDF, "pdf",
            "image/png", "png",
            "image/jpeg", "jpg",
            DOCX, "docx",
            "application/vnd.oasis.opendocument.text", "odt",
            "text/plain", "txt");
    private static final Pattern MARKUP = Pattern.compile("<\\s*(script|html|svg|iframe|object|embed)\\b|javascript:",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_LENGTH = 120;

    private final ApplicationProperties properties;
    private final MessageSource messages;
    private final Tika tika = new Tika();

    EvidenceDocumentPolicy(ApplicationProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    /** The largest document these rules accept, for an upload field to tell the browser. */
    public int maxDocumentBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 1L, properties.maxDocumentBytes());
    }

    public record AcceptedDocument(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Adds every problem with the document to {@code problems}; returns the document when there is none. */
    public Optional<AcceptedDocument> check(UploadedDocument document, List<UserMessage> problems) {
        if (document == null || document.content() == null) {
            problems.add(UserMessage.of("problem.document.missing"));
            return Optional.empty();
        }
        byte[] content = document.content();
        String name = displayName(document.fileName());
        if (content.length == 0) {
            problems.add(UserMessage.of("problem.document.empty", name));
            return Optional.empty();
        }
        if (content.length > properties.maxDocumentBytes()) {
            problems.add(UserMessage.of("problem.document.too-large", name, readableSize(content.length),
                    readableSize(properties.maxDocumentBytes())));
            return Optional.empty();
        }
        String type = tika.detect(content);
        if (ZipArchiveInspection.isZip(content)) {
            // looked into with bounds before anything else reads it: DOCX, ODT and every other ZIP
            ZipArchiveInspection.Result archive = ZipArchiveInspection.inspect(content);
            if (archive.verdict() != ZipArchiveInspection.Verdict.SOUND) {
                problems.add(UserMessage.of(archive.verdict() == ZipArchiveInspection.Verdict.BOMB
                        ? "problem.document.archive-bomb" : "problem.document.archive-damaged", name));
                return Optional.empty();
            }
            // Word documents are ZIP containers: their main part confirms them
            if ((OOXML_CONTAINER.equals(type) || "application/zip".equals(type)) && archive.hasWordDocument()) {
                type = DOCX;
            }
        }
        if (!ACCEPTED.containsKey(type)) {
            problems.add(UserMessage.of("problem.document.type", name, type));
            return Optional.empty();
        }
        if (type.equals(PDF)) {
            PdfContentInspection.Finding finding = PdfContentInspection.inspect(content, MARKUP);
            if (finding != PdfContentInspection.Finding.NONE) {
                problems.add(UserMessage.of(finding == PdfContentInspection.Finding.SCRIPT
                        ? "problem.document.pdf-script" : "problem.document.polyglot", name));
                return Optional.empty();
            }
        }
        if (type.equals("text/plain") && hasMarkup(content)) {
            problems.add(UserMessage.of("problem.document.markup", name));
            return Optional.empty();
        }
        return Optional.of(new AcceptedDocument(safeFileName(document.fileName(), ACCEPTED.get(type)), type, content,
                Sha256.hex(content)));
    }

    /**
     * Markup in the text as a browser would read it: in the encoding its byte order mark
     * names (UTF-16 and UTF-32 too), and with NUL bytes dropped, which finds ASCII markup in
     * UTF-16 or UTF-32 without a mark.
     */
    private static boolean hasMarkup(byte[] content) {
        String decoded = new String(content, charsetOf(content));
        byte[] withoutNul = new byte[content.length];
        int length = 0;
        for (byte b : content) {
            if (b != 0) {
                withoutNul[length++] = b;
            }
        }
        return MARKUP.matcher(decoded).find()
                || MARKUP.matcher(new String(withoutNul, 0, length, StandardCharsets.ISO_8859_1)).find();
    }

    private static Charset charsetOf(byte[] b) {
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Keeps the last path segment and harmless characters only, and ends the name with the type's extension. */
    static String safeFileName(String original, String extension) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[.\\s]+", "").strip();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        if (name.isBlank()) {
            name = "evidence";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        return name + "." + extension.toLowerCase(Locale.ROOT);
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "?";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) + "…" : name;
    }

    /** A size in the reader's language (the window's, else the request's), for a problem's text. */
    String readableSize(long bytes) {
        return FileSize.readable(bytes, messages, ReaderLanguage.current());
    }
}
