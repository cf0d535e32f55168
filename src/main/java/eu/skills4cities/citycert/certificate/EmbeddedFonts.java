package eu.skills4cities.citycert.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of certificate PDFs: Liberation (openpdf-fonts-extra, SIL Open Font License),
 * embedded as subsets with Unicode encoding, because PDF/A allows no font that is not inside
 * the file. Loaded once; OpenPDF's fonts are safe to share between documents.
 */
public final class EmbeddedFonts {

    public static final BaseFont SANS = load("LiberationSans-Regular.ttf");
    public static final BaseFont SANS_BOLD = load("LiberationSans-Bold.ttf");
    public static final BaseFont SERIF_BOLD = load("LiberationSerif-Bold.ttf");
    public static final BaseFont SERIF_ITALIC = load("LiberationSerif-Italic.ttf");
    public static final BaseFont SERIF_BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private EmbeddedFonts() {
    }

    /** The text as it fits the width at the size: whole, or shortened with an ellipsis. */
    public static String fitted(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && font.getWidthPoint(shortened + "…", size) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }

    private static BaseFont load(String file) {
        String path = "liberation/" + file;
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is not on the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
