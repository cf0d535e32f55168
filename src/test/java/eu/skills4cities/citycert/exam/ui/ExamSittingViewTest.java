package eu.skills4cities.citycert.exam.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The candidate's exam pages: started from the application page, each answer saved as it is given, resumed where
 * it was after a reconnect, and no item on any page outside the candidate's own running session.
 */
class ExamSittingViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ProcessEngine engine;
    @Autowired
    eu.skills4cities.citycert.inbox.StaffTaskService staffTasks;
    @Autowired
    eu.skills4cities.citycert.assessment.AssessmentService assessment;

    @Test
    void the_candidate_starts_from_the_application_page_answers_resumes_after_a_reconnect_and_submits() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = waitingForExam(candidate);
        signIn(candidate);

        UI.getCurrent().navigate("applications/" + application.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("exam-window")).getText()).contains("window closes");
        _click(_get(Button.class, spec -> spec.withId("exam-start")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ExamSittingView.class);
        ExamSitting sitting = sessions.running(candidate).orElseThrow();
        assertThat(_find(H3.class)).hasSize(sitting.items().size());
        assertThat(_get(Span.class, spec -> spec.withId("exam-time-left")).getText()).startsWith("Time left: 59 min");
        ExamSitting.SittingItem first = sitting.items().get(0);
        answer(first, 0);
        assertThat(sessions.get(candidate, sitting.sessionId()).items().get(0).chosen()).containsExactly(0);

        // a reconnect: the page opened afresh shows the same form with the answer
        UI.getCurrent().navigate("applications/" + application.id());
        assertThat(_get(Button.class, spec -> spec.withId("exam-start")).getText()).isEqualTo("Resume the exam");
        UI.getCurrent().navigate(ExamSittingView.class);
        assertThat(chosen(first)).containsExactly(0);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(first.stem());

        _click(_get(Button.class, spec -> spec.withId("exam-submit")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain(first.stem());
        assertThat(_get(Paragraph.class, spec -> spec.withId("exam-result-SCPD-U1")).getText())
                .startsWith("Unit SCPD-U1: ");

        // after the exam: the result per unit on the application page, no item anywhere
        UI.getCurrent().navigate("applications/" + application.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("exam-result-SCPD-U1"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                .anySatisfy(text -> assertThat(text).contains("Exam submitted, result per unit: SCPD-U1 "));
        assertThat(_find(Button.class, spec -> spec.withId("exam-start"))).isEmpty();
        UI.getCurrent().navigate(ExamSittingView.class);
        assertThat(_find(H3.class)).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain(first.stem());
    }

    @Test
    void another_candidate_sees_no_item_of_a_running_session() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = waitingForExam(candidate);
        ExamSitting sitting = sessions.start(candidate, application.id());

        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate(ExamSittingView.class);

        assertThat(_find(H3.class)).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .doesNotContain(sitting.items().get(0).stem())
                .contains("You have no exam session running. Start your exam from your application's page while "
                        + "its window is open.");
    }

    @Test
    void on_the_route_exam_the_assessor_sees_the_exam_scores_beside_the_units_and_confirms_them() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        routes(application, "EXAM");
        init(engine);
        complete(engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult(), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        sessions.submit(candidate, sessions.start(candidate, application.id()).sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = engine.getTaskService().createTaskQuery()
                .processInstanceId(application.processInstanceId()).singleResult().getId();
        staffTasks.claim(assessor, taskId);
        signIn(assessor);

        UI.getCurrent().navigate("inbox/" + taskId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("exam-score-SCPD-U1")).getText())
                .isEqualTo("Exam: 0.0 % of the unit's questions answered right");
        assertThat(_find(com.vaadin.flow.component.textfield.BigDecimalField.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("assessment-comment")),
                "Exam sat under supervision.");
        _click(_get(Button.class, spec -> spec.withId("confirm-exam")));

        assertThat(assessment.results(application.id())).hasSize(5).allSatisfy(r -> assertThat(r.method())
                .isEqualTo(eu.skills4cities.citycert.assessment.AssessmentMethod.EXAM));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getTaskDefinitionKey())
                .isEqualTo(eu.skills4cities.citycert.application.CertificationProcess.ACTIVITY_DECIDE);
    }

    @SuppressWarnings("unchecked")
    private void answer(ExamSitting.SittingItem item, int option) {
        if (item.multipleChoice()) {
            _setValue(_get(CheckboxGroup.class, spec -> spec.withId("exam-answer-" + item.position())),
                    java.util.Set.of(option));
        } else {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("exam-answer-" + item.position())), option);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Integer> chosen(ExamSitting.SittingItem item) {
        if (item.multipleChoice()) {
            return List.copyOf(((CheckboxGroup<Integer>) _get(CheckboxGroup.class,
                    spec -> spec.withId("exam-answer-" + item.position()))).getValue());
        }
        return List.of(((RadioButtonGroup<Integer>) _get(RadioButtonGroup.class,
                spec -> spec.withId("exam-answer-" + item.position()))).getValue());
    }

    /** The routes the process decides by, for a role whose scheme the sample framework does not have (exam only). */
    private void routes(ApplicationDetails application, String routes) {
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                eu.skills4cities.citycert.application.CertificationProcess.VAR_ASSESSMENT_ROUTES, routes);
    }

    private ApplicationDetails waitingForExam(CurrentUser candidate) {
        init(engine);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        complete(engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult(), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        return application;
    }
}
