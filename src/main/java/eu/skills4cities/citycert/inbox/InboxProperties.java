package eu.skills4cities.citycert.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the inbox chooses between reading tasks by id and walking an order's index.
 *
 * @param byIdLimit the most tasks (a person's queues, and those they hold) or process instances (a search's
 *                  matches) that the inbox hands to the engine by id; beyond it, the engine's own conditions
 *                  and an order's index find a page's tasks ({@code citycert.inbox.by-id-limit}; its default,
 *                  1 000, is set here and nowhere else). Tests set it low to take the second way with a few tasks.
 */
@ConfigurationProperties("citycert.inbox")
record InboxProperties(Integer byIdLimit) {

    InboxProperties {
        byIdLimit = byIdLimit == null ? 1_000 : byIdLimit;
        if (byIdLimit < 1) {
            throw new IllegalArgumentException("citycert.inbox.by-id-limit must be at least 1, not " + byIdLimit);
        }
    }
}
