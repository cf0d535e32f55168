package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.base.ContentText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.inbox.ReviewSubmission;

/**
 * The evidence review: per unit the candidate's self-assessment and documents, and, for the
 * reviewer who holds the task, a verdict with a reason; then one message for the candidate or
 * the assessor. {@code onSubmit} completes the task; the service checks everything.
 */
class ReviewForm extends VerticalLayout implements TaskForm {

    private final Map<String, RadioButtonGroup<ReviewVerdict>> verdicts = new LinkedHashMap<>();
    private final Map<String, TextField> reasons = new LinkedHashMap<>();
    private final TextArea message = new TextArea();
    private final ErrorSummary problems = new ErrorSummary("review-problems");

    ReviewForm(List<UnitDefinition> units, EvidenceByUnit evidence, boolean editable,
               java.util.function.Consumer<ReviewSubmission> onSubmit) {
        setPadding(false);
        add(problems, new H3(getTranslation("review.units")));
        if (editable && !units.isEmpty()) {
            // most portfolios are fine on most units: one click, then change the few that are not
            Button markAll = new Button(getTranslation("review.mark-all"), click -> verdicts.values()
                    .forEach(verdict -> verdict.setValue(ReviewVerdict.SUFFICIENT)));
            markAll.setId("mark-all-sufficient");
            add(markAll);
        }
        for (UnitDefinition unit : units) {
            VerticalLayout section = new VerticalLayout(ContentText.tag(new H4(unit.code() + " " + unit.title(getLocale()).text()), unit.title(getLocale()).language(), getLocale()), evidence.of(unit));
            section.setPadding(false);
            section.setId("unit-" + unit.code());
            if (editable) {
                RadioButtonGroup<ReviewVerdict> verdict = new RadioButtonGroup<>(getTranslation("review.verdict"));
                verdict.setId("verdict-" + unit.code());
                verdict.setItems(ReviewVerdict.values());
                verdict.setItemLabelGenerator(v -> getTranslation("review.verdict." + v.name()));
                TextField reason = new TextField(getTranslation("review.reason"));
                reason.setId("reason-" + unit.code());
                reason.setWidthFull();
                reason.setMaxLength(2000);
                reason.setHelperText(getTranslation("review.reason.helper"));
                verdicts.put(unit.code(), verdict);
                reasons.put(unit.code(), reason);
                section.add(verdict, reason);
            }
            add(section);
        }
        var unmapped = evidence.unmapped();
        if (!unmapped.isEmpty()) {
            add(new H4(getTranslation("review.other-documents")), evidence.list(unmapped, "documents-other"));
        }
        if (editable) {
            message.setId("review-message");
            message.setLabel(getTranslation("review.message"));
            message.setHelperText(getTranslation("review.message.helper"));
            message.setWidthFull();
            message.setMaxLength(4000);
            Button complete = new Button(getTranslation("review.complete"), click -> onSubmit.accept(submission()));
            complete.setId("complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(message, complete);
        }
    }

    @Override
    public boolean showProblems(Refusal refusal) {
        return problems.show(refusal, problem -> switch (problem.key()) {
            case "problem.review.unit-missing" -> Optional.ofNullable(verdicts.get(problem.args().get(0)));
            case "problem.review.reason" -> Optional.ofNullable(reasons.get(problem.args().get(0)));
            case "task.refused.message" -> Optional.of(message);
            default -> Optional.empty();
        });
    }

    ReviewSubmission submission() {
        List<UnitVerdict> units = new ArrayList<>();
        verdicts.forEach((code, verdict) -> units.add(new UnitVerdict(code, verdict.getValue(),
                reasons.get(code).getValue())));
        return new ReviewSubmission(units, message.getValue());
    }
}
