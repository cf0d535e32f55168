package eu.skills4cities.citycert.application;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * What a PDF carries besides pages: JavaScript ({@code /JS}, {@code /JavaScript}, an
 * {@code /OpenAction} or {@code /AA} running a script), a {@code /Launch} action that starts
 * a program, or web markup that makes the same bytes an HTML page too (a polyglot).
 * Two looks: the file's own text outside its streams (names decoded, so {@code /J#53} is
 * {@code /JS}), and every object as OpenPDF reads it, which also finds the objects packed
 * into compressed object streams.
 */
final class PdfContentInspection {

    enum Finding { NONE, SCRIPT, MARKUP }

    /** The names of actions and keys that run something. */
    private static final Set<String> ACTIVE_NAMES = Set.of("JS", "JavaScript", "Launch");
    private static final Pattern NAME = Pattern.compile("/([^\\s/<>\\[\\]()%{}]+)");
    private static final Pattern HEX_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final Pattern STREAM_BODY = Pattern.compile("stream\\r?\\n.*?endstream", Pattern.DOTALL);

    private PdfContentInspection() {
    }

    static Finding inspect(byte[] pdf, Pattern markup) {
        // ISO-8859-1 maps every byte to one char, so offsets and bytes stay as they are
        String text = STREAM_BODY.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).replaceAll("stream endstream");
        if (hasActiveName(text)) {
            return Finding.SCRIPT;
        }
        if (markup.matcher(text).find()) {
            return Finding.MARKUP;
        }
        return hasActiveObject(pdf) ? Finding.SCRIPT : Finding.NONE;
    }

    private static boolean hasActiveName(String text) {
        Matcher names = NAME.matcher(text);
        while (names.find()) {
            if (ACTIVE_NAMES.contains(decode(names.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Every object OpenPDF finds, including those inside object streams; a damaged file is left to the raw look. */
    private static boolean hasActiveObject(byte[] pdf) {
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (Exception | StackOverflowError e) {
            return false;
        }
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object;
                try {
                    object = reader.getPdfObject(i);
                } catch (RuntimeException e) {
                    continue;
                }
                if (object instanceof PdfDictionary dictionary && isActive(dictionary)) {
                    return true;
                }
            }
            return false;
        } finally {
            reader.close();
        }
    }

    private static boolean isActive(PdfDictionary dictionary) {
        for (PdfName key : dictionary.getKeys()) {
            if (ACTIVE_NAMES.contains(decode(key))) {
                return true;
            }
        }
        PdfObject type = dictionary.get(PdfName.S);
        return type instanceof PdfName name && ACTIVE_NAMES.contains(decode(name));
    }

    private static String decode(PdfName name) {
        String text = name.toString();
        return decode(text.startsWith("/") ? text.substring(1) : text);
    }

    private static String decode(String name) {
        return HEX_ESCAPE.matcher(name).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
}
