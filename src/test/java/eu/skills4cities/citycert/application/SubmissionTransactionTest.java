package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submitting writes the application and starts the process in one transaction: when
 * either side fails, nothing of the other remains.
 */
@CityCertSpringTest
class SubmissionTransactionTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void when_the_process_cannot_start_the_application_and_its_document_are_not_stored() {
        repositoryService.suspendProcessDefinitionByKey(CertificationProcess.PROCESS_KEY);
        try {
            assertThatThrownBy(() -> applications.submit(candidate, TestDocuments.application("SCPM")))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("suspended");
        } finally {
            repositoryService.activateProcessDefinitionByKey(CertificationProcess.PROCESS_KEY);
        }
        assertThat(applicationRows()).isZero();
        assertThat(documentRows()).isZero();
        assertThat(applications.mine(candidate)).isEmpty();
    }

    @Test
    void when_the_transaction_fails_after_the_process_started_the_process_instance_is_rolled_back_too() {
        long processesBefore = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CertificationProcess.PROCESS_KEY).count();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            ApplicationDetails submitted = applications.submit(candidate, TestDocuments.application("SCPM"));
            // inside the transaction both exist ...
            assertThat(runtimeService.createProcessInstanceQuery()
                    .processInstanceId(submitted.processInstanceId()).count()).isEqualTo(1);
            assertThat(applicationRows()).isEqualTo(1);
            // ... and a failure of a later step in the same transaction takes both back
            throw new IllegalStateException("a later step of the same transaction fails");
        })).hasMessage("a later step of the same transaction fails");

        assertThat(applicationRows()).isZero();
        assertThat(documentRows()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CertificationProcess.PROCESS_KEY).count()).isEqualTo(processesBefore);
    }

    @Test
    void a_draft_whose_process_cannot_start_stays_a_draft_with_no_trace_of_the_attempt() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 5, 7));
        drafts.addDocument(candidate, draft.id(), new NewDocument(TestDocuments.application("SCPM").document(),
                "Portfolio", null, java.util.Set.of("SCPM-U1-E1")));
        long processesBefore = runtimeService.createProcessInstanceQuery().count();

        repositoryService.suspendProcessDefinitionByKey(CertificationProcess.PROCESS_KEY);
        try {
            assertThatThrownBy(() -> drafts.submitDraft(candidate, draft.id(), true))
                    .isInstanceOf(ProcessEngineException.class);
        } finally {
            repositoryService.activateProcessDefinitionByKey(CertificationProcess.PROCESS_KEY);
        }

        assertThat(applications.details(draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.details(draft.id()).documents()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM application_event WHERE application = ?").param(draft.id())
                .query(Long.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void an_invalid_submission_stores_nothing_and_starts_nothing() {
        long processesBefore = runtimeService.createProcessInstanceQuery().count();
        SubmitApplication noPdf = new SubmitApplication("SCPM", TestDocuments.STATEMENT, 10, 7,
                new UploadedDocument("cv.pdf", "application/pdf", "<html><body>not evidence</body></html>".getBytes()), true);

        assertThatThrownBy(() -> applications.submit(candidate, noPdf))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .containsExactly("The file \"cv.pdf\" is not accepted: its content is text/html, whatever its "
                                + "name says. Accepted are PDF, PNG, JPEG, DOCX, ODT and plain text."));
        assertThat(applicationRows()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void every_problem_of_a_submission_is_listed_at_once() {
        SubmitApplication bad = new SubmitApplication("NO-SUCH-ROLE", "too short", -1, null, null, false);

        assertThatThrownBy(() -> applications.submit(candidate, bad))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems())).containsExactly(
                        "There is no certification role 'NO-SUCH-ROLE'.",
                        "The statement must have 20 to 4000 characters; it has 9.",
                        "Give your years of relevant experience (0 to 60).",
                        "Choose the EQF level of your highest qualification.",
                        "Attach one document as evidence.",
                        "Tick the declaration: confirm that the information is true and complete and that the "
                                + "evidence is your own work."));
    }

    private long applicationRows() {
        return jdbc.sql("SELECT count(*) FROM application WHERE candidate_username = ?")
                .param(candidate.username()).query(Long.class).single();
    }

    private long documentRows() {
        return jdbc.sql("""
                SELECT count(*) FROM evidence_document d JOIN application a ON a.id = d.application
                WHERE a.candidate_username = ?""").param(candidate.username()).query(Long.class).single();
    }
}
