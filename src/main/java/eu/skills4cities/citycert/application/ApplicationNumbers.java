package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Application numbers such as {@code A-2026-000042}: the year the application was started (UTC) and
 * the next value of the database sequence {@code application_number_seq}, at least six digits. The
 * number is the process instance's business key. Unlike certificate numbers ({@code CertificateNumbers})
 * they count: only the candidate and staff who may read the application ever see one.
 */
public final class ApplicationNumbers {

    static final String PREFIX = "A-";

    private ApplicationNumbers() {
    }

    /** The number of an application started now, by the clock's day in UTC, with the sequence's next value. */
    static String next(Clock clock, long sequenceValue) {
        return format(Year.now(clock.withZone(ZoneOffset.UTC)), sequenceValue);
    }

    static String format(Year year, long sequenceValue) {
        if (sequenceValue < 1) {
            throw new IllegalArgumentException("Sequence values start at 1: " + sequenceValue);
        }
        return "%s%d-%06d".formatted(PREFIX, year.getValue(), sequenceValue);
    }

    /**
     * True when a search text means an application number (or its beginning) rather than a name: it
     * starts with the prefix, in any case.
     */
    public static boolean isNumberSearch(String search) {
        return search != null && search.toUpperCase(Locale.ROOT).startsWith(PREFIX);
    }
}
