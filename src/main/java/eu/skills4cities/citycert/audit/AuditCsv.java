package eu.skills4cities.citycert.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180) as the certificate register writes it: CRLF line ends, quotes when a cell needs
 * them, and a leading apostrophe on a text cell that starts like a spreadsheet formula
 * ({@code = + - @}, tab or carriage return), so opening the file never runs what someone typed.
 */
final class AuditCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void line(List<String> values) throws IOException {
        out.write(String.join(",", values.stream().map(AuditCsv::text).toList()));
        out.write("\r\n");
    }

    /** A text cell, defused when a spreadsheet would read it as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        String cell = formula ? "'" + value : value;
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
