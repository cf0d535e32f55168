package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for more evidence: the reviewer's request and its reminder reach the candidate
 * (called by the process), and the candidate answers with a note and a document.
 */
@Service
@org.springframework.validation.annotation.Validated
public class EvidenceRequests {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRequests.class);

    private final ApplicationRepository applications;
    private final ApplicationService reading;
    private final EvidenceDocumentStore documents;
    private final EvidenceDocumentPolicy documentPolicy;
    private final ApplicationTimeline timeline;
    private final CandidateMail candidateMail;
    private final ApplicationEventPublisher events;
    private final TaskService taskService;
    private final Clock clock;

    EvidenceRequests(ApplicationRepository applications, ApplicationService reading, EvidenceDocumentStore documents,
                     EvidenceDocumentPolicy documentPolicy, ApplicationTimeline timeline, CandidateMail candidateMail,
                     ApplicationEventPublisher events, TaskService taskService, Clock clock) {
        this.applications = applications;
        this.reading = reading;
        this.documents = documents;
        this.documentPolicy = documentPolicy;
        this.timeline = timeline;
        this.candidateMail = candidateMail;
        this.events = events;
        this.taskService = taskService;
        this.clock = clock;
    }

    /**
     * A reviewer asked for more evidence: the application waits for the candidate, who is
     * told what is needed and by when. Called by the process.
     */
    @Transactional
    public void requestMoreEvidence(UUID id, String message, Instant dueAt) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        Instant now = clock.instant();
        applications.save(application.withStatus(ApplicationStatus.AWAITING_CANDIDATE, null, now));
        timeline.record(id, ApplicationStatus.AWAITING_CANDIDATE, message, now);
        // the candidate is told what is needed and by when by the mail that follows the event (CandidateMail)
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(),
                ApplicationStatus.AWAITING_CANDIDATE, message, now));
        events.publishEvent(new EvidenceRequested(id, application.number(), message, dueAt, now));
        log.info("More evidence requested for application {} by {}", application.number(), dueAt);
    }

    /** Reminds the candidate that the evidence is due soon. Called by the process's reminder timer. */
    @Transactional
    public void remindEvidenceDue(UUID id, Instant dueAt) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        candidateMail.tell(application, "evidence-reminder", "", DateTimeFormatter.ISO_LOCAL_DATE
                .format(dueAt.atZone(ZoneOffset.UTC)));
    }

    /** The open request for more evidence on the candidate's own application, if there is one. */
    @Transactional(readOnly = true)
    public Optional<EvidenceRequest> openEvidenceRequest(CurrentUser candidate, UUID id) {
        return candidateTask(candidate, reading.get(candidate, id)).map(task -> new EvidenceRequest(
                (String) taskService.getVariable(task.getId(), CertificationProcess.Stage.REVIEW.commentVariable()),
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }

    /**
     * Answers a request for more evidence with a note and a document; the application goes
     * back to review, in the same transaction.
     *
     * @throws InvalidInputException listing every problem; nothing is stored
     */
    @Transactional
    public ApplicationDetails answerEvidenceRequest(CurrentUser candidate, UUID id,
                                                    @eu.skills4cities.citycert.base.PlainText(multiLine = true) String note,
                                                    @jakarta.validation.Valid UploadedDocument document) {
        ApplicationDetails application = reading.get(candidate, id);
        Task task = candidateTask(candidate, application).orElseThrow(() -> new InvalidInputException("api.application.refused", 
                List.of(UserMessage.of("problem.no-evidence-request"))));
        List<UserMessage> problems = new ArrayList<>();
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > ApplicationService.MAX_STATEMENT) {
            problems.add(UserMessage.of("problem.evidence-note", ApplicationService.MAX_STATEMENT));
        }
        var accepted = documentPolicy.check(document, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }
        var doc = accepted.orElseThrow();
        // the answer's note describes the document; the reviewer sees both
        documents.insert(id, UUID.randomUUID(), doc.fileName(), doc.fileName(), text, doc.contentType(), doc.content(),
                doc.sha256(), clock.instant(), List.of());
        taskService.complete(task.getId(), Map.of("evidenceNote", text));
        log.info("Candidate {} answered the evidence request on application {}", candidate.username(),
                application.number());
        return reading.details(id);
    }

    private Optional<Task> candidateTask(CurrentUser candidate, ApplicationDetails application) {
        if (application.processInstanceId() == null || !application.candidateUsername().equals(candidate.username())) {
            return Optional.empty();
        }
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(CertificationProcess.ACTIVITY_PROVIDE_EVIDENCE)
                .taskAssignee(candidate.username()).singleResult());
    }

}
