package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates' declarations on submission (table {@code submission_declaration}). */
@Repository
class SubmissionDeclarationStore {

    /** The message key of the declaration's wording, as the candidate read it. */
    static final String WORDING = "wizard.declaration";

    private final JdbcClient jdbc;

    SubmissionDeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID applicationId, String candidate, Instant at) {
        jdbc.sql("INSERT INTO submission_declaration (application, declared_by, declared_at, wording) VALUES (?, ?, ?, ?)")
                .params(applicationId, candidate, Timestamp.from(at), WORDING).update();
    }

    /** When the candidate declared, if they did. */
    Optional<Instant> declaredAt(UUID applicationId) {
        return jdbc.sql("SELECT declared_at FROM submission_declaration WHERE application = ?").param(applicationId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
