package eu.skills4cities.citycert.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * One application in each state, moved there through the real process, and one account per
 * kind of reader: the matrix of who reads what ({@link ApplicationAccess}). Built once per test
 * class; each state's application has its own candidate.
 */
public final class AccessFixture {

    /** The states of the matrix. */
    public enum State { DRAFT, IN_REVIEW, IN_ASSESSMENT, AWAITING_DECISION, DECIDED }

    /** The readers of the matrix. */
    public enum Actor {
        OWNER, OTHER_CANDIDATE, REVIEWER, ASSESSOR, OFFICER, AUDITOR, ADMIN,
        /** The reviewer who completed a review of every submitted application here (asked for more
         * evidence on the one back in review, found the others sufficient). */
        PAST_WORKER
    }

    private final Map<State, ApplicationDetails> applications = new EnumMap<>(State.class);
    private final Map<State, CurrentUser> owners = new EnumMap<>(State.class);
    private final Map<Actor, CurrentUser> actors = new EnumMap<>(Actor.class);
    private final TaskService taskService;

    private AccessFixture(TaskService taskService) {
        this.taskService = taskService;
    }

    /** Who may read an application in the state: the rule of issue 11, spelled out cell by cell. */
    public static boolean mayRead(Actor actor, State state) {
        return switch (actor) {
            case OWNER -> true;
            case OTHER_CANDIDATE -> false;
            case REVIEWER -> state == State.IN_REVIEW;
            case ASSESSOR -> state == State.IN_ASSESSMENT;
            case OFFICER -> state == State.AWAITING_DECISION;
            case AUDITOR, ADMIN, PAST_WORKER -> state != State.DRAFT;
        };
    }

    public static AccessFixture build(ApplicationService applicationService, EvidenceRequests evidenceRequests,
                                      ApplicationDrafts drafts,
                                      StaffTaskService tasks, TaskService taskService, ManagementService management,
                                      TestAccounts accounts) {
        AccessFixture fixture = new AccessFixture(taskService);
        CurrentUser pastReviewer = accounts.create(Role.REVIEWER);
        CurrentUser workAssessor = accounts.create(Role.ASSESSOR);
        CurrentUser workOfficer = accounts.create(Role.CERTIFICATION_OFFICER);
        fixture.actors.put(Actor.OTHER_CANDIDATE, accounts.create(Role.CANDIDATE));
        fixture.actors.put(Actor.REVIEWER, accounts.create(Role.REVIEWER));
        fixture.actors.put(Actor.ASSESSOR, accounts.create(Role.ASSESSOR));
        fixture.actors.put(Actor.OFFICER, accounts.create(Role.CERTIFICATION_OFFICER));
        fixture.actors.put(Actor.AUDITOR, accounts.create(Role.AUDITOR));
        fixture.actors.put(Actor.ADMIN, accounts.create(Role.ADMIN));
        fixture.actors.put(Actor.PAST_WORKER, pastReviewer);

        for (State state : State.values()) {
            CurrentUser owner = accounts.create(Role.CANDIDATE);
            fixture.owners.put(state, owner);
            ApplicationDetails application;
            if (state == State.DRAFT) {
                application = drafts.startDraft(owner, "SCPM");
                drafts.saveDraft(owner, application.id(), new DraftUpdate(TestDocuments.STATEMENT, 10, 7));
                drafts.rate(owner, application.id(), new SelfAssessment("SCPM-U1-E1", SelfAssessmentLevel.FULLY,
                        "Ran two programmes."));
                drafts.addDocument(owner, application.id(), new NewDocument(
                        TestDocuments.application("SCPM").document(), "Final report", null, Set.of("SCPM-U1-E1")));
            } else {
                application = applicationService.submit(owner, TestDocuments.application("SCPM"));
                String review = fixture.openTask(application).orElseThrow().getId();
                tasks.claim(pastReviewer, review);
                if (state == State.IN_REVIEW) {
                    tasks.completeReview(pastReviewer, review, TestStaffWork.review(tasks, pastReviewer, review,
                            ReviewVerdict.MORE_NEEDED, "Please add the final report."));
                    evidenceRequests.answerEvidenceRequest(owner, application.id(), "The final report.",
                            new UploadedDocument("report.pdf", "application/pdf", TestDocuments.pdf()));
                } else {
                    tasks.completeReview(pastReviewer, review, TestStaffWork.review(tasks, pastReviewer, review,
                            ReviewVerdict.SUFFICIENT, "Relevant and current."));
                }
                if (state == State.AWAITING_DECISION || state == State.DECIDED) {
                    String assessment = fixture.openTask(application).orElseThrow().getId();
                    tasks.claim(workAssessor, assessment);
                    tasks.completeAssessment(workAssessor, assessment,
                            TestStaffWork.scores(tasks, workAssessor, assessment, "80", "Structured interview."));
                }
                if (state == State.DECIDED) {
                    String decision = fixture.openTask(application).orElseThrow().getId();
                    tasks.claim(workOfficer, decision);
                    tasks.completeDecision(workOfficer, decision, TestStaffWork.decision("CERTIFY", "Supported."));
                    management.createJobQuery().processInstanceId(application.processInstanceId()).list()
                            .forEach(job -> management.executeJob(job.getId()));
                }
            }
            fixture.applications.put(state, applicationService.details(application.id()));
        }
        return fixture;
    }

    public ApplicationDetails application(State state) {
        return applications.get(state);
    }

    public CurrentUser user(Actor actor, State state) {
        return actor == Actor.OWNER ? owners.get(state) : actors.get(actor);
    }

    /** The open staff task (review, assessment or decision) of the state's application, if it has one. */
    public Optional<String> openStaffTask(State state) {
        return openTask(applications.get(state)).map(Task::getId);
    }

    private Optional<Task> openTask(ApplicationDetails application) {
        if (application.processInstanceId() == null) {
            return Optional.empty();
        }
        List<Task> open = taskService.createTaskQuery().processInstanceId(application.processInstanceId()).list();
        return open.stream().filter(task -> CertificationProcess.Stage.ofActivity(task.getTaskDefinitionKey())
                .isPresent()).findFirst();
    }
}
