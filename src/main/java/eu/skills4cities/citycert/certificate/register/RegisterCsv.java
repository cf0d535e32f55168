package eu.skills4cities.citycert.certificate.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the register as CSV (RFC 4180): comma-separated, CRLF line ends, a field in double
 * quotes when it holds a comma, quote or line break, quotes inside doubled. A text cell that
 * starts like a spreadsheet formula ({@code = + - @}, tab or carriage return) gets a leading
 * apostrophe, so that opening the file never runs what a holder typed as their name.
 */
final class RegisterCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    RegisterCsv(Writer out) {
        this.out = out;
    }

    void header(List<String> titles) throws IOException {
        line(titles.stream().map(RegisterCsv::quoted).toList());
    }

    void entry(RegisterEntry entry) throws IOException {
        line(List.of(text(entry.number()), text(entry.holderName()), text(entry.roleCode()), text(entry.roleTitle()),
                text(entry.unitCode()), text(entry.unitTitle()),
                entry.eqfLevel() == null ? "" : entry.eqfLevel().toString(), text(entry.frameworkLabel()),
                entry.issuedOn().toString(), entry.validUntil().toString(), entry.status().name(),
                text(entry.supersededByNumber())));
    }

    private void line(List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    /** A text cell, defused when a spreadsheet would read it as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        return quoted(formula ? "'" + value : value);
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
