package eu.skills4cities.citycert.application;

import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The candidate's mail about a closed application follows the {@link ApplicationStatusChanged}
 * event after the commit ({@link CandidateMail}), through the event publication registry: once
 * per change, never for a change that was rolled back, and still after its listener failed.
 * Every wait is on something the database shows (Awaitility), never a pause.
 */
@CityCertSpringTest
class CandidateMailEventsTest {

    private static final String STATUS_LISTENER = "%CandidateMail.on(%ApplicationStatusChanged)";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncompleteEventPublications incompletePublications;

    private CurrentUser candidate;
    private String email;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
        email = accounts.email(candidate);
    }

    @Test
    void a_status_change_mails_the_candidate_exactly_once_even_when_its_event_is_delivered_again() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));

        refuseAtReview(application);

        await().until(() -> completedStatusPublications(application.id()) > 0
                && incompleteStatusPublications(application.id()) == 0);
        assertThat(decisionMails(application)).isEqualTo(1);

        // a second delivery of the same events (a retry after the mail was queued but before the
        // registry marked the publication complete) queues nothing more
        jdbc.sql("UPDATE event_publication SET completion_date = NULL WHERE listener_id LIKE ? "
                + "AND serialized_event LIKE ?").params(STATUS_LISTENER, "%" + application.id() + "%").update();
        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof ApplicationStatusChanged change
                        && change.applicationId().equals(application.id()));
        await().until(() -> incompleteStatusPublications(application.id()) == 0);
        assertThat(decisionMails(application)).isEqualTo(1);
    }

    @Test
    void a_rolled_back_change_publishes_and_mails_nothing() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        ProcessInstance process = processOf(application);

        transactions.executeWithoutResult(status -> {
            complete(task(process), withVariables("reviewVerdict", "INSUFFICIENT", "reviewComment", "Rolled back."));
            assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.REJECTED);
            status.setRollbackOnly();
        });

        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        // the publication would have been written in the rolled-back transaction; no listener runs without it
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? "
                        + "AND serialized_event LIKE '%REJECTED%'").param("%" + application.id() + "%")
                .query(Long.class).single()).isZero();

        // the change made again, and committed, mails once, with its own reason only
        refuseAtReview(application);
        await().until(() -> decisionMails(application) == 1);
        assertThat(jdbc.sql("SELECT body FROM mail_message WHERE recipient = ? AND subject LIKE 'Decision%'")
                .param(email).query(String.class).single())
                .contains("No project work shown.").doesNotContain("Rolled back.");
    }

    @Test
    void a_failing_listener_leaves_its_publication_incomplete_until_it_is_published_again() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        // the confirmation of the submission is mailed first, so that the refusal below meets the decision's mail
        await().until(() -> jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ? AND subject = ?")
                .params(email, "We have received your application " + application.number()).query(Long.class)
                .single() == 1);
        // PostgreSQL refuses this candidate's mail for now; the sequence counts the refused attempts,
        // since it keeps its value when the listener's transaction rolls back
        jdbc.sql("CREATE SEQUENCE refused_mail_attempts").update();
        jdbc.sql("""
                CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM nextval('refused_mail_attempts');
                    RAISE EXCEPTION 'mail to % refused by the test', NEW.recipient;
                END $$""").update();
        jdbc.sql("CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_message FOR EACH ROW "
                + "WHEN (NEW.recipient = '" + email + "') EXECUTE FUNCTION refuse_mail()").update();
        try {
            refuseAtReview(application);

            await().until(() -> jdbc.sql("SELECT is_called FROM refused_mail_attempts").query(Boolean.class).single());
            assertThat(incompleteStatusPublications(application.id())).isPositive();
            assertThat(decisionMails(application)).isZero();
        } finally {
            jdbc.sql("DROP TRIGGER refuse_mail ON mail_message").update();
            jdbc.sql("DROP FUNCTION refuse_mail()").update();
            jdbc.sql("DROP SEQUENCE refused_mail_attempts").update();
        }

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof ApplicationStatusChanged change
                        && change.applicationId().equals(application.id()));

        await().until(() -> incompleteStatusPublications(application.id()) == 0);
        assertThat(decisionMails(application)).isEqualTo(1);
    }

    /** The reviewer finds the evidence insufficient: the application is closed as rejected. */
    private void refuseAtReview(ApplicationDetails application) {
        complete(task(processOf(application)),
                withVariables("reviewVerdict", "INSUFFICIENT", "reviewComment", "No project work shown."));
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    private long decisionMails(ApplicationDetails application) {
        return jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ? AND subject = ?")
                .params(email, "Decision on your application " + application.number()).query(Long.class).single();
    }

    private long incompleteStatusPublications(UUID applicationId) {
        return statusPublications(applicationId, "completion_date IS NULL");
    }

    private long completedStatusPublications(UUID applicationId) {
        return statusPublications(applicationId, "completion_date IS NOT NULL");
    }

    private long statusPublications(UUID applicationId, String condition) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE ? AND serialized_event LIKE ? AND "
                + condition).params(STATUS_LISTENER, "%" + applicationId + "%").query(Long.class).single();
    }

    private ProcessInstance processOf(ApplicationDetails application) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId()).singleResult();
    }
}
