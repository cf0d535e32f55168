package eu.skills4cities.citycert.audit;

import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.DraftUpdate;
import eu.skills4cities.citycert.application.EvidenceDocuments;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.application.NewDocument;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.application.SelfAssessmentLevel;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskComments;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One application driven through the real process with every kind of step the case record
 * shows: a draft with a document added, removed and added again, submission, a reviewer who
 * claims, comments and releases, a second who claims and hands over to a third, who asks for
 * more evidence; the candidate's answer; the third opens a document and finds it sufficient; an
 * assessor scores; an officer certifies with the declaration; the certificate is issued.
 */
@Component
class CaseRecordFixture {

    /** The application and the people who worked on it. */
    record Case(ApplicationDetails application, CurrentUser candidate, CurrentUser releasingReviewer,
                CurrentUser handingReviewer, CurrentUser reviewer, CurrentUser assessor, CurrentUser officer,
                String firstReviewTask, DocumentInfo removedDocument) {
    }

    private final TestAccounts accounts;
    private final ApplicationDrafts drafts;
    private final ApplicationService applications;
    private final EvidenceRequests evidenceRequests;
    private final EvidenceDocuments documents;
    private final StaffTaskService tasks;
    private final TaskHandOver handOver;
    private final TaskComments comments;
    private final TaskService taskService;
    private final ManagementService management;

    CaseRecordFixture(TestAccounts accounts, ApplicationDrafts drafts, ApplicationService applications,
                      EvidenceRequests evidenceRequests, EvidenceDocuments documents, StaffTaskService tasks,
                      TaskHandOver handOver, TaskComments comments, TaskService taskService,
                      ManagementService management) {
        this.accounts = accounts;
        this.drafts = drafts;
        this.applications = applications;
        this.evidenceRequests = evidenceRequests;
        this.documents = documents;
        this.tasks = tasks;
        this.handOver = handOver;
        this.comments = comments;
        this.taskService = taskService;
        this.management = management;
    }

    Case certifiedCase() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser releasing = accounts.create(Role.REVIEWER);
        CurrentUser handing = accounts.create(Role.REVIEWER);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);

        ApplicationDetails draft = drafts.startDraft(candidate, "SCPM");
        drafts.saveDraft(candidate, draft.id(), new DraftUpdate(TestDocuments.STATEMENT, 10, 7));
        drafts.rate(candidate, draft.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.FULLY, "Ran two."));
        DocumentInfo removed = drafts.addDocument(candidate, draft.id(), report());
        drafts.removeDocument(candidate, draft.id(), removed.id());
        drafts.addDocument(candidate, draft.id(), report());
        ApplicationDetails application = drafts.submitDraft(candidate, draft.id(), true);

        String review = openTask(application);
        tasks.claim(releasing, review);
        comments.comment(releasing, review, "Starting with the portfolio.");
        tasks.unclaim(releasing, review);
        tasks.claim(handing, review);
        handOver.reassign(handing, review, reviewer.username());
        tasks.completeReview(reviewer, review, TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.MORE_NEEDED,
                "Please add the final report."));
        evidenceRequests.answerEvidenceRequest(candidate, application.id(), "The final report.",
                new UploadedDocument("final.pdf", "application/pdf", TestDocuments.pdf()));

        String secondReview = openTask(application);
        tasks.claim(reviewer, secondReview);
        ApplicationDetails answered = applications.details(application.id());
        documents.document(reviewer, application.id(), answered.documents().get(0).id(), false);
        tasks.completeReview(reviewer, secondReview, TestStaffWork.review(tasks, reviewer, secondReview,
                ReviewVerdict.SUFFICIENT, "Relevant and current."));

        String assessment = openTask(application);
        tasks.claim(assessor, assessment);
        tasks.completeAssessment(assessor, assessment,
                TestStaffWork.scores(tasks, assessor, assessment, "80", "Structured interview."));

        String decision = openTask(application);
        tasks.claim(officer, decision);
        tasks.completeDecision(officer, decision, TestStaffWork.decision("CERTIFY", "Supported by the evidence."));
        management.createJobQuery().processInstanceId(application.processInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        return new Case(applications.details(application.id()), candidate, releasing, handing, reviewer, assessor,
                officer, review, removed);
    }

    private static NewDocument report() {
        return new NewDocument(new UploadedDocument("report.pdf", "application/pdf", TestDocuments.pdf()),
                "Final report", null, Set.of("SCPM-U1-E1"));
    }

    private String openTask(ApplicationDetails application) {
        List<Task> open = taskService.createTaskQuery().processInstanceId(application.processInstanceId()).list();
        return open.stream().filter(t -> CertificationProcess.Stage.ofActivity(t.getTaskDefinitionKey()).isPresent())
                .findFirst().orElseThrow().getId();
    }
}
