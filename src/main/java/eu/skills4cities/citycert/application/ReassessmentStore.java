package eu.skills4cities.citycert.application;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner of {@code application_reassessed_unit} (Flyway V35): the units a reassessment on appeal judges again. */
@Repository
class ReassessmentStore {

    private final JdbcClient jdbc;

    ReassessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, Collection<String> unitCodes, String appealNumber) {
        for (String unit : unitCodes) {
            jdbc.sql("INSERT INTO application_reassessed_unit (application_id, unit_code, appeal_number) VALUES (?, ?, ?)")
                    .params(applicationId, unit, appealNumber).update();
        }
    }

    Set<String> units(UUID applicationId) {
        return new TreeSet<>(jdbc.sql("SELECT unit_code FROM application_reassessed_unit WHERE application_id = ?")
                .param(applicationId).query(String.class).list());
    }
}
