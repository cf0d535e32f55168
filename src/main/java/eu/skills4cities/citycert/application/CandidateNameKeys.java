package eu.skills4cities.citycert.application;

import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.base.NameKeys;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the certification processes started before the inbox search ignored accents (migration V54) their
 * folded candidate name ({@link CertificationProcess#VAR_CANDIDATE_NAME_KEY}), once, when the node is ready.
 * New processes get it when they start. Idempotent: a second node doing the same sets the same value, and
 * a process changed meanwhile is left for the next start.
 */
@Component
class CandidateNameKeys {

    private static final Logger log = LoggerFactory.getLogger(CandidateNameKeys.class);
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final NameKeys nameKeys;

    CandidateNameKeys(JdbcClient jdbc, RuntimeService runtime, NameKeys nameKeys) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.nameKeys = nameKeys;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            backfill();
        } catch (RuntimeException e) {
            // the search still finds the processes started since V54; the rest are folded on the next start
            log.warn("could not fold the candidate names of older processes for the inbox search", e);
        }
    }

    /** Folds the names of every running process that lacks its folded one; how many were folded. */
    int backfill() {
        int done = 0;
        List<Missing> missing;
        do {
            missing = missing();
            Map<String, String> folded = nameKeys.foldAll(missing.stream().map(Missing::name).toList());
            for (Missing process : missing) {
                try {
                    runtime.setVariable(process.processInstanceId(), CertificationProcess.VAR_CANDIDATE_NAME_KEY,
                            folded.get(process.name()));
                    done++;
                } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
                    log.debug("process {} changed while its candidate name was folded; left for the next start",
                            process.processInstanceId());
                    return done;
                }
            }
        } while (missing.size() == PAGE);
        if (done > 0) {
            log.info("folded the candidate names of {} running certification processes for the inbox search", done);
        }
        return done;
    }

    /** Running certification processes with a candidate name but no folded one, a page at a time. */
    private List<Missing> missing() {
        return jdbc.sql("""
                        SELECT v.proc_inst_id_, v.text_ FROM act_ru_variable v
                        JOIN act_ru_execution e ON e.id_ = v.execution_id_ AND e.id_ = e.proc_inst_id_
                        JOIN act_re_procdef d ON d.id_ = e.proc_def_id_ AND d.key_ = :key
                        WHERE v.name_ = :name AND v.text_ IS NOT NULL AND NOT EXISTS (
                            SELECT 1 FROM act_ru_variable k WHERE k.execution_id_ = e.id_ AND k.name_ = :keyName)
                        LIMIT :page
                        """)
                .param("key", CertificationProcess.PROCESS_KEY)
                .param("name", CertificationProcess.VAR_CANDIDATE_NAME)
                .param("keyName", CertificationProcess.VAR_CANDIDATE_NAME_KEY)
                .param("page", PAGE)
                .query((rs, n) -> new Missing(rs.getString(1), rs.getString(2))).list();
    }

    private record Missing(String processInstanceId, String name) {
    }
}
