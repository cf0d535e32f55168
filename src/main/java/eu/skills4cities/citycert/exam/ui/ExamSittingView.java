package eu.skills4cities.citycert.exam.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.exam.UnitExamResult;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The candidate's running exam: the items drawn for them, each answer saved the moment it is given, the time left
 * by the server's clock (refreshed with every answer), and the submission. Opening the page again (a lost
 * connection, a closed browser) resumes the running session with its answers; without one it says so.
 */
@Route("exam/session")
@RolesAllowed(Role.CANDIDATE_NAME)
class ExamSittingView extends VerticalLayout implements HasDynamicTitle {

    private final ExamSessions sessions;
    private final CurrentUser user;
    private final Span timeLeft = new Span();
    private final Div content = new Div();

    ExamSittingView(ExamSessions sessions, CurrentUserProvider users) {
        this.sessions = sessions;
        this.user = users.require();
        timeLeft.setId("exam-time-left");
        content.setId("exam-content");
        add(new H2(getTranslation("exam.sitting.title")), timeLeft, content);
        sessions.running(user).ifPresentOrElse(this::show, () -> {
            timeLeft.setText("");
            content.add(new Paragraph(getTranslation("exam.sitting.none")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.sitting.title");
    }

    private void show(ExamSitting sitting) {
        showTime(sitting);
        List<Component> items = new ArrayList<>();
        for (ExamSitting.SittingItem item : sitting.items()) {
            items.add(item(sitting, item));
        }
        Button submit = new Button(getTranslation("exam.sitting.submit"), click -> submit(sitting));
        submit.setId("exam-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        items.add(submit);
        items.forEach(content::add);
    }

    private Component item(ExamSitting sitting, ExamSitting.SittingItem item) {
        Div box = new Div();
        box.setId("exam-item-" + item.position());
        box.add(new H3(getTranslation("exam.sitting.item", item.position(), sitting.items().size())),
                new Paragraph(item.stem()));
        List<Integer> indexes = java.util.stream.IntStream.range(0, item.options().size()).boxed().toList();
        if (item.multipleChoice()) {
            CheckboxGroup<Integer> choice = new CheckboxGroup<>(getTranslation("exam.sitting.choose-all"));
            choice.setId("exam-answer-" + item.position());
            choice.setItems(indexes);
            choice.setItemLabelGenerator(item.options()::get);
            choice.setValue(Set.copyOf(item.chosen()));
            choice.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(sitting, item, change.getValue().stream().sorted().toList());
                }
            });
            box.add(choice);
        } else {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(getTranslation("exam.sitting.choose-one"));
            choice.setId("exam-answer-" + item.position());
            choice.setItems(indexes);
            choice.setItemLabelGenerator(item.options()::get);
            item.chosen().stream().findFirst().ifPresent(choice::setValue);
            choice.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(sitting, item, change.getValue() == null ? List.of() : List.of(change.getValue()));
                }
            });
            box.add(choice);
        }
        return box;
    }

    private void save(ExamSitting sitting, ExamSitting.SittingItem item, List<Integer> chosen) {
        try {
            showTime(sessions.answer(user, sitting.sessionId(), item.position(), chosen));
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    private void submit(ExamSitting sitting) {
        try {
            ExamSitting submitted = sessions.submit(user, sitting.sessionId());
            content.removeAll();
            timeLeft.setText("");
            content.add(new Paragraph(getTranslation("exam.sitting.submitted")));
            for (UnitExamResult result : submitted.results()) {
                Paragraph line = new Paragraph(ExamPageSection.resultText(this, result));
                line.setId("exam-result-" + result.unitCode());
                content.add(line);
            }
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    private void showTime(ExamSitting sitting) {
        long minutes = sitting.secondsLeft() / 60;
        timeLeft.setText(getTranslation("exam.sitting.time-left", minutes, sitting.secondsLeft() % 60));
    }

    private void refused(Refusal refusal) {
        for (UserMessage message : refusal.messages()) {
            Notification.show(getTranslation(message.key(), message.args().toArray()));
        }
    }
}
