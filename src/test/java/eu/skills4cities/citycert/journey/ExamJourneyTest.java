package eu.skills4cities.citycert.journey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.AssessmentMethod;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemBankFiles;
import eu.skills4cities.citycert.exam.TestExamSitting;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam route in a real browser: a candidate of a role assessed by exam only starts the exam from the
 * application page, answers, reloads the page mid-exam and finds the answers kept, submits and sees the result per
 * unit (no question); the assessor confirms the exam's scores from the inbox; the officer certifies; the candidate
 * holds the certificate. Screenshots for the guide (docs/user-guide/exams.md).
 *
 * <p>Prepared through the services, not the browser (the application wizard and the review have their own journey,
 * {@link BrowserJourneyTest}): the role (routes [EXAM], two units, two items drawn per element), its item bank
 * imported from a YAML file by one exam author and approved by another, and the application submitted and found
 * sufficient at review, so that it waits at "Sit the exam".
 */
@CityCertServerTest
class ExamJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCertificationPath path;
    @Autowired
    ItemBankFiles bankFiles;
    @Autowired
    ItemBank bank;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TestExamSitting examKey;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CertificateService certificates;
    @Autowired
    ManagementService management;

    @Test
    void a_candidate_sits_and_passes_the_exam_the_assessor_confirms_and_the_officer_certifies() throws Exception {
        String role = path.publishTwoUnitExamRole(2);
        List<String> stems = approvedBank(role);
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application(role)));
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_EXAM);

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // the candidate sees the window and starts when ready
            browser.signIn(candidate);
            browser.open("/" + ApplicationLinks.page(application.id()));
            browser.waitForText(By.id("exam-window"), "Your exam window closes on");
            browser.waitForText(By.id("exam-start"), "Start the exam");
            browser.screenshot("exam-application-start");
            browser.click(By.id("exam-start"));
            browser.waiting().until(ExpectedConditions.urlContains("/exam/session"));

            // two items per element, one element per unit: four questions, with the time left by the server's clock
            ExamInBrowser exam = new ExamInBrowser(browser.driver(), browser.waiting(), examKey);
            List<Integer> positions = exam.positions();
            assertThat(positions).hasSize(4);
            UUID session = examKey.runningSession(candidate.username());
            browser.waiting().until(ExpectedConditions.textMatches(By.id("exam-time-left"),
                    java.util.regex.Pattern.compile("Time left: (59|60) min \\d+ s")));
            exam.answerRight(session, positions.get(0));
            exam.answerRight(session, positions.get(1));
            // back to the top of the page, where the time left stands above the first question
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('h2').scrollIntoView({block: 'start'})");
            browser.screenshot("exam-question");

            // a reload (a lost connection, a closed tab) resumes the same form with the answers given
            browser.driver().navigate().refresh();
            assertThat(exam.positions()).isEqualTo(positions);
            for (int position : positions.subList(0, 2)) {
                assertThat(examKey.rightAnswer(session, position)).allSatisfy(option ->
                        assertThat(exam.chosen(position, option)).as("answer to %d kept", position).isTrue());
            }
            exam.answerRight(session, positions.get(2));
            exam.answerRight(session, positions.get(3));
            browser.click(By.id("exam-submit"));

            // the result per unit, and no question on the page
            browser.waitForText(By.id("exam-result-" + role + "-U1"), "2 of 2 answered right (100.0 %)");
            browser.waitForText(By.id("exam-result-" + role + "-U2"), "2 of 2 answered right (100.0 %)");
            assertThat(browser.driver().getPageSource()).doesNotContain(stems.toArray(String[]::new));
            browser.screenshot("exam-result");
            assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);

            // the assessor opens the task from the inbox, reads the exam's scores and confirms them with a comment
            browser.signIn(accounts.create(Role.ASSESSOR));
            browser.open("/inbox");
            browser.click(By.id("claim-" + application.number()));
            browser.waitForText(By.id("exam-score-" + role + "-U1"), "100");
            browser.waitForText(By.id("exam-score-" + role + "-U2"), "100");
            assertThat(browser.driver().findElements(By.cssSelector("[id^='score-'] input")))
                    .as("on the route exam the assessor types no score").isEmpty();
            browser.type(By.cssSelector("#assessment-comment textarea"), "Exam sat as planned; no irregularity.");
            browser.screenshot("exam-assessor-confirm");
            browser.click(By.id("confirm-exam"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-count")));
            assertThat(assessments.results(application.id())).hasSize(2).allSatisfy(result -> {
                assertThat(result.method()).isEqualTo(AssessmentMethod.EXAM);
                assertThat(result.passed()).isTrue();
            });

            // an impartial officer certifies
            browser.signIn(accounts.create(Role.CERTIFICATION_OFFICER));
            browser.open("/inbox");
            browser.click(By.id("claim-" + application.number()));
            browser.waitForText(By.id("assessment-outcome"), "Competent");
            browser.click(By.id("no-conflict"));
            browser.click(By.xpath("//vaadin-radio-group[@id='verdict']//vaadin-radio-button[.//label["
                    + "normalize-space()='Certify']]"));
            browser.type(By.cssSelector("#reason textarea"), "The exam covers every unit; both passed.");
            browser.waitForVaadin();
            browser.click(By.id("complete"));
            browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-recorded")));
            // the job executor is off in tests: run this application's asynchronous "Issue certificates" step
            management.createJobQuery().processInstanceId(application.processInstanceId()).messages().list()
                    .forEach(job -> management.executeJob(job.getId()));

            // the candidate holds the role certificate
            CertificateInfo certificate = certificates.forApplication(application.id()).get(0);
            assertThat(certificate.unitCode()).isNull();
            browser.signIn(candidate);
            browser.open("/certificates");
            browser.waitForText(By.tagName("body"), certificate.number());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Download PDF")));
        }
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
    }

    /**
     * The role's item bank: a YAML file of two items per element (one of them multiple choice) imported by one exam
     * author, each item submitted and approved by a second author; the stems.
     */
    private List<String> approvedBank(String role) {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        CurrentUser approver = accounts.create(Role.EXAM_AUTHOR);
        String file = """
                format: citycert-item-bank/1
                items:
                  - code: R-U1-E1-001
                    role: R
                    unit: R-U1
                    element: R-U1-E1
                    difficulty: EASY
                    stem: Which document states what the R project will deliver?
                    options:
                      - text: The scope statement
                        correct: true
                      - text: The invoice
                      - text: The minutes of the last meeting
                    explanation: The scope statement defines what the project delivers.
                  - code: R-U1-E1-002
                    role: R
                    unit: R-U1
                    element: R-U1-E1
                    difficulty: MEDIUM
                    stem: Who are stakeholders of the R project? Choose all that apply.
                    options:
                      - text: The residents of the district
                        correct: true
                      - text: The city council
                        correct: true
                      - text: A city on another continent
                    explanation: Residents and the council are affected by the project and decide on it.
                  - code: R-U2-E1-001
                    role: R
                    unit: R-U2
                    element: R-U2-E1
                    difficulty: EASY
                    stem: Against what does a progress report of the R project measure progress?
                    options:
                      - text: The plan
                        correct: true
                      - text: The weather
                      - text: The budget of another city
                    explanation: Progress is reported against the plan.
                  - code: R-U2-E1-002
                    role: R
                    unit: R-U2
                    element: R-U2-E1
                    difficulty: HARD
                    stem: How often does the R project report progress?
                    options:
                      - text: As often as its plan says
                        correct: true
                      - text: Never
                      - text: Only at the end
                    explanation: The plan sets the reporting rhythm.
                """.replace("R-U", role + "-U").replace("role: R", "role: " + role)
                .replace("the R project", "the " + role + " project");
        List<ExamItem> imported = bankFiles.importFile(author, "journey-bank.yaml",
                file.getBytes(StandardCharsets.UTF_8));
        for (ExamItem item : imported) {
            bank.submit(author, item.id());
            bank.approve(approver, item.id());
        }
        return imported.stream().map(ExamItem::stem).toList();
    }

    /** The application's review, every unit sufficient, by a new reviewer through the inbox. */
    private ApplicationDetails reviewed(ApplicationDetails application) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        StaffTask review = path.claim(reviewer, application.id(), Stage.REVIEW);
        tasks.completeReview(reviewer, review.id(), TestStaffWork.review(tasks, reviewer, review.id(),
                ReviewVerdict.SUFFICIENT, "Relevant and current."));
        return applications.details(application.id());
    }
}
