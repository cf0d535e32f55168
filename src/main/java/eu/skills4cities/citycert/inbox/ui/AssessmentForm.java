package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.base.ContentText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.ExamScores;
import eu.skills4cities.citycert.assessment.PassedUnit;
import eu.skills4cities.citycert.assessment.UnitReview;
import eu.skills4cities.citycert.assessment.UnitPreview;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.ExamOnTask;

/**
 * The assessment: the units held already (on a retake), and per unit to assess the evidence,
 * the reviewer's verdict and a score in percent, for the whole unit or for each element as
 * the scheme says. The pass mark is shown; the pass rule is applied when the task completes. With an exam, its
 * score per unit stands beside the unit; on the route exam the assessor confirms those scores instead of typing
 * any; on the route exam and portfolio the assessor scores the units the scheme has the portfolio cover, and the
 * others show the exam's score that they take; on either route the assessor may void the exam with the comment as
 * the reason.
 */
class AssessmentForm extends VerticalLayout implements TaskForm {

    private final Map<String, BigDecimalField> unitScores = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimalField>> elementScores = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private final ErrorSummary problems = new ErrorSummary("assessment-problems");
    private final BiFunction<UnitDefinition, UnitScore, Optional<UnitPreview>> preview;

    AssessmentForm(AssessmentPlan plan, List<UnitReview> reviews, EvidenceByUnit evidence, boolean editable,
                   Consumer<AssessmentSubmission> onSubmit, ExamOnTask exam, Consumer<String> onConfirmExam,
                   Consumer<String> onVoidExam, BiFunction<UnitDefinition, UnitScore, Optional<UnitPreview>> preview,
                   UnaryOperator<String> names) {
        this.preview = preview;
        setPadding(false);
        add(problems, new H3(getTranslation("assessment.units")));
        Paragraph rule = new Paragraph(getTranslation(plan.scoreElements() ? "assessment.rule.elements"
                : "assessment.rule.units", plan.passMark().stripTrailingZeros().toPlainString()));
        rule.setId("pass-rule");
        add(rule);
        if (!exam.confirmOnly() && !exam.examScored().isEmpty()) {
            Paragraph covers = new Paragraph(getTranslation("assessment.portfolio-covers",
                    String.join(", ", plan.portfolioCovered().stream().map(UnitDefinition::code).toList()),
                    String.join(", ", exam.examScored())));
            covers.setId("portfolio-covers");
            add(covers);
        }
        if (!plan.heldAlready().isEmpty()) {
            UnorderedList held = new UnorderedList();
            held.setId("held-units");
            for (UnitDefinition unit : plan.heldAlready()) {
                BigDecimal score = plan.passedUnits().stream().filter(p -> p.unitCode().equals(unit.code()))
                        .map(PassedUnit::score).findFirst().orElse(null);
                held.add(new ListItem(getTranslation("assessment.held", unit.code(), unit.title(getLocale()).text(),
                        score == null ? "" : score.stripTrailingZeros().toPlainString())));
            }
            add(new H4(getTranslation("assessment.held.title")), held);
        }
        for (UnitDefinition unit : plan.toAssess()) {
            VerticalLayout section = new VerticalLayout(ContentText.tag(new H4(unit.code() + " " + unit.title(getLocale()).text()), unit.title(getLocale()).language(), getLocale()));
            section.setPadding(false);
            section.setId("unit-" + unit.code());
            reviews.stream().filter(r -> r.unitCode().equals(unit.code())).reduce((first, last) -> last)
                    .ifPresent(r -> section.add(new Paragraph(getTranslation("assessment.reviewed",
                            getTranslation("review.verdict." + r.verdict().name()), names.apply(r.reviewer()),
                            r.reason() == null ? "" : r.reason()))));
            section.add(evidence.of(unit));
            ExamScores.UnitExamScore examScore = exam.scores().get(unit.code());
            // the route exam and portfolio: a unit the portfolio does not cover takes the exam's score, shown only
            boolean byExam = !exam.confirmOnly() && exam.examScored().contains(unit.code());
            if (examScore != null) {
                Paragraph shown = new Paragraph(getTranslation(byExam ? "assessment.exam-scored"
                        : "assessment.exam-score", examScore.score().toPlainString()));
                shown.setId("exam-score-" + unit.code());
                section.add(shown);
            }
            // the route exam: the assessor confirms the exam's scores and types none
            if (editable && !exam.confirmOnly() && !byExam) {
                if (plan.scoreElements()) {
                    Map<String, BigDecimalField> fields = new LinkedHashMap<>();
                    for (ElementDefinition element : unit.elements()) {
                        BigDecimalField field = scoreField(getTranslation("assessment.score.element", element.code(),
                                element.title(getLocale()).text()), "score-" + element.code());
                        fields.put(element.code(), field);
                        section.add(field);
                    }
                    elementScores.put(unit.code(), fields);
                } else {
                    BigDecimalField field = scoreField(getTranslation("assessment.score.unit", unit.code(),
                            unit.title(getLocale()).text()), "score-" + unit.code());
                    unitScores.put(unit.code(), field);
                    section.add(field);
                }
                section.add(liveResult(unit));
            }
            add(section);
        }
        if (editable) {
            comment.setId("assessment-comment");
            comment.setLabel(getTranslation("assessment.comment"));
            comment.setHelperText(getTranslation("assessment.comment.helper"));
            comment.setWidthFull();
            comment.setMaxLength(4000);
            add(comment);
            if (exam.confirmOnly()) {
                Button confirm = new Button(getTranslation("assessment.confirm-exam"),
                        click -> onConfirmExam.accept(comment.getValue()));
                confirm.setId("confirm-exam");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(confirm);
            } else {
                Button complete = new Button(getTranslation("assessment.complete"),
                        click -> onSubmit.accept(submission()));
                complete.setId("complete");
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(complete);
            }
            if (!exam.scores().isEmpty()) {
                // the comment is the reason: a proven irregularity
                Button voidExam = new Button(getTranslation("assessment.void-exam"),
                        click -> onVoidExam.accept(comment.getValue()));
                voidExam.setId("void-exam");
                voidExam.addThemeVariants(ButtonVariant.LUMO_ERROR);
                add(voidExam);
            }
        }
    }

