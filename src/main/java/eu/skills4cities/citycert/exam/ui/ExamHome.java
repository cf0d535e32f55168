package eu.skills4cities.citycert.exam.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationSummary;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The exam's part of a candidate's start page: the running exam with its time left by the server's clock and
 * the way back into it; else each application waiting for its exam, with the window's end and a Start button
 * (or why there is none once the attempts are used). Nothing when no exam waits.
 */
@org.springframework.stereotype.Component
class ExamHome extends RoleHomeSection {

    private final ExamSessions sessions;
    private final ApplicationService applications;
    private final FrameworkCatalogue framework;

    ExamHome(CurrentUserProvider users, ExamSessions sessions, ApplicationService applications,
             FrameworkCatalogue framework) {
        super(users, Role.CANDIDATE);
        this.framework = framework;
        this.sessions = sessions;
        this.applications = applications;
    }

    @Override
    public int order() {
        // first: an exam whose window runs, or whose time runs, is the candidate's most pressing business
        return 9;
    }

    @Override
    public Component content() {
        CurrentUser candidate = user();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("home-exam");
        UI ui = UI.getCurrent();
        Optional<ExamSitting> running = sessions.running(candidate);
        if (running.isPresent()) {
            ExamSitting sitting = running.get();
            Paragraph left = new Paragraph(ui.getTranslation("home.exam.running", sitting.applicationNumber(),
                    String.valueOf(Math.max(1, (sitting.secondsLeft() + 59) / 60))));
            left.setId("home-exam-running");
            Button resume = new Button(ui.getTranslation("exam.section.resume"),
                    click -> ui.navigate(ExamSittingView.class));
            resume.setId("home-exam-resume");
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(left, resume);
            return content;
        }
        // the role in the reader's language, from each application's own version: one lookup for the list
        java.util.List<ApplicationSummary> mine = applications.mine(candidate);
        ContentTitles titles = framework.titles(mine.stream().map(ApplicationSummary::frameworkVersionId).toList(),
                ui.getLocale());
        for (ApplicationSummary application : mine) {
            if (application.status() != ApplicationStatus.IN_EXAM) {
                continue;
            }
            sessions.windowEndsAt(candidate, application.id()).ifPresent(ends -> {
                Paragraph waiting = new Paragraph(ui.getTranslation("home.exam.waiting", application.number(),
                        titles.role(application.frameworkVersionId(), application.roleCode(),
                                application.roleTitle()).text(),
                        DateDisplay.dateTime(ends, ui.getLocale())));
                waiting.setId("home-exam-" + application.number());
                content.add(waiting);
                Optional<UserMessage> usedUp = sessions.attemptsUsedUp(candidate, application.id());
                if (usedUp.isPresent()) {
                    content.add(new Paragraph(ui.getTranslation(usedUp.get().key(), usedUp.get().args().toArray())));
                    return;
                }
                Button start = new Button(ui.getTranslation("exam.section.start"),
                        click -> ExamPageSection.start(ui, sessions, candidate, application.id(), false));
                start.setId("home-exam-start-" + application.number());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.add(start);
            });
        }
        content.setVisible(content.getComponentCount() > 0);
        return content;
    }
}
