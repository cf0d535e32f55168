package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.base.StatusBadge;

/**
 * The tone of each application status wherever a badge shows it (the candidate's list and page, the
 * auditors' list and case record): in progress reads plain, certified good, refused in error, ended
 * without a decision in contrast.
 */
public final class ApplicationBadges {

    private ApplicationBadges() {
    }

    public static StatusBadge.Tone tone(ApplicationStatus status) {
        return switch (status) {
            case CERTIFIED, PARTIALLY_CERTIFIED -> StatusBadge.Tone.SUCCESS;
            case NOT_ELIGIBLE, REJECTED -> StatusBadge.Tone.ERROR;
            case WITHDRAWN, LAPSED -> StatusBadge.Tone.CONTRAST;
            case DRAFT, SUBMITTED, IN_REVIEW, AWAITING_CANDIDATE, IN_EXAM, IN_ASSESSMENT, AWAITING_DECISION ->
                    StatusBadge.Tone.NEUTRAL;
        };
    }
}
