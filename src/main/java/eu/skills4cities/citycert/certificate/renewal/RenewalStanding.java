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

    /** Where the latest renewal left the certificate. */
    static RenewalStanding of(Renewal renewal) {
        Kind kind = switch (renewal.status()) {
            case ACCEPTED -> renewal.successorNumber() == null ? Kind.SUBMITTED : Kind.RENEWED;
            case SUBMITTED -> Kind.SUBMITTED;
            case MORE_NEEDED -> Kind.MORE_NEEDED;
            case REFUSED -> Kind.REFUSED;
            case LAPSED -> Kind.LAPSED;
        };
        java.util.Optional<Renewal.Request> request = renewal.openRequest();
        String text = kind == Kind.MORE_NEEDED ? request.map(Renewal.Request::text).orElse(null)
                : kind == Kind.REFUSED ? renewal.reason() : null;
        Instant deadline = kind == Kind.MORE_NEEDED ? request.map(Renewal.Request::deadline).orElse(null) : null;
        return new RenewalStanding(kind, renewal.certificateNumber(), null, text, deadline, renewal.successorNumber());
    }

    /** An active certificate never renewed: its window, or the recertification that is due instead. */
    static RenewalStanding of(String number, RenewalTerms terms, LocalDate today) {
        if (terms.recertificationDue()) {
            return new RenewalStanding(Kind.RECERTIFY, number, terms.recertifyBy(), null, null, null);
        }
        return new RenewalStanding(terms.open(today) ? Kind.OPEN : Kind.OPENS_ON, number, terms.opensOn(), null, null,
                null);
    }

    /** True when the holder may act on it: submit, or answer a request. */
    public boolean actionable() {
        return kind == Kind.OPEN || kind == Kind.MORE_NEEDED;
    }
}
