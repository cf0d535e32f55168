package eu.skills4cities.citycert.audit;

import java.util.Date;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's history cleanup (history time to live) never takes away what the audit needs:
 * after it has removed an ended case's {@code ACT_HI_*} rows, the case record shows the same
 * engine entries, from CityCert's archive, and the audit log is whole.
 */
@CityCertSpringTest
class CaseRecordRetentionTest {

    @Autowired
    CaseRecordFixture fixture;
    @Autowired
    CaseRecord records;
    @Autowired
    EngineHistoryArchive archive;
    @Autowired
    AuditLog log;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @Test
    void the_engine_history_cleanup_takes_nothing_the_case_record_needs() {
        CaseRecordFixture.Case done = fixture.certifiedCase();
        String process = done.application().processInstanceId();
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).finished().count())
                .as("the case's process has ended").isEqualTo(1);
        List<CaseRecordEntry> before = fromTheEngine(records.of(auditor, done.application().id()).entries());
        assertThat(before).extracting(CaseRecordEntry::kind).contains(CaseRecordKind.TASK_CLAIMED,
                CaseRecordKind.TASK_RELEASED, CaseRecordKind.TASK_HANDED_OVER, CaseRecordKind.COMMENT);
        long auditRows = log.about("application", done.application().id().toString()).size();
        // a case archived earlier whose end was recorded ahead of the clock (its timers moved on)
        jdbc.sql("""
                INSERT INTO case_record_archive (application_id, process_instance_id, process_ended_at, archived_at,
                                                 entries)
                VALUES (?, ?, now() + interval '400 days', now(), '[]'::jsonb)""")
                .params(java.util.UUID.randomUUID(), "ended-ahead-" + System.nanoTime()).update();

        assertThat(archive.archiveEnded()).as("the ended case is archived, also after one that ended ahead")
                .isPositive();
        assertThat(archive.archiveEnded()).as("and only once").isZero();
        cleanUpAsIfItsTimeToLiveHadPassed(process);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).count())
                .as("the engine's history of the case is gone").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(history.createUserOperationLogQuery().processInstanceId(process).count()).isZero();
        List<CaseRecordEntry> after = fromTheEngine(records.of(auditor, done.application().id()).entries());
        assertThat(after).as("the record's engine entries, from the archive").containsExactlyElementsOf(before);
        assertThat(log.about("application", done.application().id().toString())).hasSize((int) auditRows);
        assertThat(log.verify().intact()).isTrue();
    }

    /**
     * Gives this case's history a removal time in the past (the engine's own batch, as when its
     * history time to live has passed) and runs the engine's history cleanup job: it removes
     * what is due, this case only.
     */
    private void cleanUpAsIfItsTimeToLiveHadPassed(String process) {
        Batch batch = history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(new Date(1000))
                .byIds(process).executeAsync();
        runJobs(batch.getSeedJobDefinitionId());
        runJobs(batch.getBatchJobDefinitionId());
        runJobs(batch.getMonitorJobDefinitionId());
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());
    }

    private void runJobs(String jobDefinitionId) {
        for (Job job : management.createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
            management.executeJob(job.getId());
        }
    }

    private static List<CaseRecordEntry> fromTheEngine(List<CaseRecordEntry> entries) {
        return entries.stream().filter(e -> e.source() != null && e.source().startsWith("ACT_")).toList();
    }
}
