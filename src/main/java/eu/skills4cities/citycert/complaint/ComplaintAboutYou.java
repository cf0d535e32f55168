package eu.skills4cities.citycert.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A complaint about a certified person as that person sees it: what the officers tell them of it,
 * their own responses and the outcome. Nothing about who complained: no name, no address, no
 * account, not the complainant's own words or documents (the officers' summary stands for them).
 *
 * @param summary   what the triaging officer wrote for the holder
 * @param told      when the holder was told
 * @param mayRespond true while the investigation is open
 */
public record ComplaintAboutYou(String number, String certificateNumber, String summary, Instant told,
                                ComplaintStatus status, ComplaintOutcome outcome, String outcomeReason,
                                boolean mayRespond, List<HolderResponse> responses) {

    public ComplaintAboutYou {
        responses = List.copyOf(responses);
    }
}
