package eu.skills4cities.citycert.exam.ui;

import java.time.Duration;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.RunningExam;
import eu.skills4cities.citycert.exam.RunningExams;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The certification officers' page of running exam sessions (not their own), paged, the soonest to end first,
 * with the time left by the server's clock and the extra time granted so far; each row grants extra time
 * through {@link ExtraTimeDialog}, which calls the same service as the API.
 */
@Route("exams/running")
@Menu(order = 7.5, title = "menu.exams-running")
@RolesAllowed(Role.CERTIFICATION_OFFICER_NAME)
class RunningExamsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final RunningExams running;
    private final ExamSessions sessions;
    private final CurrentUser officer;
    private final Grid<RunningExam> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    RunningExamsView(RunningExams running, ExamSessions sessions, CurrentUserProvider users) {
        this.running = running;
        this.sessions = sessions;
        this.officer = users.require();
        Paragraph intro = new Paragraph(getTranslation("exams-running.intro"));
        empty.setId("no-running-exams");
        empty.setText(getTranslation("exams-running.empty"));
        grid.setId("running-exams");
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(RunningExam::applicationNumber).setKey("number")
                .setHeader(getTranslation("exams-running.column.number")).setAutoWidth(true);
        grid.addColumn(RunningExam::candidateName).setKey("candidate")
                .setHeader(getTranslation("exams-running.column.candidate")).setFlexGrow(1);
        grid.addColumn(RunningExam::roleTitle).setKey("role")
                .setHeader(getTranslation("exams-running.column.role")).setFlexGrow(1);
        grid.addColumn(e -> DateDisplay.dateTime(e.startedAt(), getLocale())).setKey("started")
                .setHeader(getTranslation("exams-running.column.started")).setAutoWidth(true);
        grid.addColumn(this::timeLeft).setKey("left")
                .setHeader(getTranslation("exams-running.column.left")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("exams-running.extra", e.extraMinutes())).setKey("extra")
                .setHeader(getTranslation("exams-running.column.extra")).setAutoWidth(true);
        // a renderer, not a component button: a re-rendered row keeps its click (CONVENTIONS, UI)
        grid.addColumn(LitRenderer.<RunningExam>of(
                        "<vaadin-button theme=\"small\" aria-label=\"${item.name}\" @click=${grant}>${item.label}"
                                + "</vaadin-button>")
                        .withProperty("label", e -> getTranslation("exams-running.grant"))
                        // each row's button named by its exam, for a screen reader's list of buttons
                        .withProperty("name", e -> getTranslation("exams-running.grant.for", e.applicationNumber()))
                        .withFunction("grant", this::grant))
                .setKey("grant").setAutoWidth(true);
        grid.setItems(query -> running.page(officer, query.getPage(), query.getPageSize()).stream(),
                query -> running.count(officer));
        add(new H2(getTranslation("exams-running.title")), intro, empty, grid);
        refresh();
    }

    private String timeLeft(RunningExam exam) {
        Duration left = Duration.ofSeconds(Math.max(0, exam.secondsLeft()));
        return getTranslation("exams-running.left", left.toMinutes(), left.toSecondsPart());
    }

    private void grant(RunningExam exam) {
        new ExtraTimeDialog(sessions, officer, exam, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = running.count(officer) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exams-running.title") + " | " + getTranslation("app.name");
    }
}
