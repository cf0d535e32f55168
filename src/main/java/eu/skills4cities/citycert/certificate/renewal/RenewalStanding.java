package eu.skills4cities.citycert.certificate.renewal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a certificate stands with its renewal, as the holder's pages say it.
 *
 * @param date        OPENS_ON and OPEN: the window's first day; RECERTIFY: the recertification date
 * @param text        MORE_NEEDED: the reviewer's request; REFUSED: the reason; else null
 * @param deadline    MORE_NEEDED: when the answer is due; else null
 * @param successor   RENEWED: the successor's number; else null
 */
public record RenewalStanding(Kind kind, String number, LocalDate date, String text, Instant deadline,
                              String successor) {

    public enum Kind {
        /** The window opens on {@code date}. */
        OPENS_ON,
        /** The window is open since {@code date}: the holder may submit. */
        OPEN,
        /** Renewing would pass the recertification date: the holder recertifies instead. */
        RECERTIFY,
        SUBMITTED, MORE_NEEDED, REFUSED, LAPSED, RENEWED
    }

    /** True when the holder may act on it: submit, or answer a request. */
    public boolean actionable() {
        return kind == Kind.OPEN || kind == Kind.MORE_NEEDED;
    }
}
