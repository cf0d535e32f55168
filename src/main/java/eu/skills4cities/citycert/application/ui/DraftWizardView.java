package eu.skills4cities.citycert.application.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.application.NewDocument;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.application.SelfAssessmentLevel;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The application wizard: eligibility questions and statement, self-assessment per
 * element, the evidence portfolio, and review and submit. Every answer is saved when it
 * changes, so the candidate can leave and resume the draft at any time.
 *
 * <p>Longer than our usual 300 lines: its four steps are built here. When the wizard becomes a
 * guided one, each step gets a class of its own; until then they stay together.
 */
@Route("applications/:id/edit")
@RolesAllowed(Role.CANDIDATE_NAME)
class DraftWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final ApplicationDrafts drafts;
    private final FrameworkCatalogue framework;
    private final CurrentUserProvider users;
    private final Div problems = new Div();
    private final Span saved = new Span();
    private final VerticalLayout content = new VerticalLayout();
    private CurrentUser user;
    private ApplicationDetails draft;
    private RoleDefinition role;
    private String title = "";

    DraftWizardView(ApplicationService applications, ApplicationDrafts drafts, FrameworkCatalogue framework,
                    CurrentUserProvider users) {
        this.applications = applications;
        this.drafts = drafts;
        this.framework = framework;
        this.users = users;
        setMaxWidth("64rem");
        problems.setId("problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        saved.setId("saved");
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        user = users.require();
        try {
            draft = applications.get(user, UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new Paragraph(getTranslation("application.not-found")));
            return;
        }
        if (draft.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(ApplicationView.class, ApplicationView.parameters(draft.id()));
            return;
        }
        role = framework.role(draft.frameworkVersionId(), draft.roleCode()).map(p -> p.role()).orElseThrow();
        title = getTranslation("wizard.title", draft.number(), draft.roleTitle());
        Tab answers = new Tab(getTranslation("wizard.step.answers"));
        Tab assessment = new Tab(getTranslation("wizard.step.self-assessment"));
        Tab evidence = new Tab(getTranslation("wizard.step.evidence"));
        Tab review = new Tab(getTranslation("wizard.step.review"));
        answers.setId("step-answers");
        assessment.setId("step-self-assessment");
        evidence.setId("step-evidence");
        review.setId("step-review");
        Tabs steps = new Tabs(answers, assessment, evidence, review);
        steps.setId("steps");
        Map<Tab, Runnable> pages = Map.of(answers, this::showAnswers, assessment, this::showSelfAssessment,
                evidence, this::showEvidence, review, this::showReview);
        steps.addSelectedChangeListener(change -> {
            problems.removeAll();
            pages.get(change.getSelectedTab()).run();
        });
        add(new H2(title), new Paragraph(getTranslation("wizard.intro")), steps, saved, problems, content);
        showAnswers();
    }

    private void showAnswers() {
        content.removeAll();
        IntegerField experience = new IntegerField(getTranslation("apply.experience"));
        experience.setId("experience");
        experience.setHelperText(getTranslation("apply.experience.helper"));
        experience.setMin(0);
        experience.setMax(60);
        experience.setValue(draft.experienceYears());
        Select<Integer> education = new Select<>();
        education.setId("education");
        education.setLabel(getTranslation("apply.education"));
        education.setHelperText(getTranslation("apply.education.helper"));
        education.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        education.setItemLabelGenerator(level -> getTranslation("eqf." + level));
        education.setValue(draft.educationLevel());
        TextArea statement = new TextArea(getTranslation("apply.statement"));
        statement.setId("statement");
        statement.setHelperText(getTranslation("apply.statement.helper"));
        statement.setWidthFull();
        statement.setMinHeight("10rem");
        statement.setMaxLength(4000);
        statement.setValue(draft.statement() == null ? "" : draft.statement());
        Runnable save = () -> attempt(() -> {
            draft = drafts.saveDraft(user, draft.id(),
                    new DraftUpdate(statement.getValue(), experience.getValue(), education.getValue()));
            saved.setText(getTranslation("wizard.saved"));
        });
        experience.addValueChangeListener(change -> save.run());
        education.addValueChangeListener(change -> save.run());
        statement.addValueChangeListener(change -> save.run());
        content.add(new HorizontalLayout(experience, education), statement);
    }

    private void showSelfAssessment() {
        content.removeAll();
        Map<String, SelfAssessment> ratings = drafts.selfAssessment(user, draft.id()).stream()
                .collect(Collectors.toMap(SelfAssessment::elementCode, Function.identity()));
        content.add(new Paragraph(getTranslation("wizard.self-assessment.intro")));
        for (UnitDefinition unit : role.units()) {
            content.add(new H3(unit.code() + " " + unit.title()));
            for (ElementDefinition element : unit.elements()) {
                RadioButtonGroup<SelfAssessmentLevel> level = new RadioButtonGroup<>();
                level.setId("rate-" + element.code());
                level.setItems(SelfAssessmentLevel.values());
                level.setItemLabelGenerator(l -> getTranslation("self-assessment." + l.name()));
                TextField note = new TextField();
                note.setId("note-" + element.code());
                note.setPlaceholder(getTranslation("wizard.self-assessment.note"));
                note.setWidth("24rem");
                SelfAssessment current = ratings.get(element.code());
                if (current != null) {
                    level.setValue(current.level());
                    note.setValue(current.note() == null ? "" : current.note());
                }
                Runnable rate = () -> {
                    if (level.getValue() != null) {
                        attempt(() -> {
                            drafts.rate(user, draft.id(), new SelfAssessment(element.code(), level.getValue(),
                                    note.getValue()));
                            saved.setText(getTranslation("wizard.saved"));
                        });
                    }
                };
                level.addValueChangeListener(change -> rate.run());
                note.addValueChangeListener(change -> rate.run());
                content.add(new H4(element.code() + " " + element.title()), new Paragraph(element.description()),
                        new HorizontalLayout(level, note));
            }
        }
    }

    private void showEvidence() {
        content.removeAll();
        UploadedDocument[] file = new UploadedDocument[1];
        Span received = new Span();
        received.setId("file-received");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            file[0] = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes);
            received.setText(getTranslation("apply.document.received", metadata.fileName(), String.valueOf(bytes.length)));
        })));
        upload.setId("evidence-file");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".odt", ".txt");
        TextField documentTitle = new TextField(getTranslation("wizard.document.title"));
        documentTitle.setId("document-title");
        documentTitle.setWidthFull();
        TextArea description = new TextArea(getTranslation("wizard.document.description"));
        description.setId("document-description");
        description.setWidthFull();
        MultiSelectComboBox<ElementDefinition> elements = new MultiSelectComboBox<>(getTranslation("wizard.document.elements"));
        elements.setId("document-elements");
        elements.setItems(allElements());
        elements.setItemLabelGenerator(e -> e.code() + " " + e.title());
        elements.setWidthFull();
        Button add = new Button(getTranslation("wizard.document.add"), click -> attempt(() -> {
            drafts.addDocument(user, draft.id(), new NewDocument(file[0], documentTitle.getValue(),
                    description.getValue(), elements.getValue().stream().map(ElementDefinition::code)
                    .collect(Collectors.toSet())));
            draft = applications.get(user, draft.id());
            showEvidence();
        }));
        add.setId("add-document");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(getTranslation("apply.document.helper", "20 MB")), upload, received, documentTitle,
                description, elements, add, new H3(getTranslation("wizard.portfolio")), portfolio());
    }

    private Grid<DocumentInfo> portfolio() {
        Grid<DocumentInfo> grid = new Grid<>();
        grid.setId("portfolio");
        grid.addColumn(DocumentInfo::title).setKey("title").setHeader(getTranslation("wizard.document.title"));
        grid.addColumn(DocumentInfo::fileName).setKey("file").setHeader(getTranslation("wizard.document.file"));
        grid.addColumn(d -> String.join(", ", d.elementCodes())).setKey("elements")
                .setHeader(getTranslation("wizard.document.elements"));
        grid.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("wizard.document.remove"), click -> attempt(() -> {
                drafts.removeDocument(user, draft.id(), d.id());
                draft = applications.get(user, draft.id());
                showEvidence();
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setKey("remove").setAutoWidth(true);
        grid.setItems(draft.documents());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void showReview() {
        content.removeAll();
        draft = applications.get(user, draft.id());
        List<ElementDefinition> all = allElements();
        Set<String> rated = drafts.selfAssessment(user, draft.id()).stream().map(SelfAssessment::elementCode)
                .collect(Collectors.toSet());
        Set<String> evidenced = draft.documents().stream().flatMap(d -> d.elementCodes().stream())
                .collect(Collectors.toSet());
        Paragraph ratedCount = new Paragraph(getTranslation("wizard.review.rated", String.valueOf(rated.size()),
                String.valueOf(all.size())));
        ratedCount.setId("rated-count");
        UnorderedList withoutEvidence = new UnorderedList();
        withoutEvidence.setId("without-evidence");
        all.stream().filter(e -> !evidenced.contains(e.code()))
                .forEach(e -> withoutEvidence.add(new ListItem(e.code() + " " + e.title())));
        Button submit = new Button(getTranslation("apply.submit"), click -> attempt(() -> {
            ApplicationDetails submitted = drafts.submitDraft(user, draft.id());
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, ApplicationView.parameters(submitted.id())));
        }));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("wizard.discard"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("wizard.discard.confirm.title", draft.number()),
                    getTranslation("wizard.discard.confirm.text"), getTranslation("wizard.discard"), yes -> {
                        drafts.discardDraft(user, draft.id());
                        getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        discard.setId("discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        content.add(new Paragraph(getTranslation("wizard.review.documents", String.valueOf(draft.documents().size()))),
                ratedCount, new H4(getTranslation("wizard.review.without-evidence")),
                withoutEvidence.getChildren().findAny().isPresent() ? withoutEvidence
                        : new Paragraph(getTranslation("wizard.review.all-evidenced")),
                new HorizontalLayout(submit, discard));
    }

    private List<ElementDefinition> allElements() {
        return role.units().stream().flatMap(unit -> unit.elements().stream()).toList();
    }

    /** Runs a change; problems from the service are listed, in the user's language. */
    private void attempt(Runnable change) {
        try {
            change.run();
            problems.removeAll();
        } catch (InvalidInputException e) {
            listProblems(e.problems());
        } catch (jakarta.validation.ConstraintViolationException e) {
            // the service's input constraints (control characters, a missing rating)
            listProblems(eu.skills4cities.citycert.base.InputProblems.of(e.getConstraintViolations()));
        }
    }

    private void listProblems(List<UserMessage> messages) {
        problems.removeAll();
        saved.setText("");
        UnorderedList list = new UnorderedList();
        for (UserMessage problem : messages) {
            list.add(new ListItem(getTranslation(problem.key(), problem.getArguments())));
        }
        problems.add(list);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
