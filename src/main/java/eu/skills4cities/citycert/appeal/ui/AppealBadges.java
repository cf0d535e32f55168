package eu.skills4cities.citycert.appeal.ui;

import eu.skills4cities.citycert.appeal.AppealStatus;
import eu.skills4cities.citycert.base.StatusBadge;

/** The tone of each appeal status in its badge: open reads plain, upheld good, rejected in error, lapsed in contrast. */
final class AppealBadges {

    private AppealBadges() {
    }

    static StatusBadge.Tone tone(AppealStatus status) {
        return switch (status) {
            case OPEN, AWAITING_APPELLANT -> StatusBadge.Tone.NEUTRAL;
            case UPHELD -> StatusBadge.Tone.SUCCESS;
            case REJECTED -> StatusBadge.Tone.ERROR;
            case LAPSED -> StatusBadge.Tone.CONTRAST;
        };
    }
}
