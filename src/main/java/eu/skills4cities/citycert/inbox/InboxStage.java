package eu.skills4cities.citycert.inbox;

import java.util.List;

/**
 * A stage the inbox filters by: its code (in the API's {@code stage} parameter and each row), the
 * engine activities whose tasks are in it, and the message key of its label.
 */
public record InboxStage(String code, String processKey, List<String> activityIds, String labelKey) {

    public InboxStage {
        activityIds = List.copyOf(activityIds);
    }
}
