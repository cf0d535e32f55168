package eu.skills4cities.citycert.exam.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.inbox.StaffTaskService;
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
 * The assessor's form on the route exam and portfolio: score fields only for the units the scheme has the
 * portfolio cover (SCPD-U3 and SCPD-U5 in the sample), the exam's score shown for every unit, and the others
 * taking it when the assessor completes the assessment; and the public catalogue saying what the portfolio covers.
 */
class ExamAndPortfolioFormTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ProcessEngine engine;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    AssessmentService assessment;

    @Test
    void the_catalogue_says_what_the_portfolio_covers() {
        UI.getCurrent().navigate("catalogue");

        Details role = _get(Details.class, spec -> spec.withId("role-SCPD"));
        assertThat(_find(role, Paragraph.class)).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text)
                .contains("Exam: 4 items per element").endsWith(" The assessor scores the portfolio for SCPD-U3, "
                        + "SCPD-U5; the exam's score counts for the other units."));
        assertThat(_find(_get(Details.class, spec -> spec.withId("role-SCPM")), Paragraph.class))
                .extracting(Paragraph::getText).noneSatisfy(text -> assertThat(text).contains("scores the portfolio"));
    }

    @Test
    void the_assessor_scores_only_the_units_the_portfolio_covers_and_sees_the_exam_scores_of_the_others() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        init(engine);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        // SCPD's routes are exam and portfolio: after the review it waits for the exam
        complete(engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult(), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        // nothing answered: the exam scores every unit 0 %
        sessions.submit(candidate, sessions.start(candidate, application.id()).sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = engine.getTaskService().createTaskQuery()
                .processInstanceId(application.processInstanceId()).singleResult().getId();
        staffTasks.claim(assessor, taskId);
        signIn(assessor);

        UI.getCurrent().navigate("inbox/" + taskId);

        assertThat(_find(BigDecimalField.class)).extracting(field -> field.getId().orElseThrow())
                .containsExactly("score-SCPD-U3", "score-SCPD-U5");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-covers")).getText()).isEqualTo(
                "On this route you score the units the portfolio covers (SCPD-U3, SCPD-U5); the others take the "
                        + "exam's score (SCPD-U1, SCPD-U2, SCPD-U4).");
        for (String unit : new String[] {"SCPD-U1", "SCPD-U2", "SCPD-U4"}) {
            assertThat(_get(Paragraph.class, spec -> spec.withId("exam-score-" + unit)).getText()).isEqualTo(
                    "Scored by the exam: 0.0 % of the unit's questions answered right (the portfolio does not "
                            + "cover this unit)");
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("exam-score-SCPD-U3")).getText())
                .isEqualTo("Exam: 0.0 % of the unit's questions answered right");
        assertThat(_find(Button.class, spec -> spec.withId("confirm-exam"))).isEmpty();

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("score-SCPD-U3")), new BigDecimal("80"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("score-SCPD-U5")), new BigDecimal("90"));
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-comment")), "Plan and proposal judged.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        assertThat(assessment.results(application.id())).extracting(r -> r.unitCode() + " " + r.method() + " "
                + (r.passed() ? "passed" : "failed")).containsExactly(
                "SCPD-U1 EXAM failed", "SCPD-U2 EXAM failed", "SCPD-U3 PORTFOLIO passed", "SCPD-U4 EXAM failed",
                "SCPD-U5 PORTFOLIO passed");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getTaskDefinitionKey()).isEqualTo(CertificationProcess.ACTIVITY_DECIDE);
    }
}
