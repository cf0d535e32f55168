package eu.skills4cities.citycert.certificate;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as an A4 landscape PDF/A-1b with OpenPDF: embedded Liberation fonts,
 * XMP metadata, an sRGB output intent, and a QR code to the public verification page, drawn as
 * vector modules. The lower middle of the page is left free for the visible signature block
 * that {@code PadesSigner} adds ({@link #SEAL_AREA}). The texts come from the message bundle.
 *
 * <p>Longer than our usual 300 lines because it is the layout of one page, top to bottom, with
 * its PDF/A set-up; split into pieces, the coordinates that depend on each other would be apart.
 */
@Component
public class CertificatePdfRenderer {

    /** The document information entry that carries the certificate number (shown in a reader's properties). */
    public static final String NUMBER_INFO_KEY = "CertificateNumber";
    /** Where the visible signature block goes: lower left x, lower left y, upper right x, upper right y. */
    public static final Rectangle SEAL_AREA = new Rectangle(281, 52, 561, 104);

    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x1A, 0x7F, 0x86);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    private static final Color MUTED = new Color(0x5B, 0x64, 0x78);
    private static final Color PAPER = new Color(0xFB, 0xFA, 0xF6);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    CertificatePdfRenderer(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * What a certificate states.
     *
     * @param unitTitle       null for a role certificate
     * @param units           the units certified (a unit certificate: its one unit)
     * @param verificationUrl where the QR code leads: the certificate's public verification page
     */
    public record Content(String number, String holderName, String roleTitle, String unitTitle, Integer eqfLevel,
                          String frameworkVersion, List<CertifiedUnit> units, LocalDate issuedOn,
                          LocalDate validUntil, String issuerName, String verificationUrl) {

        public Content {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /** The certificate as an unsigned PDF/A-1b document. */
    public byte[] render(Content content) {
        Locale locale = Locale.ENGLISH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        boolean unit = content.unitTitle() != null;
        document.addTitle(text(unit ? "certificate.pdf.unit-title" : "certificate.pdf.title", locale) + " "
                + content.number());
        document.addSubject(content.holderName() + " – " + (unit ? content.unitTitle() : content.roleTitle()));
        document.addAuthor(content.issuerName());
        document.addCreator("CityCert");
        document.addCreationDate();
        writer.getInfo().put(new PdfName(NUMBER_INFO_KEY), new PdfString(content.number()));
        document.open();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.createXmpMetadata();
        // PDF/A needs a page that draws something with an embedded font from the first page on
        PdfContentByte canvas = writer.getDirectContent();
        drawBackground(canvas, page);
        drawBody(canvas, page, content, unit, locale);
        drawFooter(canvas, page, content, locale);
        document.close();
        return out.toByteArray();
    }

    private void drawBody(PdfContentByte canvas, Rectangle page, Content content, boolean unit, Locale locale) {
        float centre = page.getWidth() / 2;
        float y = page.getHeight() - 92;
        spacedLine(canvas, content.issuerName().toUpperCase(Locale.ENGLISH), 11, ACCENT, centre, y);
        y -= 52;
        line(canvas, text(unit ? "certificate.pdf.unit-title" : "certificate.pdf.title", locale), EmbeddedFonts.SERIF_BOLD, 40,
                INK, centre, y);
        y -= 16;
        rule(canvas, centre, y, 60);
        y -= 30;
        line(canvas, text("certificate.pdf.certifies", locale), EmbeddedFonts.SERIF_ITALIC, 14, MUTED, centre, y);
        y -= 40;
        float nameSize = fitting(content.holderName(), EmbeddedFonts.SERIF_BOLD_ITALIC, 32, page.getWidth() - 220);
        line(canvas, content.holderName(), EmbeddedFonts.SERIF_BOLD_ITALIC, nameSize, INK, centre, y);
        y -= 30;
        line(canvas, text(unit ? "certificate.pdf.competent-in" : "certificate.pdf.competent-as", locale),
                EmbeddedFonts.SERIF_ITALIC, 14, MUTED, centre, y);
        y -= 30;
        String title = unit ? content.unitTitle() : content.roleTitle();
        line(canvas, title, EmbeddedFonts.SANS_BOLD, fitting(title, EmbeddedFonts.SANS_BOLD, 22, page.getWidth() - 220), ACCENT, centre, y);
        y -= 20;
        String level = content.eqfLevel() == null ? "" : messages.getMessage("certificate.pdf.eqf",
                new Object[] {String.valueOf(content.eqfLevel())}, locale);
        String unitCode = unit && !content.units().isEmpty() ? content.units().get(0).code() : "";
        String subtitle = unit ? messages.getMessage("certificate.pdf.unit-of",
                new Object[] {content.roleTitle(), unitCode}, locale) + (level.isEmpty() ? "" : "  ·  " + level) : level;
        line(canvas, subtitle, EmbeddedFonts.SANS, 11, INK, centre, y);
        if (!unit && !content.units().isEmpty()) {
            y -= 26;
            spacedLine(canvas, text("certificate.pdf.units", locale).toUpperCase(Locale.ENGLISH), 8, MUTED, centre, y);
            drawUnits(canvas, content.units(), centre, y - 6);
        }
    }

    /** The units in one or two columns of small print, centred as a block. */
    private static void drawUnits(PdfContentByte canvas, List<CertifiedUnit> units, float centre, float top) {
        int columns = units.size() > 4 ? 2 : 1;
        int perColumn = (units.size() + columns - 1) / columns;
        float size = units.size() > 10 ? 7.5f : 9;
        float maxColumn = columns == 1 ? 520 : 300;
        float gap = 36;
        float[] widths = new float[columns];
        for (int i = 0; i < units.size(); i++) {
            widths[i / perColumn] = Math.max(widths[i / perColumn],
                    Math.min(maxColumn, EmbeddedFonts.SANS.getWidthPoint(label(units.get(i)), size)));
        }
        float total = gap * (columns - 1);
        for (float width : widths) {
            total += width;
        }
        float x = centre - total / 2;
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < perColumn && column * perColumn + row < units.size(); row++) {
                String text = EmbeddedFonts.fitted(label(units.get(column * perColumn + row)), EmbeddedFonts.SANS,
                        size, maxColumn);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(text, font(EmbeddedFonts.SANS, size, INK)), x, top - (row + 1) * (size + 4), 0);
            }
            x += widths[column] + gap;
        }
    }

    private static String label(CertifiedUnit unit) {
        return unit.code() + "  " + unit.title();
    }

    private void drawFooter(PdfContentByte canvas, Rectangle page, Content content, Locale locale) {
        float left = 80;
        float y = 150;
        String[][] facts = {
                {text("certificate.pdf.number", locale), content.number()},
                {text("certificate.pdf.issued", locale), DATE.format(content.issuedOn())},
                {text("certificate.pdf.valid-until", locale), DATE.format(content.validUntil())},
                {text("certificate.pdf.framework-label", locale), content.frameworkVersion() == null ? ""
                        : content.frameworkVersion()},
        };
        for (String[] fact : facts) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(fact[0].toUpperCase(Locale.ENGLISH), font(EmbeddedFonts.SANS_BOLD, 7, MUTED)), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(EmbeddedFonts.fitted(fact[1], EmbeddedFonts.SANS, 10, 200), font(EmbeddedFonts.SANS, 10, INK)),
                    left, y - 12, 0);
            y -= 26;
        }
        // the QR code to the verification page, lower right
        float qrSize = 92;
        float qrX = page.getWidth() - 80 - qrSize;
        float qrY = 62;
        CertificateQrCode.draw(canvas, content.verificationUrl(), qrX, qrY, qrSize, INK);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(text("certificate.pdf.verify", locale), font(EmbeddedFonts.SANS_BOLD, 7, MUTED)),
                qrX + qrSize / 2, qrY + qrSize + 8, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(EmbeddedFonts.fitted(content.verificationUrl(), EmbeddedFonts.SANS, 6.5f, 300), font(EmbeddedFonts.SANS, 6.5f, MUTED)),
                qrX + qrSize, qrY - 10, 0);
        // above the signature block: who certifies
        float centre = (SEAL_AREA.getLeft() + SEAL_AREA.getRight()) / 2;
        canvas.saveState();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(SEAL_AREA.getLeft(), SEAL_AREA.getTop() + 8);
        canvas.lineTo(SEAL_AREA.getRight(), SEAL_AREA.getTop() + 8);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(EmbeddedFonts.fitted(content.issuerName(), EmbeddedFonts.SANS_BOLD, 10, SEAL_AREA.getWidth()),
                        font(EmbeddedFonts.SANS_BOLD, 10, INK)), centre, SEAL_AREA.getTop() + 14, 0);
    }

    private static void drawBackground(PdfContentByte canvas, Rectangle page) {
        float w = page.getWidth();
        float h = page.getHeight();
        canvas.saveState();
        canvas.setColorFill(PAPER);
        canvas.rectangle(0, 0, w, h);
        canvas.fill();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(5f);
        canvas.rectangle(24, 24, w - 48, h - 48);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(34, 34, w - 68, h - 68);
        canvas.stroke();
        // corner ornaments
        canvas.setColorFill(GOLD);
        for (float[] corner : new float[][] {{34, 34}, {w - 34, 34}, {34, h - 34}, {w - 34, h - 34}}) {
            diamond(canvas, corner[0], corner[1], 7);
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static void diamond(PdfContentByte canvas, float x, float y, float r) {
        canvas.moveTo(x, y + r);
        canvas.lineTo(x + r, y);
        canvas.lineTo(x, y - r);
        canvas.lineTo(x - r, y);
        canvas.closePath();
    }

    private static void rule(PdfContentByte canvas, float centre, float y, float halfWidth) {
        canvas.saveState();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.2f);
        canvas.moveTo(centre - halfWidth, y);
        canvas.lineTo(centre + halfWidth, y);
        canvas.stroke();
        canvas.setColorFill(GOLD);
        diamond(canvas, centre, y, 4);
        canvas.fill();
        canvas.restoreState();
    }

    private void line(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, font(font, size, color)), x, y, 0);
    }

    /** The largest size up to {@code size} at which the text fits the width. */
    private static float fitting(String text, BaseFont font, float size, float width) {
        float fitted = size;
        while (fitted > 10 && font.getWidthPoint(text, fitted) > width) {
            fitted -= 1;
        }
        return fitted;
    }

    /** Letter-spaced bold capitals, as engraved. */
    private static void spacedLine(PdfContentByte canvas, String text, float size, Color color, float x, float y) {
        Chunk chunk = new Chunk(text, font(EmbeddedFonts.SANS_BOLD, size, color));
        chunk.setCharacterSpacing(size * 0.25f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(chunk), x, y, 0);
    }

    private static com.lowagie.text.Font font(BaseFont font, float size, Color color) {
        return new com.lowagie.text.Font(font, size, com.lowagie.text.Font.NORMAL, color);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
