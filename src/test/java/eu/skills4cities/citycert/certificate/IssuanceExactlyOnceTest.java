package eu.skills4cities.citycert.certificate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * One decision, one set of certificates: the asynchronous "Issue certificates" job may be run
 * again (a retry, a second start of the step) or by two nodes at the same time, and the
 * register still holds each certificate once, with one number.
 */
@CityCertSpringTest
class IssuanceExactlyOnceTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    CurrentUser candidate;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void a_failed_attempt_stores_nothing_and_the_retry_issues_once() {
        ApplicationDetails application = decidedApplication();
        ProcessInstance process = processOf(application);
        failFirstInsertFor(candidate.username());
        try {
            String jobId = issueJob(process).getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
                    .hasStackTraceContaining("simulated crash while issuing");
            assertThat(certificateCount(application.id())).isZero();
            assertThat(issueJob(process).getRetries()).isEqualTo(2);

            engine.getManagementService().executeJob(jobId);
        } finally {
            jdbc.sql("DROP TRIGGER certificate_fail_once ON certificate").update();
        }

        assertThat(process).isEnded().hasPassed(CertificationProcess.END_CERTIFIED);
        List<CertificateInfo> issued = certificates.forApplication(application.id());
        assertThat(issued).hasSize(1);
        // the step's work run once more for the same decision finds it done
        assertThat(certificates.issue(application.id())).extracting(CertificateInfo::number)
                .containsExactly(issued.get(0).number());
        assertThat(certificateCount(application.id())).isEqualTo(1);
        assertThat(lifecycleProcesses(issued.get(0).number())).as("its lifecycle started once").isEqualTo(1);
    }

    /** The first certificate insert for the holder fails, as a crash in the middle of the job would. */
    private void failFirstInsertFor(String holder) {
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS certificate_fail_once_attempts").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION certificate_fail_once() RETURNS trigger AS $$
                BEGIN
                    -- a sequence is not rolled back with the failed transaction: only the first attempt fails
                    IF NEW.holder_username = '%s' AND nextval('certificate_fail_once_attempts') = 1 THEN
                        RAISE EXCEPTION 'simulated crash while issuing';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(holder)).update();
        jdbc.sql("ALTER SEQUENCE certificate_fail_once_attempts RESTART").update();
        jdbc.sql("""
                CREATE TRIGGER certificate_fail_once AFTER INSERT ON certificate
                FOR EACH ROW EXECUTE FUNCTION certificate_fail_once()""").update();
    }

    @Test
    void two_nodes_running_the_same_job_at_once_issue_one_certificate() throws Exception {
        ApplicationDetails application = decidedApplication();
        ProcessInstance process = processOf(application);
        String jobId = issueJob(process).getId();

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(nodes.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                engine.getManagementService().executeJob(jobId);
                return null;
            }));
        }
        int lost = 0;
        for (Future<?> run : runs) {
            try {
                run.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // the engine refuses the slower node's run of a job the other completed
                assertThat(e.getCause()).isInstanceOf(ProcessEngineException.class);
                lost++;
            }
        }
        nodes.shutdown();

        assertThat(lost).isLessThanOrEqualTo(1);
        assertThat(certificateCount(application.id())).isEqualTo(1);
        assertThat(process).isEnded().hasPassed(CertificationProcess.END_CERTIFIED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(lifecycleProcesses(certificates.forApplication(application.id()).get(0).number()))
                .as("its lifecycle started once").isEqualTo(1);
    }

    @Test
    void a_concurrent_issue_waits_for_the_first_and_returns_its_certificate() throws Exception {
        UUID applicationId = applications.submit(candidate, TestDocuments.application("SCPD")).id();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);

        // node A issues and holds its transaction open
        Future<List<CertificateInfo>> first = nodes.submit(() -> transactions.execute(status -> {
            List<CertificateInfo> issued = certificates.issue(applicationId);
            inserted.countDown();
            await(commit);
            return issued;
        }));
        await(inserted);
        // node B sees nothing committed yet, renders and signs its own, and waits on the unique index
        Future<List<CertificateInfo>> second = nodes.submit(() -> certificates.issue(applicationId));
        awaitBlockedOnLock();
        commit.countDown();

        List<CertificateInfo> fromA = first.get(60, TimeUnit.SECONDS);
        List<CertificateInfo> fromB = second.get(60, TimeUnit.SECONDS);
        nodes.shutdown();

        assertThat(fromB).extracting(CertificateInfo::number)
                .containsExactlyElementsOf(fromA.stream().map(CertificateInfo::number).toList());
        assertThat(certificateCount(applicationId)).isEqualTo(1);
        assertThat(lifecycleProcesses(fromA.get(0).number())).as("its lifecycle started once").isEqualTo(1);
    }

    private ApplicationDetails decidedApplication() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        ProcessInstance process = processOf(application);
        complete(task(process), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Relevant."));
        exams.sitIfWaiting(application.id());
        complete(task(process), withVariables("assessmentVerdict", "COMPETENT", "assessmentComment", "Strong."));
        complete(task(process), withVariables("decisionVerdict", "CERTIFY", "decisionComment", "Requirements met."));
        assertThat(process).isWaitingAt(CertificationProcess.ACTIVITY_ISSUE);
        return application;
    }

    private Job issueJob(ProcessInstance process) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId(CertificationProcess.ACTIVITY_ISSUE).singleResult();
    }

    private ProcessInstance processOf(ApplicationDetails application) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId()).singleResult();
    }

    /** The certificate's lifecycle processes, running or ended (one per certificate, business key its number). */
    private long lifecycleProcesses(String number) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(number).count();
    }

    private long certificateCount(UUID applicationId) {
        return jdbc.sql("SELECT count(*) FROM certificate WHERE application = ?").param(applicationId)
                .query(Long.class).single();
    }

    /** Until another session of this database waits for a lock (node B on the certificate's unique index). */
    private void awaitBlockedOnLock() {
        Awaitility.await("the second issue waiting for the first").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO certificate%'
                        """).query(Long.class).single() > 0);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
