package eu.skills4cities.citycert.application;

import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafting an application step by step: answers, self-assessment, portfolio, submission. */
@CityCertSpringTest
class DraftApplicationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    RuntimeService runtimeService;
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
    void a_draft_is_built_step_by_step_and_submitted_into_the_process() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.processInstanceId()).isNull();

        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
        drafts.rate(candidate, draft.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.FULLY, "Led two."));
        drafts.rate(candidate, draft.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.PARTLY, null));
        DocumentInfo document = drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("report.pdf", "application/pdf", TestDocuments.pdf()), "Final report",
                "The report of the lighting project.", Set.of("SCPM-U1-E1", "SCPM-U1-E2")));

        assertThat(document.title()).isEqualTo("Final report");
        assertThat(document.elementCodes()).containsExactly("SCPM-U1-E1", "SCPM-U1-E2");
        assertThat(drafts.selfAssessment(candidate, draft.id())).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(SelfAssessmentLevel.PARTLY));

        ApplicationDetails submitted = drafts.submitDraft(candidate, draft.id(), true);

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(submitted.number()).isEqualTo(draft.number());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(submitted.processInstanceId()).count())
                .isEqualTo(1);
        assertThatThrownBy(() -> drafts.saveDraft(candidate, draft.id(), new DraftUpdate("x", 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "Application " + draft.number() + " has been submitted; it can no longer be changed."));
    }

    @Test
    void submitting_an_incomplete_draft_lists_what_is_missing_and_changes_nothing() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPD");

        assertThatThrownBy(() -> drafts.submitDraft(candidate, draft.id(), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "The statement must have 20 to 4000 characters; it has 0.",
                        "Give your years of relevant experience (0 to 60).",
                        "Choose the EQF level of your highest qualification.",
                        "Attach one document as evidence."));
        assertThat(applications.details(draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void one_open_application_per_role() {
        ApplicationDetails first = drafts.startDraft(candidate, "SCPMC");

        assertThatThrownBy(() -> drafts.startDraft(candidate, "SCPMC"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly("You already have an open application "
                        + "for this role: " + first.number() + ". Continue that one, or withdraw it first."));
        assertThat(drafts.startDraft(candidate, "SCPD").status()).as("another role is fine")
                .isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void the_same_file_twice_is_recognised_and_the_portfolio_has_a_limit() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("a.pdf", "application/pdf", TestDocuments.pdf()), "First", null, Set.of("SCPM-U1-E1")));

        assertThatThrownBy(() -> drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("copy.pdf", "application/pdf", TestDocuments.pdf()), "Again", null, Set.of("SCPM-U1-E1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "The file \"copy.pdf\" is already in your portfolio, as \"First\"."));
        assertThatThrownBy(() -> drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("b.txt", "text/plain", "more".getBytes()), " ", null, Set.of("NOPE"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "Give the document a title (at most 200 characters).", "There is no element NOPE in this role."));
        assertThatThrownBy(() -> drafts.addDocument(candidate, draft.id(), new NewDocument(
                new UploadedDocument("c.txt", "text/plain", "other".getBytes()), "No elements", null, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        TestMessages.english(e.problems())).containsExactly(
                        "Say which elements of the role the document is evidence for (at least one)."));
        assertThat(applications.details(draft.id()).documents()).hasSize(1);
    }

    @Test
    void nobody_else_can_touch_a_draft_and_discarding_removes_it() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        CurrentUser other = accounts.create(Role.CANDIDATE);

        assertThatThrownBy(() -> drafts.saveDraft(other, draft.id(), new DraftUpdate("mine now", 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.discardDraft(other, draft.id()))
                .isInstanceOf(NotFoundException.class);

        drafts.discardDraft(candidate, draft.id());

        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE id = ?").param(draft.id()).query(Long.class).single())
                .isZero();
    }
}
