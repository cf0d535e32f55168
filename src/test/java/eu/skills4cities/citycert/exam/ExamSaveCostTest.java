package eu.skills4cities.citycert.exam;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * What saving one answer costs in SQL: the same few statements whatever the length of the form (SCPD's sample
 * form has 56 items), because a save reads the form and its bank items once each and answers the sitting from
 * what it read (docs/benchmarks.md, "200 candidates in exam sessions at once": it was 63 statements).
 */
@CityCertSpringTest
class ExamSaveCostTest {

    /** Lock the session, read the form, read its bank items, update the answer, log it. */
    static final int STATEMENTS_PER_SAVE = 5;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_save_prepares_five_statements_for_a_form_of_56_items_and_answers_the_sitting_as_saved() {
        init(engine);
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                CertificationProcess.VAR_ASSESSMENT_ROUTES, "EXAM,PORTFOLIO");
        complete(task(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(application.processInstanceId()).singleResult()),
                withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        ExamSitting started = sessions.start(candidate, application.id());
        assertThat(started.items()).hasSize(56);
        ExamSitting.SittingItem last = started.items().get(55);
        int lastOption = last.options().size() - 1;

        ExamSitting[] answered = new ExamSitting[1];
        int statements = SqlStatementCounter.count(() -> answered[0] = sessions.answer(candidate,
                started.sessionId(), last.position(), List.of(lastOption)));

        assertThat(statements).isEqualTo(STATEMENTS_PER_SAVE);
        // the sitting answered is the one saved: this item's answer given, the others as they were, the form whole
        assertThat(answered[0].items()).hasSize(56);
        assertThat(answered[0].items().get(55).chosen()).containsExactly(lastOption);
        assertThat(answered[0].items().subList(0, 55)).allSatisfy(item -> assertThat(item.chosen()).isEmpty());
        assertThat(answered[0].items().get(55).stem()).isEqualTo(last.stem());
        assertThat(answered[0].items().get(55).options()).isEqualTo(last.options());
        assertThat(sessions.get(candidate, started.sessionId()).items()).isEqualTo(answered[0].items());
    }
}
