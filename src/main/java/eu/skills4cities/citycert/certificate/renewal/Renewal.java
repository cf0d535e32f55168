package eu.skills4cities.citycert.certificate.renewal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A renewal as its holder and its reviewer see it.
 *
 * @param reason          the reviewer's reason for a refusal (or their note on an acceptance), else null
 * @param successorNumber the certificate issued when it was accepted, else null
 */
public record Renewal(UUID id, String certificateNumber, String holder, Instant submittedAt,
                      boolean continuedPractice, RenewalStatus status, String reviewer, Instant decidedAt,
                      String reason, String successorNumber, List<CpdActivity> activities,
                      List<Document> documents, List<Request> requests) {

    public Renewal {
        activities = List.copyOf(activities);
        documents = List.copyOf(documents);
        requests = List.copyOf(requests);
    }

    /** The hours of all activities. */
    public BigDecimal totalHours() {
        return activities.stream().map(CpdActivity::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The units the activities keep current, each once, in the order first named. */
    public List<String> unitsKeptCurrent() {
        return activities.stream().flatMap(a -> a.units().stream()).distinct().toList();
    }

    /** The open request for more, if the reviewer asked and the holder has not answered yet. */
    public java.util.Optional<Request> openRequest() {
        return requests.stream().filter(r -> r.answeredAt() == null).reduce((first, last) -> last);
    }

    /** A document given with the renewal (its content is downloaded separately). */
    public record Document(UUID id, String fileName, String contentType, long size, Instant uploadedAt) {
    }

    /** A reviewer's request for more, and the holder's answer once given. */
    public record Request(UUID id, String requestedBy, String text, Instant requestedAt, Instant deadline,
                          String answer, Instant answeredAt) {
    }
}
