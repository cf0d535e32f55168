package eu.skills4cities.citycert.framework.ui;

import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.framework.VersionStatus;

/**
 * The tone of each framework version's status in its badge: a draft reads plain, the published version good,
 * a retired one in contrast.
 */
final class VersionBadges {

    private VersionBadges() {
    }

    static StatusBadge.Tone tone(VersionStatus status) {
        return switch (status) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case PUBLISHED -> StatusBadge.Tone.SUCCESS;
            case RETIRED -> StatusBadge.Tone.CONTRAST;
        };
    }
}
