package eu.skills4cities.citycert.exam.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationPageSection;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.exam.UnitExamResult;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The exam's part of the application page: for its candidate while the application waits for the exam, the
 * window and a button that starts the session (or resumes the running one), or why none once the exam attempts
 * are used; for everybody who may see the application, the result per unit once submitted (no items).
 */
@org.springframework.stereotype.Component
@Order(5)
class ExamPageSection implements ApplicationPageSection {

    private final ExamSessions sessions;

    ExamPageSection(ExamSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Component> components(CurrentUser user, ApplicationDetails application, boolean evidenceRequested) {
        List<Component> shown = new ArrayList<>();
        UI ui = UI.getCurrent();
        List<UnitExamResult> results = sessions.results(user, application.id());
        boolean own = user.username().equals(application.candidateUsername());
        var window = own ? sessions.windowEndsAt(user, application.id()) : java.util.Optional.<java.time.Instant>empty();
        if (results.isEmpty() && window.isEmpty()) {
            return shown;
        }
        shown.add(new H3(ui.getTranslation("exam.section.title")));
        window.ifPresent(ends -> {
            Paragraph when = new Paragraph(ui.getTranslation("exam.section.window",
                    DateDisplay.dateTime(ends, ui.getLocale())));
            when.setId("exam-window");
            shown.add(when);
            boolean running = sessions.running(user).isPresent();
            java.util.Optional<UserMessage> usedUp = running ? java.util.Optional.empty()
                    : sessions.attemptsUsedUp(user, application.id());
            if (usedUp.isPresent()) {
                // no button that can only be refused: the reason instead
                Paragraph why = new Paragraph(ui.getTranslation(usedUp.get().key(), usedUp.get().args().toArray()));
                why.setId("exam-attempts-used");
                shown.add(why);
                return;
            }
            Button start = new Button(ui.getTranslation(running ? "exam.section.resume" : "exam.section.start"),
                    click -> start(ui, sessions, user, application.id(), running));
            start.setId("exam-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            shown.add(start);
        });
        for (UnitExamResult result : results) {
            Paragraph line = new Paragraph(resultText(ui, result));
            line.setId("exam-result-" + result.unitCode());
            shown.add(line);
        }
        return shown;
    }

    /** Starts the candidate's session (unless one runs) and opens it; a refusal is shown, its reason in words. */
    static void start(UI ui, ExamSessions sessions, CurrentUser user, java.util.UUID applicationId, boolean running) {
        try {
            if (!running) {
                ExamSitting started = sessions.start(user, applicationId);
                Notification.show(ui.getTranslation("exam.section.started", started.items().size()));
            }
            ui.navigate(ExamSittingView.class);
        } catch (Refusal refusal) {
            for (UserMessage message : refusal.messages()) {
                Notification.show(ui.getTranslation(message.key(), message.args().toArray()));
            }
        }
    }

    /** "Unit U1: 9 of 12 right (75.0 %)", in the user's language. */
    static String resultText(Component anywhere, UnitExamResult result) {
        return anywhere.getTranslation("exam.result.unit", result.unitCode(), result.correct(), result.items(),
                result.percent().toPlainString());
    }
}
