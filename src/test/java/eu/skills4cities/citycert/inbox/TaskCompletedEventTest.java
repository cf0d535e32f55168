package eu.skills4cities.citycert.inbox;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox says that a staff task was completed, by whom and with which outcome. */
@CityCertSpringTest
@RecordApplicationEvents
class TaskCompletedEventTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEvents events;

    @Test
    void completing_a_review_publishes_the_task_its_application_the_reviewer_and_the_verdict() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        StaffTask task = inbox.inbox(reviewer, 0, 500).stream()
                .filter(t -> application.id().equals(t.applicationId())).findFirst().orElseThrow();
        tasks.claim(reviewer, task.id());

        tasks.completeReview(reviewer, task.id(),
                TestStaffWork.review(tasks, reviewer, task.id(), ReviewVerdict.SUFFICIENT, "Relevant and current."));

        assertThat(events.stream(TaskCompleted.class)).singleElement().satisfies(completed -> {
            assertThat(completed.taskId()).isEqualTo(task.id());
            assertThat(completed.applicationId()).isEqualTo(application.id());
            assertThat(completed.stage()).isEqualTo(Stage.REVIEW);
            assertThat(completed.assignee()).isEqualTo(reviewer.username());
            assertThat(completed.outcome()).isEqualTo("SUFFICIENT");
            assertThat(completed.at()).isNotNull();
        });
    }
}
