package eu.skills4cities.citycert.application.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.base.UserMessage;

/**
 * Step one: the eligibility answers (years of experience, EQF level of the highest qualification)
 * and the statement, saved as the candidate types. The answers are checked against the role's
 * eligibility rules as they are typed, so a candidate who does not meet one learns it here, before
 * rating elements and uploading evidence.
 */
class AnswersStep extends VerticalLayout {

    private final DraftSession session;
    private final IntegerField experience = new IntegerField();
    private final Select<Integer> education = new Select<>();
    private final TextArea statement = new TextArea();
    private final Div eligibility = new Div();

    AnswersStep(DraftSession session) {
        this.session = session;
        setPadding(false);
        experience.setLabel(getTranslation("apply.experience"));
        experience.setId("experience");
        experience.setHelperText(getTranslation("apply.experience.helper"));
        experience.setMin(0);
        experience.setMax(60);
        experience.setValueChangeMode(ValueChangeMode.LAZY);
        experience.setValue(session.draft().experienceYears());
        education.setId("education");
        education.setLabel(getTranslation("apply.education"));
        education.setHelperText(getTranslation("apply.education.helper"));
        education.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        education.setItemLabelGenerator(level -> getTranslation("eqf." + level));
        education.setValue(session.draft().educationLevel());
        statement.setLabel(getTranslation("apply.statement"));
        statement.setId("statement");
        statement.setHelperText(getTranslation("apply.statement.helper"));
        statement.setWidthFull();
        statement.setMinHeight("10rem");
        statement.setMaxLength(4000);
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        statement.setValue(session.draft().statement() == null ? "" : session.draft().statement());
        eligibility.setId("eligibility");
        // a live region: the sentence is read out when it appears, without moving focus
        eligibility.getElement().setAttribute("role", "status");
        eligibility.setWidthFull();
        // its border and padding inside the width, so the warning never widens a phone's page
        eligibility.getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
        experience.addValueChangeListener(change -> answered());
        education.addValueChangeListener(change -> answered());
        statement.addValueChangeListener(change -> answered());
        FormLayout eligibilityAnswers = new FormLayout(experience, education);
        eligibilityAnswers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32rem", 2));
        eligibilityAnswers.setWidthFull();
        add(new Paragraph(getTranslation("wizard.answers.intro")), eligibilityAnswers, eligibility, statement);
        checkEligibility();
    }

    private void answered() {
        checkEligibility();
        boolean accepted = session.attempt(() -> session.saved(session.drafts.saveDraft(session.user,
                session.draft().id(), new DraftUpdate(statement.getValue(), experience.getValue(),
                        education.getValue()))), this::fieldOf);
        if (accepted && session.summary.isVisible()) {
            // what is still missing after this answer; a fixed answer's error goes, without moving focus
            session.summary.update(session.drafts.missingAnswers(session.user, session.draft().id()).stream()
                    .map(p -> ErrorSummary.Problem.of(session.text(p), fieldOf(p))).toList());
        }
    }

    /** Tells the candidate at once when the answers so far break one of the role's rules. */
    private void checkEligibility() {
        eligibility.removeAll();
        Optional<UserMessage> broken = session.eligibility.check(session.draft().roleCode(), experience.getValue(),
                education.getValue());
        broken.ifPresent(rule -> {
            Paragraph sentence = new Paragraph(session.text(rule));
            sentence.setId("ineligible-rule");
            sentence.getStyle().set("font-weight", "600").set("margin-top", "0");
            Anchor catalogue = new Anchor("catalogue", getTranslation("wizard.eligibility.catalogue"));
            catalogue.setId("eligibility-catalogue");
            eligibility.add(sentence, new Paragraph(getTranslation("wizard.eligibility.what-now")), catalogue,
                    new Div(session.discardButton()));
        });
        eligibility.getStyle().set("border-inline-start", broken.isPresent()
                ? "4px solid var(--lumo-warning-color, #ffc107)" : "none")
                .set("padding-inline-start", broken.isPresent() ? "var(--lumo-space-m)" : "0");
    }

    /** Next: the answers must be complete; what is missing is listed and marked. */
    boolean complete() {
        var missing = session.drafts.missingAnswers(session.user, session.draft().id());
        session.show(missing, this::fieldOf);
        return missing.isEmpty();
    }

    private Component fieldOf(UserMessage problem) {
        String key = problem.key();
        String first = problem.args().isEmpty() ? "" : problem.args().get(0);
        if (key.startsWith("problem.statement") || "statement".equals(first)) {
            return statement;
        }
        if (key.equals("problem.experience") || "experienceYears".equals(first)) {
            return experience;
        }
        if (key.equals("problem.education") || "educationLevel".equals(first)) {
            return education;
        }
        return null;
    }
}
