package eu.skills4cities.citycert.application.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.application.NewDocument;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static eu.skills4cities.citycert.application.ui.CandidateViewsTest.problems;
import static eu.skills4cities.citycert.application.ui.CandidateViewsTest.step;
import static org.assertj.core.api.Assertions.assertThat;

/** The guided wizard: its steps and their states, eligibility as typed, the error summary, the declaration. */
class DraftWizardViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    FrameworkCatalogue framework;

    private CurrentUser candidate;

    @BeforeEach
    void signInAsCandidate() {
        candidate = accounts.create(Role.CANDIDATE);
        signIn(candidate);
    }

    @Test
    void the_step_is_in_the_address_and_the_task_list_links_every_step_with_its_state() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        open(draft, "evidence");

        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).isEqualTo("3. Evidence");
        assertThat(_find(RouterLink.class, spec -> spec.withId("step-answers"))).singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo("applications/" + draft.id() + "/edit/answers"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("step-evidence")).getElement().getAttribute("aria-current"))
                .isEqualTo("step");
        assertThat(states()).containsExactly("Not started", "Not started", "Not started", "Cannot submit yet");

        step("step-answers");
        _setValue(_get(IntegerField.class, spec -> spec.withId("experience")), 6);
        assertThat(states()).containsExactly("In progress", "Not started", "Not started", "Cannot submit yet");
        _setValue(education(), 7);
        _setValue(_get(TextArea.class, spec -> spec.withId("statement")), TestDocuments.STATEMENT);
        assertThat(states()).containsExactly("Complete", "Not started", "Not started", "Cannot submit yet");

        _click(_get(Button.class, spec -> spec.withId("next")));
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).isEqualTo("2. Self-assessment");
        _click(_get(Button.class, spec -> spec.withId("back")));
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).isEqualTo("1. Eligibility and statement");
    }

    @Test
    void the_first_step_says_as_the_candidate_types_which_rule_they_do_not_meet_and_where_to_go() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPMC");
        open(draft, null);
        assertThat(_find(Paragraph.class, spec -> spec.withId("ineligible-rule"))).isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("experience")), 1);

        assertThat(_get(Paragraph.class, spec -> spec.withId("ineligible-rule")).getText())
                .isEqualTo("This role needs at least 5 years of relevant experience; you gave 1.");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("eligibility-catalogue"))
                .getHref()).isEqualTo("catalogue");
        assertThat(_find(Button.class, spec -> spec.withId("discard"))).hasSize(1);
        assertThat(applications.details(draft.id()).experienceYears()).as("the draft is kept").isEqualTo(1);

        _setValue(_get(IntegerField.class, spec -> spec.withId("experience")), 6);
        _setValue(education(), 4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ineligible-rule")).getText())
                .isEqualTo("This role needs a qualification at EQF level 6 or higher; you gave level 4.");
        _setValue(education(), 6);
        assertThat(_find(Paragraph.class, spec -> spec.withId("ineligible-rule"))).isEmpty();
    }

    @Test
    void next_on_missing_answers_lists_them_at_the_top_marks_the_fields_and_each_error_goes_when_fixed() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        open(draft, "answers");

        _click(_get(Button.class, spec -> spec.withId("next")));

        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).as("stays on the step")
                .isEqualTo("1. Eligibility and statement");
        assertThat(_get(H2.class, spec -> spec.withId("problems-title")).getText()).isEqualTo("There is a problem");
        assertThat(problems()).containsExactly("The statement must have 20 to 4000 characters; it has 0.",
                "Give your years of relevant experience (0 to 60).",
                "Choose the EQF level of your highest qualification.");
        IntegerField experience = _get(IntegerField.class, spec -> spec.withId("experience"));
        assertThat(experience.isInvalid()).isTrue();
        assertThat(experience.getErrorMessage()).isEqualTo("Give your years of relevant experience (0 to 60).");
        assertThat(_find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("problems")), Button.class))
                .as("each item is a link to its field").hasSize(3);

        _setValue(experience, 4);

        assertThat(experience.isInvalid()).isFalse();
        assertThat(problems()).containsExactly("The statement must have 20 to 4000 characters; it has 0.",
                "Choose the EQF level of your highest qualification.");
        _setValue(education(), 6);
        _setValue(_get(TextArea.class, spec -> spec.withId("statement")), TestDocuments.STATEMENT);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("problems")))
                .as("the summary goes with its last problem").isEmpty();
        assertThat(_find(IntegerField.class, spec -> spec.withId("experience"))).singleElement()
                .satisfies(field -> assertThat(field.isInvalid()).isFalse());
    }

    @Test
    void a_document_is_mapped_to_a_whole_unit_at_once_and_listed_with_element_codes_and_titles() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        UnitDefinition unit = framework.publishedRole("SCPM").orElseThrow().role().units().get(1);
        open(draft, "evidence");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-file")), "unit.pdf", "application/pdf",
                TestDocuments.pdf());
        _setValue(_get(TextField.class, spec -> spec.withId("document-title")), "Whole unit");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitDefinition> units = _get(MultiSelectComboBox.class, spec -> spec.withId("document-units"));
        _setValue(units, Set.of(unit));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ElementDefinition> elements = _get(MultiSelectComboBox.class,
                spec -> spec.withId("document-elements"));
        assertThat(elements.getValue()).containsExactlyInAnyOrderElementsOf(unit.elements());
        _click(_get(Button.class, spec -> spec.withId("add-document")));

        assertThat(applications.details(draft.id()).documents()).singleElement()
                .satisfies(d -> assertThat(d.elementCodes()).containsExactlyInAnyOrderElementsOf(
                        unit.elements().stream().map(ElementDefinition::code).toList()));
        @SuppressWarnings("unchecked")
        Grid<DocumentInfo> portfolio = _get(Grid.class, spec -> spec.withId("portfolio"));
        assertThat(_find(GridKt._getCellComponent(portfolio, 0, "elements"), ListItem.class))
                .extracting(ListItem::getText).containsExactlyElementsOf(unit.elements().stream()
                        .map(e -> e.code() + " " + e.title()).sorted().toList());
    }

    @Test
    void a_document_without_title_or_elements_is_refused_on_its_fields_and_nothing_is_stored() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        open(draft, "evidence");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-file")), "a.pdf", "application/pdf",
                TestDocuments.pdf());

        _click(_get(Button.class, spec -> spec.withId("add-document")));

        assertThat(problems()).containsExactly("Give the document a title (at most 200 characters).",
                "Say which elements of the role the document is evidence for (at least one).");
        TextField title = _get(TextField.class, spec -> spec.withId("document-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(applications.details(draft.id()).documents()).isEmpty();
        _setValue(title, "My report");
        assertThat(title.isInvalid()).isFalse();
        assertThat(problems()).containsExactly(
                "Say which elements of the role the document is evidence for (at least one).");
    }

    @Test
    void check_your_answers_shows_every_answer_with_change_links_and_submit_needs_the_declaration() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 6, 7));
        drafts.addDocument(candidate, draft.id(), new NewDocument(new UploadedDocument("r.pdf", "application/pdf",
                TestDocuments.pdf()), "Final report", null, Set.of("SCPM-U1-E1")));
        open(draft, "check");

        assertThat(_get(Span.class, spec -> spec.withId("check-experience")).getText()).isEqualTo("6");
        assertThat(_get(Span.class, spec -> spec.withId("check-statement")).getText()).isEqualTo(TestDocuments.STATEMENT);
        assertThat(_find(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("check-documents")),
                ListItem.class)).extracting(ListItem::getText).containsExactly("Final report: SCPM-U1-E1");
        assertThat(_get(RouterLink.class, spec -> spec.withId("change-answers")).getHref())
                .isEqualTo("applications/" + draft.id() + "/edit/answers");
        assertThat(_get(RouterLink.class, spec -> spec.withId("change-evidence")).getHref())
                .isEqualTo("applications/" + draft.id() + "/edit/evidence");
        assertThat(states()).last().isEqualTo("Ready to check");

        _click(_get(Button.class, spec -> spec.withId("submit")));

        Checkbox declaration = _get(Checkbox.class, spec -> spec.withId("declaration"));
        assertThat(problems()).containsExactly("Tick the declaration: confirm that the information is true and "
                + "complete and that the evidence is your own work.");
        assertThat(declaration.isInvalid()).isTrue();
        assertThat(applications.details(draft.id()).status()).isEqualTo(ApplicationStatus.DRAFT);

        _setValue(declaration, true);
        assertThat(declaration.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("submit")));

        NavigatorKt.expectView(ApplicationView.class);
        assertThat(applications.details(draft.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void choosing_a_role_shows_who_can_apply_before_the_draft_is_started() {
        UI.getCurrent().navigate(NewApplicationView.class);
        @SuppressWarnings("unchecked")
        Select<eu.skills4cities.citycert.framework.PublishedRole> role = _get(Select.class, spec -> spec.withId("role"));

        _setValue(role, role.getListDataView().getItems().filter(r -> r.role().code().equals("SCPMC")).findFirst()
                .orElseThrow());

        assertThat(_find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("role-prerequisites")),
                ListItem.class)).extracting(ListItem::getText).containsExactly(
                "At least 5 years of relevant experience.", "A qualification at EQF level 6 or higher.");
        assertThat(applications.mine(candidate)).isEmpty();
    }

    @Test
    void the_evidence_steps_multi_select_boxes_announce_their_choices_in_the_candidates_language() {
        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        open(draft, "evidence");

        for (String id : List.of("document-units", "document-elements")) {
            MultiSelectComboBox<?> box = _get(MultiSelectComboBox.class, spec -> spec.withId(id));
            assertThat(box.getI18n()).as(id).isNotNull();
            assertThat(box.getI18n().getSelected()).as(id).isEqualTo("zur Auswahl hinzugefügt");
            assertThat(box.getI18n().getTotal()).as(id).isEqualTo("Ausgewählt: {count}");
        }
    }

    private void open(ApplicationDetails draft, String step) {
        UI.getCurrent().navigate("applications/" + draft.id() + "/edit" + (step == null ? "" : "/" + step));
        NavigatorKt.expectView(DraftWizardView.class);
    }

    private List<String> states() {
        return java.util.stream.Stream.of("answers", "self-assessment", "evidence", "check")
                .map(segment -> _get(Span.class, spec -> spec.withId("state-" + segment)).getText())
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> education() {
        return _get(Select.class, spec -> spec.withId("education"));
    }
}
