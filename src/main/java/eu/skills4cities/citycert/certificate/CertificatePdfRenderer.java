package eu.skills4cities.citycert.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as an A4 landscape PDF with OpenPDF. The texts come from the message
 * bundle; signing, the QR code and PDF/A come with the certificate feature.
 */
@Component
class CertificatePdfRenderer {

    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x1A, 0x7F, 0x86);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;

    CertificatePdfRenderer(MessageSource messages) {
        this.messages = messages;
    }

    /** What a certificate states; {@code unitTitle} is null for a role certificate. */
    record Content(String number, String holderName, String roleTitle, String unitTitle, Integer eqfLevel,
                   String frameworkVersion,
                   LocalDate issuedOn, LocalDate validUntil, String issuerName) {
    }

    byte[] render(Content content) {
        Locale locale = Locale.ENGLISH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("certificate.pdf.title", locale) + " " + content.number());
        document.addAuthor(content.issuerName());
        document.addCreator("CityCert");
        document.open();
        drawFrame(writer.getDirectContent(), document.getPageSize());

        centered(document, content.issuerName().toUpperCase(Locale.ENGLISH), font(12, Font.BOLD, ACCENT), 18);
        boolean unit = content.unitTitle() != null;
        centered(document, text(unit ? "certificate.pdf.unit-title" : "certificate.pdf.title", locale),
                font(34, Font.BOLD, INK), 30);
        centered(document, text("certificate.pdf.certifies", locale), font(14, Font.NORMAL, INK), 14);
        centered(document, content.holderName(), font(28, Font.BOLDITALIC, INK), 14);
        if (unit) {
            centered(document, text("certificate.pdf.competent-in", locale), font(14, Font.NORMAL, INK), 10);
            centered(document, content.unitTitle(), font(22, Font.BOLD, ACCENT), 4);
            centered(document, messages.getMessage("certificate.pdf.unit-of", new Object[] {content.roleTitle()},
                    locale), font(12, Font.NORMAL, INK), 4);
        } else {
            centered(document, text("certificate.pdf.competent-as", locale), font(14, Font.NORMAL, INK), 10);
            centered(document, content.roleTitle(), font(22, Font.BOLD, ACCENT), 4);
        }
        String level = content.eqfLevel() == null ? "" : messages.getMessage("certificate.pdf.eqf",
                new Object[] {String.valueOf(content.eqfLevel())}, locale);
        String version = content.frameworkVersion() == null || content.frameworkVersion().isBlank() ? ""
                : messages.getMessage("certificate.pdf.framework", new Object[] {content.frameworkVersion()}, locale);
        centered(document, (level + "   " + version).strip(), font(11, Font.NORMAL, INK), 30);
        centered(document, text("certificate.pdf.number", locale) + "  " + content.number(), font(12, Font.NORMAL, INK), 6);
        centered(document, text("certificate.pdf.issued", locale) + "  " + DATE.format(content.issuedOn())
                + "        " + text("certificate.pdf.valid-until", locale) + "  " + DATE.format(content.validUntil()),
                font(12, Font.NORMAL, INK), 6);
        document.close();
        return out.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    private static void centered(Document document, String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }

    private static void drawFrame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3f);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(0.75f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        canvas.restoreState();
    }
}
