package eu.skills4cities.citycert.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the engine's part of each case record in CityCert's own table once the case's process
 * has ended ({@code case_record_archive}, V19), because the engine's history cleanup removes
 * {@code ACT_HI_*} rows after the process's history time to live and the record must outlive it
 * (docs/operations.md, "Retention"). Run as a step of the audit upkeep process
 * ({@code processes/audit-checkpoint.bpmn}): it takes the certification processes that ended since the
 * last run archived anything (with a day's overlap), and archiving the same process twice keeps the
 * first. The last run is read from when it archived, not from the latest end it archived: an end
 * recorded ahead of the clock (a process whose timers were moved on) must not hide the cases that end
 * after it.
 */
@Component
public class EngineHistoryArchive {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryArchive.class);
    private static final int BATCH = 500;
    private static final TypeReference<List<CaseRecordEntry>> ENTRIES = new TypeReference<>() {
    };

    private final HistoryService history;
    private final EngineHistory engine;
    private final StaffTaskService staffTasks;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    EngineHistoryArchive(HistoryService history, EngineHistory engine, StaffTaskService staffTasks, JdbcClient jdbc,
                         ObjectMapper json, Clock clock) {
        this.history = history;
        this.engine = engine;
        this.staffTasks = staffTasks;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Archives the ended cases not archived yet, a batch at a time; returns how many it archived. */
    @Transactional
    public int archiveEnded() {
        Instant since = jdbc.sql("SELECT max(archived_at) FROM case_record_archive")
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant)
                .map(latest -> latest.minus(1, ChronoUnit.DAYS)).orElse(Instant.EPOCH);
        int archived = 0;
        int first = 0;
        while (true) {
            List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(CertificationProcess.PROCESS_KEY).finished().finishedAfter(Date.from(since))
                    .orderByProcessInstanceEndTime().asc().orderByProcessInstanceId().asc().listPage(first, BATCH);
            for (HistoricProcessInstance process : ended) {
                archived += archive(process) ? 1 : 0;
            }
            if (ended.size() < BATCH) {
                break;
            }
            first += BATCH;
        }
        if (archived > 0) {
            log.info("Archived the engine history of {} ended case(s)", archived);
        }
        return archived;
    }

    /** The archived engine entries of an application's case, if its process ended and was archived. */
    @Transactional(readOnly = true)
    Optional<List<CaseRecordEntry>> entries(UUID applicationId) {
        return jdbc.sql("SELECT entries FROM case_record_archive WHERE application_id = :application")
                .param("application", applicationId).query(String.class).optional().map(this::read);
    }

    private boolean archive(HistoricProcessInstance process) {
        Optional<UUID> applicationId = applicationOf(process.getId());
        if (applicationId.isEmpty()) {
            return false;
        }
        List<CaseRecordEntry> entries = engine.entries(process.getId(), engine.tasks(process.getId()),
                staffTasks.outcomes(applicationId.get()));
        return jdbc.sql("""
                        INSERT INTO case_record_archive (application_id, process_instance_id, process_ended_at,
                                                         archived_at, entries)
                        VALUES (:application, :process, :ended, :now, CAST(:entries AS jsonb))
                        ON CONFLICT DO NOTHING""")
                .param("application", applicationId.get()).param("process", process.getId())
                .param("ended", OffsetDateTime.ofInstant(process.getEndTime().toInstant(), ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("entries", write(entries)).update() > 0;
    }

    private Optional<UUID> applicationOf(String processInstanceId) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(CertificationProcess.VAR_APPLICATION_ID)
                .singleResult();
        return variable == null || variable.getValue() == null ? Optional.empty()
                : Optional.of(UUID.fromString(variable.getValue().toString()));
    }

    private String write(List<CaseRecordEntry> entries) {
        try {
            return json.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot archive the case record's engine entries", e);
        }
    }

    private List<CaseRecordEntry> read(String entries) {
        try {
            return json.readValue(entries, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the archived engine entries cannot be read", e);
        }
    }
}