    /** The unit's mean and pass or fail by the pass rule, worked out again at each keystroke in its fields. */
    private Span liveResult(UnitDefinition unit) {
        Span result = new Span();
        result.setId("unit-result-" + unit.code());
        // read out when it changes, without moving the focus from the score being typed
        result.getElement().setAttribute("aria-live", "polite");
        Runnable update = () -> result.setText(preview.apply(unit, scoreOf(unit.code()))
                .map(p -> getTranslation(p.passed() ? "assessment.live.passed" : "assessment.live.failed",
                        p.score().stripTrailingZeros().toPlainString()))
                .orElse(getTranslation("assessment.live.incomplete")));
        fieldsOf(unit).forEach(field -> field.addValueChangeListener(change -> update.run()));
        update.run();
        return result;
    }

    private List<BigDecimalField> fieldsOf(UnitDefinition unit) {
        BigDecimalField whole = unitScores.get(unit.code());
        return whole != null ? List.of(whole)
                : List.copyOf(elementScores.getOrDefault(unit.code(), Map.of()).values());
    }

    @Override
    public boolean showProblems(Refusal refusal) {
        return problems.show(refusal, problem -> switch (problem.key()) {
            case "problem.assessment.unit-missing", "problem.assessment.score" ->
                    Optional.ofNullable(unitScores.get(problem.args().get(0)));
            case "problem.assessment.element-missing", "problem.assessment.element-score" ->
                    Optional.ofNullable(elementScores.getOrDefault(problem.args().get(0), Map.of())
                            .get(problem.args().get(1)));
            case "task.refused.comment", "task.refused.void-reason" -> Optional.of(comment);
            default -> Optional.empty();
        });
    }

    private BigDecimalField scoreField(String label, String id) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        // wide enough for the label that names the unit or element
        field.setWidthFull();
        field.setMaxWidth("40rem");
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setHelperText(getTranslation("assessment.score.helper"));
        // every keystroke reaches the server, so a score typed just before "Complete" is never lost
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        return field;
    }

    AssessmentSubmission submission() {
        List<UnitScore> units = new ArrayList<>();
        // a unit left empty is left out, so the service asks for its score by name
        unitScores.forEach((code, field) -> {
            if (field.getValue() != null) {
                units.add(scoreOf(code));
            }
        });
        elementScores.keySet().forEach(code -> units.add(scoreOf(code)));
        return new AssessmentSubmission(units, comment.getValue());
    }

    /** The unit's score as typed: the whole unit's, or the elements' that have one. */
    private UnitScore scoreOf(String unitCode) {
        BigDecimalField whole = unitScores.get(unitCode);
        if (whole != null) {
            return new UnitScore(unitCode, whole.getValue(), Map.of());
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        elementScores.getOrDefault(unitCode, Map.of()).forEach((element, field) -> {
            if (field.getValue() != null) {
                scores.put(element, field.getValue());
            }
        });
        return new UnitScore(unitCode, null, scores);
    }
}
