package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One item of a session's form, as stored: server-side only (it names the bank's item, whose options carry the
 * key).
 *
 * @param optionOrder the item's option indexes (as the bank stores them) in the order the candidate sees them
 * @param chosen      the bank's option indexes the candidate chose; empty before an answer
 */
record SessionItem(UUID sessionId, int position, UUID itemId, String unitCode, String elementCode,
                   List<Integer> optionOrder, List<Integer> chosen, Instant answeredAt) {

    SessionItem {
        optionOrder = List.copyOf(optionOrder);
        chosen = List.copyOf(chosen);
    }
}
