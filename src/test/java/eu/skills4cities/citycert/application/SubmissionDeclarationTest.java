package eu.skills4cities.citycert.application;

import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The candidate's declaration on submitting a draft and on the one-step API submission, and the step states the
 * wizard's task list shows.
 */
@CityCertSpringTest
class SubmissionDeclarationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    SubmissionDeclarationStore declarations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void a_complete_draft_without_the_declaration_is_refused_naming_it_and_nothing_changes() {
        ApplicationDetails draft = completeDraft("SCPM");

        assertThatThrownBy(() -> drafts.submitDraft(candidate, draft.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly("Tick the declaration: confirm that the "
                        + "information is true and complete and that the evidence is your own work."));

        ApplicationDetails after = applications.details(draft.id());
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.processInstanceId()).isNull();
        assertThat(declarations.declaredAt(draft.id())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'APPLICATION_SUBMITTED' AND object_id = ?")
                .param(draft.id().toString()).query(Long.class).single()).isZero();
    }

    @Test
    void the_declaration_is_stored_with_the_submission_and_named_in_its_audit_record() {
        ApplicationDetails draft = completeDraft("SCPM");

        ApplicationDetails submitted = drafts.submitDraft(candidate, draft.id(), true);

        assertThat(declarations.declaredAt(draft.id())).hasValue(submitted.submittedAt());
        assertThat(jdbc.sql("SELECT detail ->> 'declaredAt' FROM audit_event WHERE action = 'APPLICATION_SUBMITTED' "
                        + "AND object_id = ?").param(draft.id().toString()).query(String.class).single())
                // the audit record keeps the clock's nanoseconds; PostgreSQL rounds the stored time to microseconds
                .satisfies(declaredAt -> assertThat(java.time.Instant.parse(declaredAt))
                        .isCloseTo(submitted.submittedAt(), org.assertj.core.api.Assertions.within(1,
                                java.time.temporal.ChronoUnit.MICROS)));
    }

    @Test
    void the_one_step_api_submission_without_a_true_declaration_is_refused_naming_it_and_stores_nothing()
            throws Exception {
        for (String declaration : new String[] {null, "false"}) {
            var request = oneStep();
            if (declaration != null) {
                request.param("declaration", declaration);
            }
            mvc.perform(request)
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.problems.length()").value(1))
                    .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(
                            "Tick the declaration")));
        }
        assertThat(applications.mine(candidate)).isEmpty();
    }

    @Test
    void the_one_step_api_submission_stores_the_declaration_as_the_wizard_does() throws Exception {
        mvc.perform(oneStep().param("declaration", "true")).andExpect(status().isCreated());

        ApplicationSummary submitted = applications.mine(candidate).get(0);
        assertThat(declarations.declaredAt(submitted.id())).isPresent();
        assertThat(jdbc.sql("SELECT detail ->> 'declaredAt' FROM audit_event WHERE action = 'APPLICATION_SUBMITTED' "
                + "AND object_id = ?").param(submitted.id().toString()).query(String.class).single()).isNotNull();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder oneStep() {
        return multipart("/api/applications")
                .file(new MockMultipartFile("document", "cv.pdf", "application/pdf", TestDocuments.pdf()))
                .param("roleCode", "SCPM").param("statement", TestDocuments.STATEMENT)
                .param("experienceYears", "10").param("educationLevel", "7")
                .with(httpBasic(candidate.username(), TestAccounts.PASSWORD));
    }

    @Test
    void each_step_is_not_started_in_progress_or_complete() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        assertThat(drafts.progress(candidate, draft.id())).isEqualTo(new DraftProgress(DraftProgress.State.NOT_STARTED,
                DraftProgress.State.NOT_STARTED, DraftProgress.State.NOT_STARTED, false));

        drafts.saveDraft(candidate, draft.id(), new DraftUpdate("Not long yet", 6, null));
        drafts.rate(candidate, draft.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.FULLY, null));
        addDocument(draft, Set.of("SCPM-U1-E1"));
        assertThat(drafts.progress(candidate, draft.id())).isEqualTo(new DraftProgress(DraftProgress.State.IN_PROGRESS,
                DraftProgress.State.IN_PROGRESS, DraftProgress.State.IN_PROGRESS, false));

        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
        Set<String> elements = new java.util.TreeSet<>(frameworkElements());
        elements.forEach(code -> drafts.rate(candidate, draft.id(), new SelfAssessment(code, SelfAssessmentLevel.PARTLY,
                null)));
        drafts.addDocument(candidate, draft.id(), new NewDocument(new UploadedDocument("all.txt", "text/plain",
                "Everything I did in smart city projects.".getBytes()), "All of it", null, elements));
        assertThat(drafts.progress(candidate, draft.id())).isEqualTo(new DraftProgress(DraftProgress.State.COMPLETE,
                DraftProgress.State.COMPLETE, DraftProgress.State.COMPLETE, true));
    }

    @Autowired
    eu.skills4cities.citycert.framework.FrameworkCatalogue framework;

    private java.util.List<String> frameworkElements() {
        return framework.publishedRole("SCPM").orElseThrow().role().units().stream()
                .flatMap(u -> u.elements().stream()).map(e -> e.code()).toList();
    }

    private ApplicationDetails completeDraft(String role) {
        ApplicationDetails draft = drafts.startDraft(candidate, role);
        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
        addDocument(draft, Set.of(role + "-U1-E1"));
        return draft;
    }

    private void addDocument(ApplicationDetails draft, Set<String> elements) {
        drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("report.pdf", "application/pdf", TestDocuments.pdf()), "Final report", null, elements));
    }
}
