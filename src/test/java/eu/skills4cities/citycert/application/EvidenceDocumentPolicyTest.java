package eu.skills4cities.citycert.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.UserMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence is accepted by its content (Apache Tika), never by its name; every refusal says why. */
class EvidenceDocumentPolicyTest {

    private final EvidenceDocumentPolicy policy = new EvidenceDocumentPolicy(new ApplicationProperties(4096, 1_000_000), TestMessages.bundle());

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void accepts_each_allowed_type_and_names_it_after_its_real_type() throws IOException {
        assertAccepted("cv.pdf", TestDocuments.pdf(), "application/pdf", "cv.pdf");
        assertAccepted("photo.PNG", PNG, "image/png", "photo.png");
        assertAccepted("scan.jpeg", jpeg(), "image/jpeg", "scan.jpg");
        assertAccepted("letter.docx", docx(), EvidenceDocumentPolicy.DOCX, "letter.docx");
        assertAccepted("report.odt", odt(), "application/vnd.oasis.opendocument.text", "report.odt");
        assertAccepted("notes.txt", "Three years of smart lighting projects.".getBytes(StandardCharsets.UTF_8),
                "text/plain", "notes.txt");
        assertAccepted("portfolio.pdf.png", PNG, "image/png", "portfolio.pdf.png");
    }

    @Test
    void a_renamed_executable_is_refused_with_the_type_found() {
        byte[] windows = new byte[256];
        System.arraycopy("MZ".getBytes(StandardCharsets.US_ASCII), 0, windows, 0, 2);
        byte[] linux = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, linux, 0, 7);

