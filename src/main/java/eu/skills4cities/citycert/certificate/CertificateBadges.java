package eu.skills4cities.citycert.certificate;

import eu.skills4cities.citycert.base.StatusBadge;

/** The tone of each certificate status wherever a badge shows it (register, verification, the holder's list). */
public final class CertificateBadges {

    private CertificateBadges() {
    }

    public static StatusBadge.Tone tone(CertificateStatus status) {
        return switch (status) {
            case ACTIVE -> StatusBadge.Tone.SUCCESS;
            case SUSPENDED, WITHDRAWN -> StatusBadge.Tone.ERROR;
            case EXPIRED, SUPERSEDED -> StatusBadge.Tone.CONTRAST;
        };
    }

    /** The badge, its words given (each page has its own key for the status). */
    public static StatusBadge of(CertificateStatus status, String text) {
        return new StatusBadge(text, tone(status));
    }
}
