package eu.skills4cities.citycert.certificate;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
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
 * <p>A certificate issued in another language than English is bilingual: each text in the holder's language, and
 * the English one beside it or under it, so that it is understood abroad. The Liberation fonts cover Latin, Greek
 * and Cyrillic.
 *
 * <p>Longer than our usual 300 lines because it is the layout of one page, top to bottom, with
 * its PDF/A set-up, in one language or two; split into pieces, the coordinates that depend on each other would be
 * apart. The texts themselves come from {@link CertificateTexts}.
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
    static final String BESIDE = "  ·  ";

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
                          LocalDate validUntil, String issuerName, String verificationUrl, Local local) {

        public Content {
            units = units == null ? List.of() : List.copyOf(units);
        }

        /** An English-only certificate. */
        public Content(String number, String holderName, String roleTitle, String unitTitle, Integer eqfLevel,
                       String frameworkVersion, List<CertifiedUnit> units, LocalDate issuedOn,
                       LocalDate validUntil, String issuerName, String verificationUrl) {
            this(number, holderName, roleTitle, unitTitle, eqfLevel, frameworkVersion, units, issuedOn, validUntil,
                    issuerName, verificationUrl, null);
        }

        boolean bilingual() {
            return local != null && !local.language().getLanguage().equals(Locale.ENGLISH.getLanguage());
        }
    }

    /**
     * What a certificate says in the holder's language besides English.
     *
     * @param unitTitle  for a unit certificate; null for a role certificate
     * @param unitTitles the certified units' titles, in the order of the content's units
     */
    public record Local(Locale language, String roleTitle, String unitTitle, List<String> unitTitles,
                        String issuerName) {

        public Local {
            unitTitles = List.copyOf(unitTitles);
        }
    }

    /** The certificate as an unsigned PDF/A-1b document. */
    public byte[] render(Content content) {
        Locale locale = content.bilingual() ? content.local().language() : Locale.ENGLISH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        boolean unit = content.unitTitle() != null;
        document.addTitle(text(unit ? "certificate.pdf.unit-title" : "certificate.pdf.title", Locale.ENGLISH) + " "
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
        CertificateTexts texts = new CertificateTexts(messages, content, locale);
        drawBody(canvas, page, content, unit, texts);
        drawFooter(canvas, page, content, texts);
        document.close();
        return out.toByteArray();
    }

    private void drawBody(PdfContentByte canvas, Rectangle page, Content content, boolean unit, CertificateTexts texts) {
        float centre = page.getWidth() / 2;
        float width = page.getWidth() - 220;
        boolean bilingual = texts.bilingual();
        float y = page.getHeight() - 92;
        spacedLine(canvas, caps(texts.issuer(), texts.locale()), 11, ACCENT, centre, y);
        if (bilingual && !texts.issuer().equals(content.issuerName())) {
            y -= 13;
            spacedLine(canvas, caps(content.issuerName(), Locale.ENGLISH), 7, MUTED, centre, y);
        }
        y -= bilingual ? 44 : 52;
        String heading = unit ? "certificate.pdf.unit-title" : "certificate.pdf.title";
        String localHeading = text(heading, texts.locale());
        line(canvas, localHeading, EmbeddedFonts.SERIF_BOLD, fitting(localHeading, EmbeddedFonts.SERIF_BOLD,
                bilingual ? 36 : 40, width), INK, centre, y);
        if (bilingual && !localHeading.equals(text(heading, Locale.ENGLISH))) {
            y -= 17;
            line(canvas, text(heading, Locale.ENGLISH), EmbeddedFonts.SERIF_ITALIC, 13, MUTED, centre, y);
            y -= 11;
        } else {
            y -= 16;
        }
        rule(canvas, centre, y, 60);
        y -= bilingual ? 26 : 30;
        line(canvas, texts.both("certificate.pdf.certifies"), EmbeddedFonts.SERIF_ITALIC, bilingual ? 13 : 14,
                MUTED, centre, y);
        y -= bilingual ? 36 : 40;
        float nameSize = fitting(content.holderName(), EmbeddedFonts.SERIF_BOLD_ITALIC, bilingual ? 30 : 32, width);
        line(canvas, content.holderName(), EmbeddedFonts.SERIF_BOLD_ITALIC, nameSize, INK, centre, y);
        y -= bilingual ? 26 : 30;
        String competent = unit ? "certificate.pdf.competent-in" : "certificate.pdf.competent-as";
        String competentText = texts.both(competent);
        line(canvas, competentText, EmbeddedFonts.SERIF_ITALIC, fitting(competentText, EmbeddedFonts.SERIF_ITALIC,
                bilingual ? 13 : 14, width), MUTED, centre, y);
        y -= bilingual ? 26 : 30;
        String title = unit ? texts.unitTitle() : texts.roleTitle();
        String englishTitle = unit ? content.unitTitle() : content.roleTitle();
        line(canvas, title, EmbeddedFonts.SANS_BOLD, fitting(title, EmbeddedFonts.SANS_BOLD, 22, width), ACCENT,
                centre, y);
        if (bilingual && !title.equals(englishTitle)) {
            y -= 15;
            line(canvas, englishTitle, EmbeddedFonts.SANS, fitting(englishTitle, EmbeddedFonts.SANS, 12, width), MUTED,
                    centre, y);
        }
        y -= bilingual ? 16 : 20;
        String unitCode = unit && !content.units().isEmpty() ? content.units().get(0).code() : "";
        String subtitle = subtitle(content, unit, unitCode, texts.roleTitle(), texts.locale());
        String englishSubtitle = subtitle(content, unit, unitCode, content.roleTitle(), Locale.ENGLISH);
        if (bilingual && unit && !subtitle.equals(englishSubtitle)) {
            line(canvas, subtitle, EmbeddedFonts.SANS, 11, INK, centre, y);
            y -= 14;
            line(canvas, englishSubtitle, EmbeddedFonts.SANS, 9, MUTED, centre, y);
        } else {
            String both = bilingual && !subtitle.equals(englishSubtitle) ? subtitle + BESIDE + englishSubtitle
                    : subtitle;
            line(canvas, both, EmbeddedFonts.SANS, 11, INK, centre, y);
        }
        if (!unit && !content.units().isEmpty()) {
            y -= bilingual ? 22 : 26;
            spacedLine(canvas, caps(texts.both("certificate.pdf.units"), texts.locale()), 8, MUTED, centre, y);
            drawUnits(canvas, unitLines(content, texts), centre, y - 6, bilingual ? 168 : 0);
        }
    }

    private static float widest(List<String[]> units, float size) {
        float widest = 0;
        for (String[] lines : units) {
            widest = Math.max(widest, EmbeddedFonts.SANS.getWidthPoint(lines[0], size));
        }
        return widest;
    }

    private String subtitle(Content content, boolean unit, String unitCode, String roleTitle, Locale locale) {
        String level = content.eqfLevel() == null ? "" : messages.getMessage("certificate.pdf.eqf",
                new Object[] {String.valueOf(content.eqfLevel())}, locale);
        return unit ? messages.getMessage("certificate.pdf.unit-of", new Object[] {roleTitle, unitCode}, locale)
                + (level.isEmpty() ? "" : BESIDE + level) : level;
    }

    /** Each unit as printed: its code and title, and on a bilingual certificate its English title under it. */
    private static List<String[]> unitLines(Content content, CertificateTexts texts) {
        List<String[]> lines = new java.util.ArrayList<>();
        for (int i = 0; i < content.units().size(); i++) {
            CertifiedUnit unit = content.units().get(i);
            String local = texts.unitTitle(i, unit.title());
            lines.add(texts.bilingual() && !local.equals(unit.title())
                    ? new String[] {unit.code() + "  " + local, unit.title()}
                    : new String[] {unit.code() + "  " + unit.title()});
        }
        return lines;
    }

    /**
     * The units in one or two columns of small print, centred as a block; a unit's second line (its English title)
     * in lighter print under the first. The rows keep above {@code bottom}.
     */
    private static void drawUnits(PdfContentByte canvas, List<String[]> units, float centre, float top,
                                  float bottom) {
        int columns = units.size() > 4 ? 2 : 1;
        int perColumn = (units.size() + columns - 1) / columns;
        int linesPerRow = units.stream().mapToInt(u -> u.length).max().orElse(1);
        float size = units.size() > 10 ? 7.5f : 9;
        float available = top - bottom;
        size = Math.max(6, Math.min(size, (available / perColumn - 4) / linesPerRow - 1));
        float maxColumn = columns == 1 ? 520 : linesPerRow > 1 ? 330 : 300;
        // on a bilingual certificate a long translated title gets smaller print before it gets an ellipsis
        while (linesPerRow > 1 && size > 7 && widest(units, size) > maxColumn) {
            size -= 0.5f;
        }
        float rowHeight = linesPerRow * (size + 1) + 4;
        float gap = 36;
        float[] widths = new float[columns];
        for (int i = 0; i < units.size(); i++) {
            for (String text : units.get(i)) {
                widths[i / perColumn] = Math.max(widths[i / perColumn],
                        Math.min(maxColumn, EmbeddedFonts.SANS.getWidthPoint(text, size)));
            }
        }
        float total = gap * (columns - 1);
        for (float width : widths) {
            total += width;
        }
        float x = centre - total / 2;
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < perColumn && column * perColumn + row < units.size(); row++) {
                String[] lines = units.get(column * perColumn + row);
                float y = top - row * rowHeight - (size + 4);
                for (int line = 0; line < lines.length; line++) {
                    float lineSize = line == 0 ? size : size - 1;
                    String text = EmbeddedFonts.fitted(lines[line], EmbeddedFonts.SANS, lineSize, maxColumn);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text,
                            font(EmbeddedFonts.SANS, lineSize, line == 0 ? INK : MUTED)), x, y - line * (size + 1), 0);
                }
            }
            x += widths[column] + gap;
        }
    }

    private void drawFooter(PdfContentByte canvas, Rectangle page, Content content, CertificateTexts texts) {
        float left = 80;
        float y = 150;
        String[][] facts = {
                {texts.both("certificate.pdf.number"), content.number()},
                {texts.both("certificate.pdf.issued"), texts.date(content.issuedOn())},
                {texts.both("certificate.pdf.valid-until"), texts.date(content.validUntil())},
                {texts.both("certificate.pdf.framework-label"), content.frameworkVersion() == null ? ""
                        : content.frameworkVersion()},
        };
        for (String[] fact : facts) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(EmbeddedFonts.fitted(
                    caps(fact[0], texts.locale()), EmbeddedFonts.SANS_BOLD, 7, 196), font(EmbeddedFonts.SANS_BOLD, 7,
                    MUTED)), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(EmbeddedFonts.fitted(fact[1], EmbeddedFonts.SANS, 10, 196), font(EmbeddedFonts.SANS, 10, INK)),
                    left, y - 12, 0);
            y -= 26;
        }
        // the QR code to the verification page, lower right
        float qrSize = 92;
        float qrX = page.getWidth() - 80 - qrSize;
        float qrY = 62;
        CertificateQrCode.draw(canvas, content.verificationUrl(), qrX, qrY, qrSize, INK);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(texts.both("certificate.pdf.verify"), font(EmbeddedFonts.SANS_BOLD, 7, MUTED)),
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
        boolean bothNames = texts.bilingual() && !texts.issuer().equals(content.issuerName());
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(EmbeddedFonts.fitted(texts.issuer(), EmbeddedFonts.SANS_BOLD, 10, SEAL_AREA.getWidth()),
                        font(EmbeddedFonts.SANS_BOLD, 10, INK)), centre, SEAL_AREA.getTop() + (bothNames ? 25 : 14), 0);
        if (bothNames) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(EmbeddedFonts.fitted(
                    content.issuerName(), EmbeddedFonts.SANS, 8, SEAL_AREA.getWidth()), font(EmbeddedFonts.SANS, 8,
                    MUTED)), centre, SEAL_AREA.getTop() + 14, 0);
        }
    }

    /**
     * Capitals as engraved; Greek capitals drop their accents (the tonos), as Greek typesetting does.
     */
    static String caps(String text, Locale locale) {
        String upper = text.toUpperCase(locale);
        if (!locale.getLanguage().equals("el")) {
            return upper;
        }
        return Normalizer.normalize(Normalizer.normalize(upper, Normalizer.Form.NFD).replace("\u0301", ""),
                Normalizer.Form.NFC);
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
