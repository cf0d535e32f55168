package eu.skills4cities.citycert.application.ui;

import java.util.UUID;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.SelfAssessmentLevel;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.framework.ElementDefinition;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's views: the list, the application form and one application. */
class CandidateViewsTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    eu.skills4cities.citycert.certificate.CertificateService certificates;
    @Autowired
    eu.skills4cities.citycert.framework.FrameworkCatalogue framework;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    eu.skills4cities.citycert.inbox.StaffTaskService staffTasks;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;

    private CurrentUser candidate;

    @BeforeEach
    void signInAsCandidate() {
        candidate = accounts.create(Role.CANDIDATE);
        signIn(candidate);
    }

    @Test
    void a_new_candidate_sees_that_there_are_no_applications_yet() {
        UI.getCurrent().navigate(MyApplicationsView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-applications")).getText())
                .contains("You have not applied yet");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void a_candidate_applies_through_the_wizard_and_sees_the_application_in_review() {
        UI.getCurrent().navigate(MyApplicationsView.class);
        _click(_get(Button.class, spec -> spec.withId("apply")));
        NavigatorKt.expectView(NewApplicationView.class);
        startDraft("SCPM");
        NavigatorKt.expectView(DraftWizardView.class);

        answer(8, 7, TestDocuments.STATEMENT);
        step("step-self-assessment");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SelfAssessmentLevel> rating = _get(RadioButtonGroup.class, spec -> spec.withId("rate-SCPM-U1-E1"));
        _setValue(rating, SelfAssessmentLevel.FULLY);
        step("step-evidence");
        addDocument("my portfolio.pdf", TestDocuments.pdf(), "Project portfolio", "SCPM-U1-E1");
        @SuppressWarnings("unchecked")
        Grid<DocumentInfo> portfolio = _get(Grid.class, spec -> spec.withId("portfolio"));
        assertThat(GridKt._size(portfolio)).isEqualTo(1);
        assertThat(_find(GridKt._getCellComponent(portfolio, 0, "elements"), ListItem.class))
                .extracting(ListItem::getText).containsExactly("SCPM-U1-E1 " + firstElementTitle("SCPM"));

        step("step-review");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("declaration")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rated-count")).getText()).startsWith("Elements you have rated: 1 of ");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("without-evidence")), ListItem.class))
                .extracting(ListItem::getText).doesNotContain("SCPM-U1-E1 " + firstElementTitle("SCPM"))
                .isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("submit")));

        NavigatorKt.expectView(ApplicationView.class);
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo("Evidence in review");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("timeline")), ListItem.class))
                .extracting(ListItem::getText)
                .satisfiesExactly(step -> assertThat(step).endsWith("· Submitted"),
                        step -> assertThat(step).endsWith("· Eligibility rules met"),
                        step -> assertThat(step).endsWith("· Evidence in review"));
        assertThat(_get(_get(UnorderedList.class, spec -> spec.withId("documents")), ListItem.class).getChildren()
                .findFirst().map(c -> ((Anchor) c).getText())).hasValue("my portfolio.pdf");
        assertThat(applications.mine(candidate)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.IN_REVIEW));

        UI.getCurrent().navigate(MyApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Evidence in review");
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Smart City Project Manager");
    }

    @Test
    void a_draft_is_saved_as_the_candidate_goes_and_resumed_later() {
        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPD");
        answer(4, 6, "Half a statement so far");
        UUID id = applications.mine(candidate).get(0).id();

        UI.getCurrent().navigate(MyApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Draft (not submitted)");
        GridKt._clickItem(grid, 0);

        NavigatorKt.expectView(DraftWizardView.class);
        assertThat(_get(IntegerField.class, spec -> spec.withId("experience")).getValue()).isEqualTo(4);
        assertThat(_get(TextArea.class, spec -> spec.withId("statement")).getValue()).isEqualTo("Half a statement so far");
        assertThat(applications.details(id).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void a_statement_with_a_nul_byte_is_refused_in_the_wizard_naming_the_field_and_not_saved() {
        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPD");
        answer(4, 6, "A clean statement so far");

        _setValue(_get(TextArea.class, spec -> spec.withId("statement")), "Pasted\u0000 from a PDF");

        assertThat(problems()).containsExactly("statement: remove the control characters (such as a NUL byte) or "
                + "text direction overrides; only ordinary text is accepted.");
        assertThat(applications.details(applications.mine(candidate).get(0).id()).statement())
                .isEqualTo("A clean statement so far");
    }

    @Test
    void submitting_an_incomplete_draft_lists_every_problem_and_stays_a_draft() {
        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPM");
        step("step-review");

        _click(_get(Button.class, spec -> spec.withId("submit")));

        NavigatorKt.expectView(DraftWizardView.class);
        assertThat(problems()).containsExactly(
                "The statement must have 20 to 4000 characters; it has 0.",
                "Give your years of relevant experience (0 to 60).",
                "Choose the EQF level of your highest qualification.",
                "Attach one document as evidence.",
                "Tick the declaration: confirm that the information is true and complete and that the evidence is "
                        + "your own work.");
        assertThat(applications.mine(candidate)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT));
    }

    @Test
    void starting_without_a_role_or_for_a_role_already_open_is_refused() {
        UI.getCurrent().navigate(NewApplicationView.class);
        _click(_get(Button.class, spec -> spec.withId("start")));
        assertThat(_find(_get(Div.class, spec -> spec.withId("problems")), Paragraph.class))
                .extracting(Paragraph::getText).containsExactly("Choose the role you apply for.");

        ApplicationDetails open = drafts.startDraft(candidate, "SCPM");
        startDraft("SCPM");
        NavigatorKt.expectView(NewApplicationView.class);
        assertThat(_find(_get(Div.class, spec -> spec.withId("problems")), Paragraph.class))
                .extracting(Paragraph::getText).containsExactly("You already have an open application for this role: "
                        + open.number() + ". Continue that one, or withdraw it first.");
    }

    @Test
    void a_role_the_candidate_holds_a_certificate_for_is_refused_with_the_certificate_named() {
        var held = certificates.issue(applications.submit(candidate, TestDocuments.application("SCPD")).id()).get(0);

        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPD");

        NavigatorKt.expectView(NewApplicationView.class);
        assertThat(_find(_get(Div.class, spec -> spec.withId("problems")), Paragraph.class))
                .extracting(Paragraph::getText).singleElement().asString()
                .startsWith("You already hold certificate " + held.number() + " for this role");
    }

    @Test
    void an_html_file_named_pdf_is_refused_with_the_reason_and_not_stored() {
        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPD");
        step("step-evidence");

        addDocument("cv.pdf", "<html><script>alert('x')</script></html>".getBytes(), "My CV", "SCPD-U1-E1");

        assertThat(problems()).containsExactly("The file \"cv.pdf\" is not accepted: its content is text/html, whatever its "
                        + "name says. Accepted are PDF, PNG, JPEG, DOCX, ODT and plain text.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-empty")).getText())
                .isEqualTo("No documents in your portfolio yet.");
    }

    @Test
    void a_candidate_who_is_not_eligible_sees_which_rule_failed() {
        UI.getCurrent().navigate(NewApplicationView.class);
        startDraft("SCPMC");
        answer(2, 7, TestDocuments.STATEMENT);
        step("step-evidence");
        addDocument("cv.pdf", TestDocuments.pdf(), "CV", "SCPMC-U1-E1");
        step("step-review");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("declaration")), true);

        _click(_get(Button.class, spec -> spec.withId("submit")));

        NavigatorKt.expectView(ApplicationView.class);
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo("Not eligible");
        assertThat(_get(Span.class, spec -> spec.withId("ineligible-reason")).getText())
                .isEqualTo("This role needs at least 5 years of relevant experience; you gave 2.");
    }

    @Test
    void a_candidate_reading_romanian_sees_the_role_in_romanian_in_the_wizard_and_on_the_application_page() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ro"));

        UI.getCurrent().navigate(DraftWizardView.class, ApplicationView.parameters(draft.id()));

        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText())
                .anySatisfy(text -> assertThat(text).contains("Manager de proiecte pentru orașe inteligente"));

        UI.getCurrent().navigate(ApplicationView.class, ApplicationView.parameters(draft.id()));

        assertThat(_find(Span.class)).filteredOn(span -> "ro".equals(span.getElement().getAttribute("lang")))
                .extracting(Span::getText).contains("Manager de proiecte pentru orașe inteligente");
    }

    @Test
    void another_candidates_draft_cannot_be_opened_in_the_wizard() {
        ApplicationDetails theirs = drafts.startDraft(accounts.create(Role.CANDIDATE), "SCPD");

        UI.getCurrent().navigate(DraftWizardView.class, ApplicationView.parameters(theirs.id()));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("No such application is available to you.");
        assertThat(_find(com.vaadin.flow.component.html.Nav.class, spec -> spec.withId("task-list"))).isEmpty();
    }

    private void startDraft(String roleCode) {
        @SuppressWarnings("unchecked")
        Select<PublishedRole> role = _get(Select.class, spec -> spec.withId("role"));
        _setValue(role, role.getListDataView().getItems()
                .filter(r -> r.role().code().equals(roleCode)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("start")));
    }

    private void answer(int years, int eqfLevel, String statement) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("experience")), years);
        @SuppressWarnings("unchecked")
        Select<Integer> education = _get(Select.class, spec -> spec.withId("education"));
        _setValue(education, eqfLevel);
        _setValue(_get(TextArea.class, spec -> spec.withId("statement")), statement);
    }

    /** Follows the step's link in the wizard's task list. */
    static void step(String linkId) {
        UI.getCurrent().navigate(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId(linkId)).getHref());
    }

    /** The error summary's sentences, in order. */
    static java.util.List<String> problems() {
        return _find(_get(Div.class, spec -> spec.withId("problems")), ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private void addDocument(String fileName, byte[] content, String title, String... elements) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-file")), fileName, "application/pdf", content);
        _setValue(_get(TextField.class, spec -> spec.withId("document-title")), title);
        if (elements.length > 0) {
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<ElementDefinition> select = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("document-elements"));
            _setValue(select, select.getListDataView().getItems()
                    .filter(e -> java.util.Arrays.asList(elements).contains(e.code()))
                    .collect(java.util.stream.Collectors.toSet()));
        }
        _click(_get(Button.class, spec -> spec.withId("add-document")));
    }

    private String firstElementTitle(String roleCode) {
        return framework.publishedRole(roleCode).orElseThrow().role().units().get(0).elements().get(0).title();
    }

    @Test
    void a_candidate_withdraws_after_confirming_and_sees_it_recorded() {
        ApplicationDetails mine = applications.submit(candidate, TestDocuments.application("SCPM"));
        UI.getCurrent().navigate(ApplicationView.class, ApplicationView.parameters(mine.id()));

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("withdraw-reason")), "Not this year.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo("Withdrawn");
        assertThat(_get(Span.class, spec -> spec.withId("outcome-reason")).getText()).isEqualTo("Not this year.");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    @Test
    void after_a_partial_certification_the_candidate_sees_unit_results_and_starts_a_retake_after_confirming() {
        ApplicationDetails mine = applications.submit(candidate, TestDocuments.application("SCPD"));
        partlyCertify(mine);

        UI.getCurrent().navigate(ApplicationView.class, ApplicationView.parameters(mine.id()));
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText())
                .isEqualTo("Partly certified (unit certificates)");
        assertThat(_find(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("unit-results")),
                com.vaadin.flow.component.html.ListItem.class)).extracting(com.vaadin.flow.component.html.ListItem::getText)
                .contains("SCPD-U1 Smart city context and needs analysis: passed with 100 % (pass mark 66.7 %)",
                        "SCPD-U3 Project planning and solution design: not passed yet, 30 % (pass mark 66.7 %)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("retake-offer")).getText())
                .startsWith("You can retake SCPD-U3").doesNotContain("SCPD-U1 ");

        // without the declaration the retake is refused, and the checkbox says why
        var declaration = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("retake-declaration"));
        _click(_get(Button.class, spec -> spec.withId("retake")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(declaration.isInvalid()).isTrue();
        assertThat(declaration.getErrorMessage()).startsWith("Tick the declaration");
        assertThat(applications.mine(candidate)).hasSize(1);

        _setValue(declaration, true);
        assertThat(declaration.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("retake")));
        var confirm = _find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).stream()
                .filter(com.vaadin.flow.component.confirmdialog.ConfirmDialog::isOpened).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        var retake = applications.mine(candidate).get(0);
        assertThat(retake.id()).isNotEqualTo(mine.id());
        // SCPD's route has the exam: the retake waits for it, and its page offers to start it
        assertThat(retake.status()).isEqualTo(ApplicationStatus.IN_EXAM);
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo(
                TestMessages.english(eu.skills4cities.citycert.base.UserMessage.of("status.IN_EXAM")));
        assertThat(_find(Button.class, spec -> spec.withId("exam-start"))).hasSize(1);
    }

    /**
     * Review sufficient, the exam sat with every answer right (it scores SCPD-U1, U2 and U4), the units the
     * portfolio covers (SCPD-U3 and U5) scored 30, certified: unit certificates for the units the exam passed.
     */
    private void partlyCertify(ApplicationDetails application) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String task = openTask(application);
        staffTasks.claim(reviewer, task);
        staffTasks.completeReview(reviewer, task, TestStaffWork.review(staffTasks, reviewer, task,
                ReviewVerdict.SUFFICIENT, "Fine."));
        exams.sitIfWaiting(application.id());
        task = openTask(application);
        staffTasks.claim(assessor, task);
        staffTasks.completeAssessment(assessor, task, TestStaffWork.scores(staffTasks, assessor, task,
                unit -> new java.math.BigDecimal(unit.equals("SCPD-U1") ? "90" : "30"), "Interview."));
        task = openTask(application);
        staffTasks.claim(officer, task);
        staffTasks.completeDecision(officer, task, TestStaffWork.decision("CERTIFY", "Unit 1."));
        management.createJobQuery().processInstanceId(application.processInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private String openTask(ApplicationDetails application) {
        return taskService.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult().getId();
    }

    @Test
    void a_candidate_answers_a_request_for_more_evidence_and_the_application_returns_to_review() {
        ApplicationDetails mine = applications.submit(candidate, TestDocuments.application("SCPM"));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String task = taskService.createTaskQuery().processInstanceId(mine.processInstanceId()).singleResult().getId();
        staffTasks.claim(reviewer, task);
        staffTasks.completeReview(reviewer, task, TestStaffWork.review(staffTasks, reviewer, task,
                ReviewVerdict.MORE_NEEDED, "Please add a reference letter."));

        UI.getCurrent().navigate(ApplicationView.class, ApplicationView.parameters(mine.id()));
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo("More evidence requested");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-request-message")).getText())
                .isEqualTo("Please add a reference letter.");

        _click(_get(Button.class, spec -> spec.withId("send-evidence")));
        assertThat(_find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("evidence-problems")),
                Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Write a short note about what you send (1 to 4000 characters).", "Attach one document as evidence.");

        _setValue(_get(TextArea.class, spec -> spec.withId("evidence-note")), "The letter from the city.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-document")), "reference.pdf",
                "application/pdf", TestDocuments.pdf());
        _click(_get(Button.class, spec -> spec.withId("send-evidence")));

        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isEqualTo("Evidence in review");
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("evidence-request"))).isEmpty();
        assertThat(applications.details(mine.id()).documents()).hasSize(2);
    }


    @Test
    void another_candidates_application_is_not_shown_and_not_confirmed_to_exist() {
        CurrentUser owner = accounts.create(Role.CANDIDATE);
        ApplicationDetails theirs = applications.submit(owner, TestDocuments.application("SCPD"));

        UI.getCurrent().navigate(ApplicationView.class, ApplicationView.parameters(theirs.id()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText())
                .isEqualTo("No such application is available to you.");
        assertThat(_find(Span.class, spec -> spec.withId("status"))).isEmpty();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).doesNotContain("portfolio.pdf");
    }

    @Test
    void my_applications_name_the_role_in_the_readers_language_by_its_code() {
        CurrentUser mine = accounts.create(Role.CANDIDATE);
        applications.submit(mine, TestDocuments.application("SCPM"));
        signIn(mine);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(MyApplicationsView.class);
        UI.getCurrent().refreshCurrentRoute(true);

        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Smart-City-Projektmanager/-in");

        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("home-applications")).getElement()
                .getTextRecursively()).as("the start page's list").contains("Smart-City-Projektmanager/-in")
                .doesNotContain("Smart City Project Manager");
        assertThat(applications.mine(mine)).singleElement()
                .satisfies(a -> assertThat(a.roleTitle()).isEqualTo("Smart City Project Manager"));
    }
}
