package eu.skills4cities.citycert.exam.ui;

import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.exam.ItemStatus;

/**
 * The tone of each item status in its badge: a draft and an item awaiting approval read plain, an approved
 * item (exams may draw it) good, a retired one in contrast.
 */
final class ItemBadges {

    private ItemBadges() {
    }

    static StatusBadge.Tone tone(ItemStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED -> StatusBadge.Tone.NEUTRAL;
            case APPROVED -> StatusBadge.Tone.SUCCESS;
            case RETIRED -> StatusBadge.Tone.CONTRAST;
        };
    }
}
