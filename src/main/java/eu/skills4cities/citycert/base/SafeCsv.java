package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV (RFC 4180) that a spreadsheet opens safely, for every export: comma-separated, CRLF
 * line ends, a cell in double quotes when it holds a comma, quote or line break, quotes inside
 * doubled; and a cell that starts like a spreadsheet formula ({@code = + - @}, tab or carriage
 * return) gets a leading apostrophe, so that opening the file never runs what someone typed; a plain
 * negative number ({@code -0.53}, a correlation) is a number, not a formula, and stays as it is.
 */
public final class SafeCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private final Writer out;

    public SafeCsv(Writer out) {
        this.out = out;
    }

    /** One line of cells; a {@code null} cell is empty. */
    public void line(List<String> values) throws IOException {
        out.write(String.join(",", values.stream().map(SafeCsv::cell).toList()));
        out.write("\r\n");
    }

    /** A cell as written: defused when a spreadsheet would read it as a formula, quoted when it must be. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NEGATIVE_NUMBER.matcher(value).matches()
                ? "'" + value : value;
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
