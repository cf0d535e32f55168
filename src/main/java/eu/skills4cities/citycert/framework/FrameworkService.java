package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and maintains the certification roles. */
@Service
public class FrameworkService {

    private final JdbcClient jdbc;

    FrameworkService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CertificationRole> roles() {
        return jdbc.sql("SELECT code, title, eqf_level, description, sample FROM certification_role ORDER BY title")
                .query(CertificationRole.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<CertificationRole> role(String code) {
        return jdbc.sql("SELECT code, title, eqf_level, description, sample FROM certification_role WHERE code = ?")
                .param(code).query(CertificationRole.class).optional();
    }

    /** Adds a role, or updates its title and description when its code exists. */
    @Transactional
    public void saveRole(CertificationRole role) {
        jdbc.sql("""
                INSERT INTO certification_role (code, title, eqf_level, description, sample)
                VALUES (:code, :title, :eqfLevel, :description, :sample)
                ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, eqf_level = EXCLUDED.eqf_level,
                    description = EXCLUDED.description, sample = EXCLUDED.sample
                """).paramSource(role).update();
    }
}
