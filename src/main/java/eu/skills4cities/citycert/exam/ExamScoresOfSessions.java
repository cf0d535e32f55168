package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.assessment.ExamScores;
import org.springframework.stereotype.Component;

/** The judging's view of exam results ({@link ExamScores}): the latest submitted session's scores. */
@Component
class ExamScoresOfSessions implements ExamScores {

    private final ExamSessionStore store;

    ExamScoresOfSessions(ExamSessionStore store) {
        this.store = store;
    }

    @Override
    public Map<String, UnitExamScore> of(UUID applicationId) {
        Optional<ExamSession> submitted = store.latestSubmitted(applicationId);
        if (submitted.isEmpty()) {
            return Map.of();
        }
        List<ElementScore> scores = store.scores(submitted.get().id());
        Map<String, Map<String, BigDecimal>> elements = new HashMap<>();
        scores.forEach(s -> elements.computeIfAbsent(s.unitCode(), u -> new LinkedHashMap<>())
                .put(s.elementCode(), ExamScoring.percent(s.correct(), s.items())));
        Map<String, UnitExamScore> units = new LinkedHashMap<>();
        ExamScoring.perUnit(scores).forEach(r -> units.put(r.unitCode(),
                new UnitExamScore(r.percent(), elements.get(r.unitCode()))));
        return units;
    }
}
