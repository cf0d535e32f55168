package eu.skills4cities.citycert.appeal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.exam.TestExamSitting;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Decisions to appeal, made through the real register and process, and the appeals against them. */
@Component
public class AppealFixture {

    private final TestAccounts accounts;
    private final TestCertificates certificates;
    private final CertificateRegister register;
    private final ApplicationService applications;
    private final AppealService appeals;
    private final TaskService tasks;
    private final StaffTaskService staffTasks;
    private final ManagementService management;
    private final TestExamSitting exams;

    AppealFixture(TestAccounts accounts, TestCertificates certificates, CertificateRegister register,
                  ApplicationService applications, AppealService appeals, TaskService tasks,
                  StaffTaskService staffTasks, ManagementService management, TestExamSitting exams) {
        this.exams = exams;
        this.staffTasks = staffTasks;
        this.management = management;
        this.accounts = accounts;
        this.certificates = certificates;
        this.register = register;
        this.applications = applications;
        this.appeals = appeals;
        this.tasks = tasks;
    }

    /** A certificate decided on by the officer (who may be on the panel too). */
    CertificateInfo decided(CurrentUser officer, StatusDecision... decisions) {
        CertificateInfo certificate = certificates.issue();
        for (StatusDecision decision : decisions) {
            register.decide(officer, certificate.number(), decision, "Forged reference letter.", true);
        }
        return certificate;
    }

    static CurrentUser holderOf(CertificateInfo certificate) {
        return CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
    }

    /** An application refused at review by this reviewer, through the engine. */
    public ApplicationDetails refusedAtReview(CurrentUser candidate, CurrentUser reviewer) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        Task review = tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult();
        tasks.setAssignee(review.getId(), reviewer.username());
        tasks.complete(review.getId(), Map.of("reviewVerdict", "INSUFFICIENT",
                "reviewComment", "The portfolio shows no project management work."));
        return applications.details(application.id());
    }

    /** An application refused at review by this reviewer, and the candidate's appeal against the refusal. */
    public Appeal refusedAndAppealed(CurrentUser candidate, CurrentUser reviewer) {
        refusedAtReview(candidate, reviewer);
        return appeals.submit(candidate, new NewAppeal(key(candidate, ContestedKind.REJECTED),
                "The reviewer overlooked the project reports.", List.of()));
    }

    /**
     * An application of the Smart City Project Developer through the inbox: reviewed, its exam sat (every answer
     * right: the units the exam scores, SCPD-U1, U2 and U4, pass), the units the portfolio covers (SCPD-U3 and U5)
     * not passed by the assessor, certified by the officer, its unit certificate issued.
     */
    public ApplicationDetails partiallyCertified(CurrentUser candidate, CurrentUser assessor, CurrentUser officer) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String review = task(application, CertificationProcess.ACTIVITY_REVIEW);
        staffTasks.claim(reviewer, review);
        staffTasks.completeReview(reviewer, review, TestStaffWork.review(staffTasks, reviewer, review,
                ReviewVerdict.SUFFICIENT, "Relevant and current."));
        exams.sitIfWaiting(application.id());
        String assessment = task(application, CertificationProcess.ACTIVITY_ASSESS);
        staffTasks.claim(assessor, assessment);
        staffTasks.completeAssessment(assessor, assessment, TestStaffWork.scores(staffTasks, assessor, assessment,
                unit -> new BigDecimal("20"), "The portfolio falls short for units 3 and 5."));
        String decision = task(application, CertificationProcess.ACTIVITY_DECIDE);
        staffTasks.claim(officer, decision);
        staffTasks.completeDecision(officer, decision, TestStaffWork.decision("CERTIFY", "Units 1, 2 and 4."));
        runJobs(application.processInstanceId());
        return applications.details(application.id());
    }

    /** The open task of the stage in the application's current process. */
    public String task(ApplicationDetails application, String activityId) {
        return tasks.createTaskQuery().processInstanceId(applications.details(application.id()).processInstanceId())
                .taskDefinitionKey(activityId).singleResult().getId();
    }

    /** Runs the asynchronous steps waiting in the process instance (the job executor is off in tests). */
    public void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
    }

    /** The key of the user's one open-to-appeal decision of this kind. */
    public String key(CurrentUser user, ContestedKind kind) {
        return appeals.contestable(user).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().key();
    }

    Appeal appeal(CurrentUser appellant, ContestedKind kind) {
        return appeals.submit(appellant, new NewAppeal(key(appellant, kind),
                "The reference letter is genuine; my former employer confirms it.",
                java.util.List.of(new eu.skills4cities.citycert.application.UploadedDocument("letter.pdf",
                        "application/pdf", TestDocuments.pdf()))));
    }
}
