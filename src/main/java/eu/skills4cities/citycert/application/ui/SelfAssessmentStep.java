package eu.skills4cities.citycert.application.ui;

import eu.skills4cities.citycert.base.ContentText;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.application.SelfAssessmentLevel;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/** Step two: the candidate rates each element of the role (not yet, partly, fully), with an optional note. */
class SelfAssessmentStep extends VerticalLayout {

    SelfAssessmentStep(DraftSession session) {
        setPadding(false);
        Map<String, SelfAssessment> ratings = session.drafts.selfAssessment(session.user, session.draft().id()).stream()
                .collect(Collectors.toMap(SelfAssessment::elementCode, Function.identity()));
        add(new Paragraph(getTranslation("wizard.self-assessment.intro")));
        for (UnitDefinition unit : session.role.units()) {
            add(ContentText.tag(new H3(unit.code() + " " + unit.title(getLocale()).text()), unit.title(getLocale()).language(), getLocale()));
            for (ElementDefinition element : unit.elements()) {
                add(element(session, element, ratings.get(element.code())));
            }
        }
    }

    private Div element(DraftSession session, ElementDefinition element, SelfAssessment current) {
        RadioButtonGroup<SelfAssessmentLevel> level = new RadioButtonGroup<>();
        level.setId("rate-" + element.code());
        level.setAriaLabel(element.code() + " " + element.title(getLocale()).text());
        level.setItems(SelfAssessmentLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("self-assessment." + l.name()));
        TextField note = new TextField();
        note.setId("note-" + element.code());
        note.setAriaLabel(getTranslation("wizard.self-assessment.note-for", element.code()));
        note.setPlaceholder(getTranslation("wizard.self-assessment.note"));
        note.setWidthFull();
        note.setMaxWidth("24rem");
        if (current != null) {
            level.setValue(current.level());
            note.setValue(current.note() == null ? "" : current.note());
        }
        Runnable rate = () -> {
            if (level.getValue() != null && session.attempt(() -> session.drafts.rate(session.user,
                    session.draft().id(), new SelfAssessment(element.code(), level.getValue(), note.getValue())),
                    problem -> note)) {
                session.summary.fixed(note);
                session.saved(session.draft());
            }
        };
        level.addValueChangeListener(change -> rate.run());
        note.addValueChangeListener(change -> rate.run());
        H4 title = ContentText.tag(new H4(element.code() + " " + element.title(getLocale()).text()), element.title(getLocale()).language(), getLocale());
        Div answer = new Div(level, note);
        answer.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "center");
        Div block = new Div(title, new Paragraph(element.description()), answer);
        block.setWidthFull();
        return block;
    }
}
