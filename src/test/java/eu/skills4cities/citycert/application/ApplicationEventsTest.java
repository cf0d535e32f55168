package eu.skills4cities.citycert.application;

import java.time.temporal.ChronoUnit;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** The application module says what happened to an application: submitted, moved on, evidence requested. */
@CityCertSpringTest
@RecordApplicationEvents
class ApplicationEventsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEvents events;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void a_submission_publishes_the_submission_and_the_move_into_review() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));

        assertThat(events.stream(ApplicationSubmitted.class)).singleElement().satisfies(submitted -> {
            assertThat(submitted.applicationId()).isEqualTo(application.id());
            assertThat(submitted.number()).isEqualTo(application.number());
            assertThat(submitted.candidate()).isEqualTo(candidate.username());
            assertThat(submitted.roleCode()).isEqualTo("SCPM");
            assertThat(submitted.retake()).isFalse();
        });
        assertThat(events.stream(ApplicationStatusChanged.class))
                .extracting(ApplicationStatusChanged::applicationId, ApplicationStatusChanged::from,
                        ApplicationStatusChanged::to)
                .containsExactly(tuple(application.id(), ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW));
    }

    @Test
    void a_request_for_more_evidence_publishes_the_status_change_and_the_request_with_its_deadline() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId()).singleResult();
        events.clear();

        complete(task(process), withVariables("reviewVerdict", "MORE_NEEDED", "reviewComment", "Add the report."));

        assertThat(events.stream(ApplicationStatusChanged.class))
                .extracting(ApplicationStatusChanged::from, ApplicationStatusChanged::to, ApplicationStatusChanged::reason)
                .containsExactly(tuple(ApplicationStatus.IN_REVIEW, ApplicationStatus.AWAITING_CANDIDATE,
                        "Add the report."));
        assertThat(events.stream(EvidenceRequested.class)).singleElement().satisfies(request -> {
            assertThat(request.applicationId()).isEqualTo(application.id());
            assertThat(request.message()).isEqualTo("Add the report.");
            assertThat(request.dueAt()).isCloseTo(
                    evidenceRequests.openEvidenceRequest(candidate, application.id()).orElseThrow().dueAt(),
                    within(1, ChronoUnit.SECONDS));
        });
    }

    @Test
    void an_ineligible_application_publishes_its_closing_with_the_failed_rule() {
        ApplicationDetails application = applications.submit(candidate, new SubmitApplication("SCPM",
                TestDocuments.STATEMENT, 1, 7, TestDocuments.application("SCPM").document(), true));

        assertThat(events.stream(ApplicationStatusChanged.class))
                .filteredOn(change -> change.applicationId().equals(application.id()))
                .extracting(ApplicationStatusChanged::to, ApplicationStatusChanged::reason)
                .containsExactly(tuple(ApplicationStatus.NOT_ELIGIBLE, "experience"));
    }
}
