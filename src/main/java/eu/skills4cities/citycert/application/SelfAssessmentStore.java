package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidate's self-assessment, one row per element. */
@Repository
class SelfAssessmentStore {

    private final JdbcClient jdbc;

    SelfAssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID applicationId, SelfAssessment rating, Instant now) {
        jdbc.sql("""
                INSERT INTO self_assessment (application, element_code, level, note, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (application, element_code)
                DO UPDATE SET level = EXCLUDED.level, note = EXCLUDED.note, updated_at = EXCLUDED.updated_at
                """).params(applicationId, rating.elementCode(), rating.level().name(), rating.note(),
                Timestamp.from(now)).update();
    }

    void deleteAll(UUID applicationId) {
        jdbc.sql("DELETE FROM self_assessment WHERE application = ?").param(applicationId).update();
    }

    List<SelfAssessment> of(UUID applicationId) {
        return jdbc.sql("SELECT element_code, level, note FROM self_assessment WHERE application = ? ORDER BY element_code")
                .param(applicationId).query(SelfAssessment.class).list();
    }
}
