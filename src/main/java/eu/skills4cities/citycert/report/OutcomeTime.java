package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Appeals or complaints ({@code kind} {@code APPEAL} or {@code COMPLAINT}) in the period: how many were
 * received, decided and upheld, and the median days from receipt to the outcome of those decided (null when
 * none was). An appeal is decided when the panel upholds or rejects it (a lapsed one is not); a complaint when
 * it is closed (decided, or found not to be a complaint), and upheld when it was found justified: upheld about
 * the body, or acted on about a holder (a warning, a suspension, a withdrawal).
 */
public record OutcomeTime(String kind, long received, long decided, long upheld, BigDecimal medianDays)
        implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(kind, Long.toString(received), Long.toString(decided), Long.toString(upheld),
                medianDays == null ? "" : medianDays.toPlainString());
    }
}
