package eu.skills4cities.citycert.audit;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.skills4cities.citycert.certificate.EmbeddedFonts;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a case record as an unsigned PDF/A-1b document (embedded Liberation fonts, XMP, an
 * sRGB output intent, like the certificate): the application's header, its documents with their
 * SHA-256, and every entry with when, who, what and why. Page 1 leaves room at its foot for the
 * seal's visible block ({@link #SEAL_LEFT}…).
 */
@Component
class CaseFilePdf {

    static final float SEAL_LEFT = 36;
    static final float SEAL_BOTTOM = 30;
    static final float SEAL_RIGHT = 360;
    static final float SEAL_TOP = 90;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF2);

    private final MessageSource messages;
    private final FrameworkCatalogue framework;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final Font title = new Font(EmbeddedFonts.SANS_BOLD, 15);
    private final Font heading = new Font(EmbeddedFonts.SANS_BOLD, 11);
    private final Font bold = new Font(EmbeddedFonts.SANS_BOLD, 8);
    private final Font plain = new Font(EmbeddedFonts.SANS, 8);
    private final Font small = new Font(EmbeddedFonts.SANS, 6.5f);

    CaseFilePdf(MessageSource messages, FrameworkCatalogue framework) {
        this.messages = messages;
        this.framework = framework;
    }

    /** The record as a PDF/A-1b document, its labels in the reader's language. */
    byte[] render(ApplicationCaseRecord record, String exportedBy, Instant exportedAt, String issuerName,
                  Locale locale) {
        CaseRecordHeader header = record.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, SEAL_TOP + 14);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        document.addTitle(text("case-file.pdf.title", locale) + " " + header.number());
        document.addAuthor(issuerName);
        document.addCreator("CityCert");
        document.addCreationDate();
        document.open();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.createXmpMetadata();

        document.add(new Paragraph(text("case-file.pdf.title", locale) + " " + header.number(), title));
        document.add(new Paragraph(text("case-file.pdf.exported", locale, issuerName, exportedBy,
                TIME.format(exportedAt)), small));
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        row(facts, text("case-record.header.candidate", locale), header.candidateName() + " (" + header.candidateUsername() + ")");
        // the role as the application's own version names it, in the reader's language (English where it has none)
        java.util.UUID version = header.frameworkVersionId();
        String role = framework.titles(version == null ? java.util.List.of() : java.util.List.of(version), locale)
                .role(version, header.roleCode(), header.roleTitle()).text();
        row(facts, text("case-record.header.role", locale), header.roleCode() + " – " + role
                + " (" + header.frameworkVersion() + ")");
        row(facts, text("case-record.header.status", locale), text("status." + header.status().name(), locale));
        row(facts, text("case-record.header.submitted", locale), time(header.submittedAt()));
        row(facts, text("case-record.header.decided", locale), time(header.decidedAt()));
        row(facts, text("case-record.header.certificates", locale), String.join(", ", header.certificates()));
        if (!record.complete()) {
            row(facts, text("case-record.header.part", locale), record.viewer());
        }
        document.add(facts);

        document.add(section(text("case-file.pdf.documents", locale)));
        PdfPTable docs = new PdfPTable(new float[] {3, 5, 2});
        docs.setWidthPercentage(100);
        head(docs, text("case-file.pdf.document", locale), "SHA-256", text("case-file.pdf.uploaded", locale));
        for (CaseDocument d : header.documents()) {
            cell(docs, (d.title() == null ? "" : d.title() + " – ") + d.fileName(), plain);
            cell(docs, d.sha256(), small);
            cell(docs, time(d.uploadedAt()), plain);
        }
        document.add(docs);

        document.add(section(text("case-file.pdf.entries", locale, record.entries().size())));
        PdfPTable entries = new PdfPTable(new float[] {2.2f, 1.6f, 2.4f, 3.8f});
        entries.setWidthPercentage(100);
        entries.setHeaderRows(1);
        head(entries, text("case-record.column.when", locale), text("case-record.column.who", locale),
                text("case-record.column.what", locale), text("case-record.column.why", locale));
        for (CaseRecordEntry e : record.entries()) {
            cell(entries, time(e.at()), plain);
            cell(entries, e.actor(), plain);
            cell(entries, text("case-record.kind." + e.kind().name(), locale)
                    + (e.subject() == null ? "" : ": " + e.subject()), plain);
            String facts1 = facts(e.facts(), locale);
            cell(entries, (e.reason() == null ? "" : e.reason() + (facts1.isEmpty() ? "" : "\n")) + facts1, small);
        }
        document.add(entries);
        document.close();
        return out.toByteArray();
    }

    /** The facts as "name: value" lines, the names translated where the bundle has them. */
    String facts(Map<String, String> facts, Locale locale) {
        return facts.entrySet().stream().map(f -> messages.getMessage("case-record.fact." + f.getKey(), null,
                f.getKey(), locale) + ": " + f.getValue()).collect(Collectors.joining(" · "));
    }

    private Paragraph section(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private void row(PdfPTable table, String label, String value) {
        cell(table, label, bold);
        cell(table, value, plain);
    }

    private void head(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label, bold));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static String time(Instant at) {
        return at == null ? "–" : TIME.format(at);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
