package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unit-by-unit review verdicts, assessment scores, and the units candidates hold: the only SQL on their tables. */
@Repository
class UnitJudgementStore {

    private static final TypeReference<TreeMap<String, BigDecimal>> SCORES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    UnitJudgementStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertReview(UUID application, String taskId, UnitVerdict verdict, String reviewer, Instant at) {
        jdbc.sql("""
                INSERT INTO unit_review (id, application, task_id, unit_code, verdict, reason, reviewer, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), application, taskId, verdict.unitCode(), verdict.verdict().name(),
                        verdict.reason(), reviewer, Timestamp.from(at))
                .update();
    }

    /** Every review round's verdicts, oldest round first. */
    List<UnitReview> reviews(UUID application) {
        return jdbc.sql("""
                SELECT unit_code, verdict, reason, reviewer, reviewed_at, task_id FROM unit_review
                WHERE application = ? ORDER BY reviewed_at, unit_code
                """).param(application)
                .query((rs, i) -> new UnitReview(rs.getString(1), ReviewVerdict.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    void insertAssessment(UUID application, String taskId, String unitCode, BigDecimal score,
                          Map<String, BigDecimal> elementScores, BigDecimal passMark, boolean passed, String assessor,
                          Instant at, AssessmentMethod method) {
        jdbc.sql("""
                INSERT INTO unit_assessment (id, application, task_id, unit_code, score, element_scores, pass_mark,
                                             passed, assessor, assessed_at, method)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), application, taskId, unitCode, score,
                        elementScores.isEmpty() ? null : write(elementScores), passMark, passed, assessor,
                        Timestamp.from(at), method.name())
                .update();
    }

    /** The application's assessed units, in the order they were stored. */
    List<UnitResult> results(UUID application) {
        return jdbc.sql("""
                SELECT unit_code, score, element_scores::text, pass_mark, passed, assessor, assessed_at, method
                FROM unit_assessment WHERE application = ? ORDER BY assessed_at, unit_code
                """).param(application)
                .query((rs, i) -> new UnitResult(rs.getString(1), rs.getBigDecimal(2), read(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        AssessmentMethod.valueOf(rs.getString(8))))
                .list();
    }

    /** Records a unit the candidate now holds; passing it again in a new application moves the record there. */
    void insertPassed(String candidate, UUID frameworkVersion, String roleCode, String unitCode, UUID application,
                      BigDecimal score, LocalDate passedOn) {
        jdbc.sql("""
                INSERT INTO passed_unit (candidate_username, framework_version, role_code, unit_code, application,
                                         score, passed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (candidate_username, framework_version, role_code, unit_code)
                DO UPDATE SET application = EXCLUDED.application, score = EXCLUDED.score, passed_on = EXCLUDED.passed_on
                WHERE passed_unit.application <> EXCLUDED.application
                """)
                .params(candidate, frameworkVersion, roleCode, unitCode, application, score, Date.valueOf(passedOn))
                .update();
    }

    /** The day the candidate last passed each unit of the role, in any framework version. */
    Map<String, LocalDate> passedOf(String candidate, String roleCode) {
        Map<String, LocalDate> passed = new TreeMap<>();
        jdbc.sql("""
                SELECT unit_code, max(passed_on) FROM passed_unit
                WHERE candidate_username = ? AND role_code = ? AND withdrawn_at IS NULL GROUP BY unit_code
                """).params(candidate, roleCode)
                .query(rs -> {
                    passed.put(rs.getString(1), rs.getDate(2).toLocalDate());
                });
        return passed;
    }

    /** The units held through any of these applications. */
    /**
     * The holder's passed unit of the role no longer counts (its certification was withdrawn by a
     * reduction of scope), in every framework version.
     *
     * @return how many records were marked
     */
    int withdrawPassed(String candidate, String roleCode, String unitCode, Instant at) {
        return jdbc.sql("""
                UPDATE passed_unit SET withdrawn_at = ?
                 WHERE candidate_username = ? AND role_code = ? AND unit_code = ? AND withdrawn_at IS NULL
                """).params(Timestamp.from(at), candidate, roleCode, unitCode).update();
    }

    /** Undoes {@link #withdrawPassed}: the records withdrawn most recently (by the reduction of scope) count again. */
    int restorePassed(String candidate, String roleCode, String unitCode) {
        return jdbc.sql("""
                UPDATE passed_unit SET withdrawn_at = NULL
                 WHERE candidate_username = ? AND role_code = ? AND unit_code = ?
                   AND withdrawn_at = (SELECT max(withdrawn_at) FROM passed_unit
                                        WHERE candidate_username = ? AND role_code = ? AND unit_code = ?)
                """).params(candidate, roleCode, unitCode, candidate, roleCode, unitCode).update();
    }

    List<PassedUnit> passedThrough(Collection<UUID> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT unit_code, score, application, passed_on FROM passed_unit
                WHERE application IN (:applications) AND withdrawn_at IS NULL ORDER BY passed_on, unit_code
                """).param("applications", applications)
                .query((rs, i) -> new PassedUnit(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, UUID.class),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    /** True when the person reviewed a unit of the application or assessed one. */
    boolean judged(UUID application, String username) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM unit_review WHERE application = :application AND reviewer = :username)
                    OR EXISTS (SELECT 1 FROM unit_assessment WHERE application = :application AND assessor = :username)
                """).param("application", application).param("username", username).query(Boolean.class).single();
    }

    /** Of these applications, those the person reviewed or assessed: {@link #judged} for several, in one query. */
    Set<UUID> judgedAmong(Collection<UUID> applications, String username) {
        if (applications.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT application FROM unit_review WHERE application IN (:applications) AND reviewer = :username
                UNION SELECT application FROM unit_assessment WHERE application IN (:applications) AND assessor = :username
                """).param("applications", Set.copyOf(applications)).param("username", username)
                .query(UUID.class).list());
    }

    private String write(Map<String, BigDecimal> scores) {
        try {
            return json.writeValueAsString(new TreeMap<>(scores));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, BigDecimal> read(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable element scores " + text, e);
        }
    }
}