        assertThat(refusal("invoice.pdf", windows)).startsWith("The file \"invoice.pdf\" is not accepted: its content is ")
                .doesNotContain("application/pdf");
        assertThat(refusal("cv.pdf", linux)).contains("application/x-");
    }

    @Test
    void html_and_svg_are_refused_whatever_their_name() {
        assertThat(refusal("cv.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes()))
                .isEqualTo("The file \"cv.pdf\" is not accepted: its content is text/html, whatever its name says. "
                        + "Accepted are PDF, PNG, JPEG, DOCX, ODT and plain text.");
        assertThat(refusal("logo.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes()))
                .contains("image/svg+xml");
    }

    @Test
    void plain_text_carrying_script_is_refused() {
        assertThat(refusal("notes.txt", "My notes.\n<script>steal()</script>\n".getBytes()))
                .isEqualTo("The file \"notes.txt\" is text with web markup or script in it, which is not accepted as evidence.");
    }

    @Test
    void empty_and_oversized_files_are_refused_saying_the_limit() {
        byte[] big = new byte[5000];
        System.arraycopy(TestDocuments.pdf(), 0, big, 0, TestDocuments.pdf().length);

        assertThat(refusal("a.pdf", new byte[0])).isEqualTo("The file \"a.pdf\" is empty.");
        assertThat(refusal("b.pdf", big)).isEqualTo("The file \"b.pdf\" has 4.9 KB; the limit is 4.0 KB a file.");
    }

    @Test
    void a_size_is_written_in_the_readers_language() {
        java.util.Locale german = java.util.Locale.GERMAN;
        org.springframework.context.i18n.LocaleContextHolder.setLocale(german);
        try {
            assertThat(policy.readableSize(5000)).isEqualTo("4,9 KB");
            assertThat(policy.readableSize(512)).isEqualTo("512 Byte");
            assertThat(policy.readableSize(20L * 1024 * 1024)).isEqualTo("20,0 MB");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(policy.readableSize(512)).isEqualTo("512 bytes");
        assertThat(eu.skills4cities.citycert.base.FileSize.readable(1536, TestMessages.bundle(),
                java.util.Locale.forLanguageTag("el"))).isEqualTo("1,5 KB");
    }

    @Test
    void a_path_in_the_name_is_dropped() {
        List<UserMessage> problems = new ArrayList<>();
        var accepted = policy.check(new UploadedDocument("../../etc/passwd", "text/plain",
                "just text".getBytes(StandardCharsets.UTF_8)), problems);

        assertThat(accepted).hasValueSatisfying(doc -> assertThat(doc.fileName()).isEqualTo("passwd.txt"));
        assertThat(EvidenceDocumentPolicy.safeFileName("C:\\Users\\me\\My CV<1>.PDF", "pdf")).isEqualTo("My CV_1_.pdf");
        assertThat(EvidenceDocumentPolicy.safeFileName("..", "pdf")).isEqualTo("evidence.pdf");
        assertThat(EvidenceDocumentPolicy.safeFileName(null, "txt")).isEqualTo("evidence.txt");
    }

    @Test
    void a_docx_that_inflates_to_a_gibibyte_is_refused_without_being_inflated() throws IOException {
        byte[] bomb = EvidenceBombs.docxInflatingTo(1L << 30);
        assertThat(bomb.length).as("about a megabyte on the wire").isLessThan(1_100_000);
        EvidenceDocumentPolicy roomy = new EvidenceDocumentPolicy(new ApplicationProperties(2_000_000, 10_000_000), TestMessages.bundle());

        List<UserMessage> problems = new ArrayList<>();
        assertThat(roomy.check(new UploadedDocument("cv.docx", "application/pdf", bomb), problems)).isEmpty();

        assertThat(TestMessages.english(problems)).containsExactly("The file \"cv.docx\" is not accepted: it unpacks "
                + "to far more than its own size (or has too many parts), as archive bombs do.");
    }

    @Test
    void an_archive_with_too_many_parts_or_a_damaged_one_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "word/document.xml", "<w:document/>", false);
            for (int i = 0; i < ZipArchiveInspection.MAX_ENTRIES; i++) {
                put(zip, "part" + i, "", false);
            }
        }
        byte[] damaged = docx();
        // the first entry's deflated data starts after its 30-byte header and its 19-character name
        java.util.Arrays.fill(damaged, 49, 60, (byte) 0xFF);
        EvidenceDocumentPolicy roomy = new EvidenceDocumentPolicy(new ApplicationProperties(2_000_000, 10_000_000), TestMessages.bundle());

        List<UserMessage> problems = new ArrayList<>();
        roomy.check(new UploadedDocument("many.docx", null, out.toByteArray()), problems);
        assertThat(TestMessages.english(problems)).singleElement().asString().contains("archive bombs");
        assertThat(refusal("broken.docx", damaged)).contains("is not accepted");
    }

    @Test
    void a_pdf_that_runs_javascript_on_opening_is_refused_also_when_the_script_hides_in_an_object_stream() {
        assertThat(refusal("cv.pdf", EvidenceBombs.pdfWithOpenActionJavaScript()))
                .isEqualTo("The file \"cv.pdf\" is not accepted: the PDF carries JavaScript or an action that starts "
                        + "a program.");
        assertThat(refusal("cv.pdf", EvidenceBombs.pdfWithHexEscapedJavaScriptName())).contains("JavaScript");
        assertThat(refusal("cv.pdf", EvidenceBombs.openPdfWithJavaScript(true))).contains("JavaScript");
        assertThat(refusal("cv.pdf", EvidenceBombs.openPdfWithJavaScript(false))).contains("JavaScript");
        assertThat(new String(EvidenceBombs.openPdfWithJavaScript(true), StandardCharsets.ISO_8859_1))
                .as("hidden: no script in the raw bytes").doesNotContain("/JS", "/JavaScript", "app.alert");
    }

    @Test
    void a_pdf_with_a_launch_action_is_refused() {
        assertThat(refusal("cv.pdf", EvidenceBombs.openPdfWithLaunchAction())).contains("starts a program");
    }

    @Test
    void a_pdf_that_is_also_a_web_page_is_refused() {
        assertThat(refusal("cv.pdf", EvidenceBombs.pdfHtmlPolyglot()))
                .isEqualTo("The file \"cv.pdf\" is not accepted: it is a PDF with web markup or script in it.");
    }

    @Test
    void an_ordinary_generated_pdf_with_compressed_streams_is_still_accepted() {
        EvidenceDocumentPolicy roomy = new EvidenceDocumentPolicy(new ApplicationProperties(2_000_000, 10_000_000), TestMessages.bundle());
        List<UserMessage> problems = new ArrayList<>();
        assertThat(roomy.check(new UploadedDocument("cv.pdf", null, EvidenceBombs.openPdfPlain()), problems)).isPresent();
        assertThat(problems).isEmpty();
    }

    @Test
    void text_is_checked_for_markup_in_its_real_encoding() {
        byte[] utf16Html = EvidenceBombs.utf16LeWithBom("<html><body><script>alert(1)</script></body></html>");
        byte[] utf16NoBom = java.util.Arrays.copyOfRange(utf16Html, 2, utf16Html.length);

        assertThat(refusal("notes.txt", utf16Html)).satisfiesAnyOf(
                text -> assertThat(text).contains("web markup"), text -> assertThat(text).contains("text/html"));
        assertThat(refusal("notes.txt", utf16NoBom)).contains("is not accepted");
        assertAccepted("notes.txt", EvidenceBombs.utf16LeWithBom("Three years of smart lighting projects."),
                "text/plain", "notes.txt");
    }

    private void assertAccepted(String name, byte[] content, String type, String storedName) {
        List<UserMessage> problems = new ArrayList<>();
        Optional<EvidenceDocumentPolicy.AcceptedDocument> accepted =
                policy.check(new UploadedDocument(name, "application/octet-stream", content), problems);
        assertThat(TestMessages.english(problems)).as(name).isEmpty();
        assertThat(accepted).as(name).hasValueSatisfying(doc -> {
            assertThat(doc.contentType()).isEqualTo(type);
            assertThat(doc.fileName()).isEqualTo(storedName);
            assertThat(doc.sha256()).hasSize(64).matches("[0-9a-f]+");
        });
    }

    private String refusal(String name, byte[] content) {
        List<UserMessage> problems = new ArrayList<>();
        assertThat(policy.check(new UploadedDocument(name, "application/pdf", content), problems)).isEmpty();
        assertThat(problems).hasSize(1);
        return TestMessages.english(problems.get(0));
    }

    private static byte[] jpeg() {
        byte[] jpeg = new byte[32];
        byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(header, 0, jpeg, 0, header.length);
        return jpeg;
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>", false);
            put(zip, "_rels/.rels", "<Relationships/>", false);
            put(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>", false);
        }
        return out.toByteArray();
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "mimetype", "application/vnd.oasis.opendocument.text", true);
            put(zip, "content.xml", "<office:document-content/>", false);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content, boolean stored) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
