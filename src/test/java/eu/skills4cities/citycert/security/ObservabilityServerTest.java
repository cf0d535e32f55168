package eu.skills4cities.citycert.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.notification.MailOutbox;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On a real server: the Prometheus endpoint answers administrators only, with CityCert's metrics, whose values
 * follow what happens (an application submitted, a mail that cannot go out, a job that failed for good); the
 * readiness probe includes the database, the job executor and the audit chain, and turns DOWN when the job
 * executor stops; the liveness probe checks the application's state only.
 */
@CityCertServerTest
class ObservabilityServerTest {

    private static final Duration SCRAPES = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    TaskService tasks;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_metrics_are_refused_to_visitors_and_to_staff_who_are_not_administrators() throws Exception {
        HttpResponse<String> anonymous = send(get("/actuator/prometheus").build());
        HttpResponse<String> officer = send(get("/actuator/prometheus")
                .header("Authorization", basic(accounts.create(Role.CERTIFICATION_OFFICER))).build());
        HttpResponse<String> auditor = send(get("/actuator/prometheus")
                .header("Authorization", basic(accounts.create(Role.AUDITOR))).build());
        HttpResponse<String> wrongPassword = send(get("/actuator/prometheus").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((accounts.create(Role.ADMIN).username() + ":wrong")
                .getBytes(StandardCharsets.UTF_8))).build());
        HttpResponse<String> otherEndpoint = send(get("/actuator/env").build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("citycert_");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).doesNotContain("citycert_");
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(otherEndpoint.statusCode()).isEqualTo(401);
    }

    @Test
    void an_administrator_scrapes_every_citycert_metric_in_prometheus_format() throws Exception {
        String admin = basic(accounts.create(Role.ADMIN));

        HttpResponse<String> scrape = send(get("/actuator/prometheus").header("Authorization", admin).build());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        // each queue's own gauge (citycert_inbox_queue_size) follows the queues' reading: see the next test
        assertThat(scrape.body()).contains("# TYPE citycert_inbox_queues gauge", "citycert_inbox_tasks_overdue",
                "citycert_engine_jobs_failed", "citycert_engine_incidents_open",
                "citycert_mail_backlog", "citycert_mail_given_up", "citycert_audit_chain_head",
                "citycert_audit_chain_signed", "# TYPE citycert_certificates_issued_total counter",
                "citycert_certificates_issued_total{application=\"citycert\",kind=\"role\"}",
                "citycert_certificates_issued_total{application=\"citycert\",kind=\"unit\"}",
                "application=\"citycert\"");
        assertThat(value(scrape.body(), "citycert_audit_chain_intact", "")).isEqualTo(1.0);
    }

    @Test
    void a_submitted_application_raises_its_review_queue() throws Exception {
        String admin = basic(accounts.create(Role.ADMIN));
        CurrentUser candidate = accounts.create(Role.CANDIDATE);

        ApplicationDetails submitted = applications.submit(candidate, TestDocuments.application("SCPD"));
        Task review = tasks.createTaskQuery().processInstanceId(submitted.processInstanceId()).singleResult();
        String group = tasks.getIdentityLinksForTask(review.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).findFirst().orElseThrow();
        String queue = "group=\"" + group + "\",process=\"certification\"";
        long inQueue = tasks.createTaskQuery().processDefinitionKey("certification").taskCandidateGroup(group).count();

        // what the triggers keep is what the engine counts (no test in this package claims a task meanwhile)
        await().atMost(SCRAPES).untilAsserted(() -> assertThat(value(scrape(admin), "citycert_inbox_queue_size", queue))
                .isEqualTo((double) inQueue));

        staffTasks.claim(accounts.create(Role.REVIEWER), review.getId());

        await().atMost(SCRAPES).untilAsserted(() -> assertThat(value(scrape(admin), "citycert_inbox_queue_size", queue))
                .isEqualTo((double) inQueue - 1));
    }

    @Test
    void a_mail_that_cannot_go_out_raises_the_backlog() throws Exception {
        String admin = basic(accounts.create(Role.ADMIN));
        double before = value(scrape(admin), "citycert_mail_backlog", "");

        // not an address: the dispatcher's attempt fails and the message waits for its next attempt
        transaction.executeWithoutResult(status -> outbox.queue("no address here", "verify-email",
                "http://localhost/never"));

        await().atMost(SCRAPES).untilAsserted(() -> assertThat(value(scrape(admin), "citycert_mail_backlog", ""))
                .isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    void a_job_without_retries_counts_as_failed_and_as_an_incident_until_it_is_retried() throws Exception {
        String admin = basic(accounts.create(Role.ADMIN));
        Job job = management.createJobQuery().withRetriesLeft().listPage(0, 1).get(0);
        double failed = value(scrape(admin), "citycert_engine_jobs_failed", "");
        double incidents = value(scrape(admin), "citycert_engine_incidents_open", "");

        management.setJobRetries(job.getId(), 0);
        try {
            await().atMost(SCRAPES).untilAsserted(() -> {
                String metrics = scrape(admin);
                assertThat(value(metrics, "citycert_engine_jobs_failed", "")).isEqualTo(failed + 1);
                assertThat(value(metrics, "citycert_engine_incidents_open", "")).isEqualTo(incidents + 1);
            });
        } finally {
            management.setJobRetries(job.getId(), job.getRetries());
        }

        await().atMost(SCRAPES).untilAsserted(() -> assertThat(value(scrape(admin), "citycert_engine_jobs_failed", ""))
                .isEqualTo(failed));
    }

    @Test
    void readiness_checks_the_database_the_job_executor_and_the_audit_chain_and_is_down_once_the_executor_stopped()
            throws Exception {
        JsonNode ready = health("/actuator/health/readiness", 200);
        JsonNode alive = health("/actuator/health/liveness", 200);

        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(names(ready.path("components"))).containsExactlyInAnyOrder("readinessState", "db", "jobExecutor",
                "auditChain");
        assertThat(ready.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(ready.at("/components/auditChain/status").asText()).isEqualTo("UP");
        // the tests' nodes run no jobs by configuration (application-test.yml): a job executor never started does not count
        assertThat(ready.at("/components/jobExecutor/status").asText()).isEqualTo("UNKNOWN");
        assertThat(ready.toString()).doesNotContain("headSequence", "jdbc", "PostgreSQL");
        assertThat(alive.path("status").asText()).isEqualTo("UP");
        assertThat(names(alive.path("components"))).containsExactly("livenessState");

        // the engine's own job executor, started and then stopped as a node's would be (it is not started again:
        // the other tests of this context run the engine's jobs themselves)
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.start();
        try {
            JsonNode running = health("/actuator/health/readiness", 200);
            assertThat(running.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        } finally {
            executor.shutdown();
        }
        JsonNode stopped = health("/actuator/health/readiness", 503);
        JsonNode stillAlive = health("/actuator/health/liveness", 200);

        assertThat(stopped.path("status").asText()).isEqualTo("DOWN");
        assertThat(stopped.at("/components/jobExecutor/status").asText()).isEqualTo("DOWN");
        assertThat(stopped.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(stillAlive.path("status").asText()).isEqualTo("UP");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode health(String path, int status) throws Exception {
        HttpResponse<String> answer = send(get(path).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return json.readTree(answer.body());
    }

    private String scrape(String authorization) throws Exception {
        HttpResponse<String> answer = send(get("/actuator/prometheus").header("Authorization", authorization).build());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The value of the metric's sample whose labels contain the text (any sample of the metric for an empty text). */
    private static double value(String scrape, String metric, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(labels)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no sample of " + metric + " with " + labels + " in the scrape");
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static String basic(CurrentUser user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
