package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.base.ContentText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.UnitResult;
import eu.skills4cities.citycert.assessment.UnitReview;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.inbox.DecisionSubmission;

/**
 * The certification decision: a summary of the review (the last verdict on each unit) and of
 * the assessment (score, pass mark and result per unit), then the officer's declaration of no
 * conflict of interest, the decision and its reason.
 */
class DecisionForm extends VerticalLayout implements TaskForm {

    private final Checkbox declaration = new Checkbox();
    private final RadioButtonGroup<CertificationVerdict> verdict = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final ErrorSummary problems = new ErrorSummary("decision-problems");

    DecisionForm(AssessmentPlan plan, List<UnitReview> reviews, List<UnitResult> results, String outcome,
                 EvidenceByUnit evidence, String candidateName, UnaryOperator<String> names, boolean editable,
                 Consumer<DecisionSubmission> onSubmit) {
        setPadding(false);
        add(problems);
        Map<String, UnitDefinition> units = Stream.concat(plan.toAssess().stream(), plan.heldAlready().stream())
                .collect(Collectors.toMap(UnitDefinition::code, Function.identity(), (a, b) -> a));
        add(new H3(getTranslation("decision.review")));
        Map<String, UnitReview> lastReview = reviews.stream()
                .collect(Collectors.toMap(UnitReview::unitCode, Function.identity(), (first, last) -> last,
                        java.util.LinkedHashMap::new));
        UnorderedList reviewed = new UnorderedList();
        reviewed.setId("review-summary");
        lastReview.values().forEach(r -> reviewed.add(new ListItem(getTranslation("decision.review.unit", r.unitCode(),
                title(units, r.unitCode()), getTranslation("review.verdict." + r.verdict().name()), names.apply(r.reviewer()),
                r.reason() == null ? "" : r.reason()))));
        add(lastReview.isEmpty() ? new Paragraph(getTranslation("decision.review.none")) : reviewed);

        add(new H3(getTranslation("decision.assessment")));
        if (outcome != null) {
            Paragraph result = new Paragraph(getTranslation("decision.outcome", getTranslation("verdict." + outcome)));
            result.setId("assessment-outcome");
            add(result);
        }
        Grid<UnitResult> grid = new Grid<>();
        grid.setId("assessment-summary");
        grid.addColumn(r -> r.unitCode() + " " + title(units, r.unitCode())).setHeader(getTranslation("decision.unit"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.score().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("decision.score"));
        grid.addColumn(r -> r.passMark().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("decision.pass-mark"));
        grid.addColumn(r -> getTranslation(r.passed() ? "decision.passed" : "decision.failed"))
                .setKey("result").setHeader(getTranslation("decision.result"));
        grid.addColumn(r -> names.apply(r.assessor())).setHeader(getTranslation("decision.assessor"));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        add(grid);
        if (!plan.heldAlready().isEmpty()) {
            add(new Paragraph(getTranslation("decision.held", plan.heldAlready().stream()
                    .map(UnitDefinition::code).collect(Collectors.joining(", ")))));
        }
        if (editable) {
            // the officer who holds the task reads the evidence here (the downloads check it again, and record it)
            add(evidence(plan, evidence));
            declaration.setId("no-conflict");
            declaration.setLabel(getTranslation("decision.declaration"));
            verdict.setId("verdict");
            verdict.setLabel(getTranslation("task.verdict"));
            verdict.setItems(CertificationVerdict.values());
            verdict.setItemLabelGenerator(v -> getTranslation("verdict." + v.name()));
            reason.setId("reason");
            reason.setLabel(getTranslation("decision.reason"));
            reason.setHelperText(getTranslation("decision.reason.helper"));
            reason.setWidthFull();
            reason.setMaxLength(4000);
            Button decide = new Button(getTranslation("decision.complete"), click -> confirm(candidateName, onSubmit));
            decide.setId("complete");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3(getTranslation("decision.title")), declaration, verdict, reason, decide);
        }
    }

    private Details evidence(AssessmentPlan plan, EvidenceByUnit evidence) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        for (UnitDefinition unit : plan.toAssess()) {
            VerticalLayout section = new VerticalLayout(ContentText.tag(new H4(unit.code() + " " + unit.title(getLocale()).text()), unit.title(getLocale()).language(), getLocale()), evidence.of(unit));
            section.setPadding(false);
            section.setId("evidence-" + unit.code());
            content.add(section);
        }
        var unmapped = evidence.unmapped();
        if (!unmapped.isEmpty()) {
            content.add(new H4(getTranslation("review.other-documents")), evidence.list(unmapped, "documents-other"));
        }
        Details details = new Details(getTranslation("decision.evidence"), content);
        details.setId("decision-evidence");
        details.setWidthFull();
        return details;
    }

    /**
     * The decision cannot be taken back: once the officer has declared and chosen, a dialog names what will happen
     * before anything is sent. Without a declaration or a verdict the service's problems come back at once.
     */
    private void confirm(String candidateName, Consumer<DecisionSubmission> onSubmit) {
        if (!declaration.getValue() || verdict.getValue() == null) {
            onSubmit.accept(submission());
            return;
        }
        String what = verdict.getValue().name();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-decision");
        dialog.setHeader(getTranslation("decision.confirm.title." + what, candidateName));
        dialog.setText(getTranslation("decision.confirm.text." + what, candidateName));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("decision.confirm.cancel"));
        dialog.setConfirmText(getTranslation("decision.confirm.ok." + what));
        if (verdict.getValue() == CertificationVerdict.REFUSE) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> onSubmit.accept(submission()));
        dialog.open();
    }

    @Override
    public boolean showProblems(Refusal refusal) {
        return problems.show(refusal, problem -> switch (problem.key()) {
            case "task.refused.declaration" -> Optional.of(declaration);
            case "task.refused.verdict" -> Optional.of(verdict);
            case "task.refused.reason" -> Optional.of(reason);
            default -> Optional.empty();
        });
    }

    private static String title(Map<String, UnitDefinition> units, String code) {
        UnitDefinition unit = units.get(code);
        return unit == null ? "" : unit.title(com.vaadin.flow.component.UI.getCurrent().getLocale()).text();
    }

    DecisionSubmission submission() {
        return new DecisionSubmission(verdict.getValue(), reason.getValue(), declaration.getValue());
    }
}
