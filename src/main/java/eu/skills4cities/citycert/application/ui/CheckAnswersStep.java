package eu.skills4cities.citycert.application.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * The last step, "check your answers": every answer of the draft with a link to change it in its
 * step, the elements still without evidence, the declaration (true and complete, own work) the
 * service requires, and Submit.
 */
class CheckAnswersStep extends VerticalLayout {

    private final DraftSession session;
    private final Checkbox declaration = new Checkbox();

    CheckAnswersStep(DraftSession session) {
        this.session = session;
        setPadding(false);
        ApplicationDetails draft = session.draft();
        add(new Paragraph(getTranslation("wizard.check.intro")));

        add(section(WizardStep.ANSWERS, "change-answers"));
        add(row("check-experience", getTranslation("apply.experience"), draft.experienceYears() == null
                ? getTranslation("wizard.check.not-given") : String.valueOf(draft.experienceYears())));
        add(row("check-education", getTranslation("apply.education"), draft.educationLevel() == null
                ? getTranslation("wizard.check.not-given") : getTranslation("eqf." + draft.educationLevel())));
        add(row("check-statement", getTranslation("apply.statement"), draft.statement() == null
                || draft.statement().isBlank() ? getTranslation("wizard.check.not-given") : draft.statement()));
        session.eligibility.check(draft.roleCode(), draft.experienceYears(), draft.educationLevel())
                .ifPresent(rule -> {
                    Paragraph warning = new Paragraph(session.text(rule) + " " + getTranslation("wizard.check.ineligible"));
                    warning.setId("check-ineligible");
                    warning.getStyle().set("font-weight", "600")
                            .set("border-inline-start", "4px solid var(--lumo-warning-color, #ffc107)")
                            .set("padding-inline-start", "var(--lumo-space-m)");
                    add(warning);
                });

        List<ElementDefinition> all = session.elements();
        Set<String> rated = session.drafts.selfAssessment(session.user, draft.id()).stream()
                .map(SelfAssessment::elementCode).collect(Collectors.toSet());
        add(section(WizardStep.SELF_ASSESSMENT, "change-self-assessment"));
        Paragraph ratedCount = new Paragraph(getTranslation("wizard.review.rated", String.valueOf(rated.size()),
                String.valueOf(all.size())));
        ratedCount.setId("rated-count");
        UnorderedList perUnit = new UnorderedList();
        for (UnitDefinition unit : session.role.units()) {
            long ratedInUnit = unit.elements().stream().filter(e -> rated.contains(e.code())).count();
            perUnit.add(new ListItem(getTranslation("wizard.check.unit-rated", unit.code() + " " + unit.title(getLocale()).text(),
                    String.valueOf(ratedInUnit), String.valueOf(unit.elements().size()))));
        }
        add(ratedCount, perUnit);

        add(section(WizardStep.EVIDENCE, "change-evidence"));
        UnorderedList documents = new UnorderedList();
        documents.setId("check-documents");
        for (DocumentInfo document : draft.documents()) {
            documents.add(new ListItem(getTranslation("wizard.check.document", document.title(),
                    String.join(", ", document.elementCodes()))));
        }
        add(draft.documents().isEmpty() ? new Paragraph(getTranslation("wizard.portfolio.empty")) : documents);
        Set<String> evidenced = draft.documents().stream().flatMap(d -> d.elementCodes().stream())
                .collect(Collectors.toSet());
        UnorderedList withoutEvidence = new UnorderedList();
        withoutEvidence.setId("without-evidence");
        all.stream().filter(e -> !evidenced.contains(e.code()))
                .forEach(e -> withoutEvidence.add(new ListItem(e.code() + " " + e.title(getLocale()).text())));
        Span withoutTitle = new Span(getTranslation("wizard.review.without-evidence"));
        withoutTitle.getStyle().set("font-weight", "600");
        add(withoutTitle, withoutEvidence.getChildren().findAny().isPresent() ? withoutEvidence
                : new Paragraph(getTranslation("wizard.review.all-evidenced")));

        H3 declare = new H3(getTranslation("wizard.declaration.title"));
        declaration.setId("declaration");
        declaration.setLabel(getTranslation("wizard.declaration"));
        declaration.addValueChangeListener(change -> {
            if (change.getValue()) {
                session.summary.fixed(declaration);
            }
        });
        Button submit = new Button(getTranslation("apply.submit"), click -> submit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(submit, session.discardButton());
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(declare, declaration, actions);
    }

    private void submit() {
        try {
            ApplicationDetails submitted = session.drafts.submitDraft(session.user, session.draft().id(),
                    declaration.getValue());
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, ApplicationView.parameters(submitted.id())));
        } catch (InvalidInputException refused) {
            // each problem leads to where it is put right: the declaration here, the rest in their steps
            session.summary.show(refused.problems().stream().map(this::problem).toList());
        }
    }

    private ErrorSummary.Problem problem(UserMessage problem) {
        String text = session.text(problem);
        String key = problem.key();
        if (key.equals("problem.declaration")) {
            return ErrorSummary.Problem.of(text, declaration);
        }
        if (key.startsWith("problem.statement") || key.equals("problem.experience") || key.equals("problem.education")) {
            return new ErrorSummary.Problem(text, null, () -> session.go(WizardStep.ANSWERS));
        }
        if (key.startsWith("problem.document")) {
            return new ErrorSummary.Problem(text, null, () -> session.go(WizardStep.EVIDENCE));
        }
        return new ErrorSummary.Problem(text, null, null);
    }

    private Component section(WizardStep step, String changeId) {
        H3 title = new H3(getTranslation(step.titleKey()));
        title.getStyle().set("margin", "0");
        RouterLink change = new RouterLink(getTranslation("wizard.check.change"), DraftWizardView.class,
                session.step(step));
        change.setId(changeId);
        change.getElement().setAttribute("aria-label", getTranslation("wizard.check.change-named",
                getTranslation(step.titleKey())));
        Div header = new Div(title, change);
        header.setWidthFull();
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("margin-top", "var(--lumo-space-l)");
        return header;
    }

    private Component row(String id, String label, String value) {
        Span term = new Span(label);
        term.getStyle().set("font-weight", "600").set("min-width", "14rem");
        Span answer = new Span(value);
        answer.setId(id);
        answer.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere").set("flex", "1 1 16rem");
        Div row = new Div(term, answer);
        row.setWidthFull();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return row;
    }
}
