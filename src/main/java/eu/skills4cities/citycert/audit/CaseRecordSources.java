package eu.skills4cities.citycert.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.complaint.ComplaintReference;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.exam.ExamCaseRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.DocumentRead;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskEscalation;
import eu.skills4cities.citycert.inbox.TaskEscalations;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Gathers the whole case record of one application from CityCert's own records, each read
 * through its owner's public methods (the audit log, the documents, the judging, the task
 * outcomes and escalations, the mail outbox, the certificates) and from the engine's history
 * ({@link EngineHistory}). Never from the candidate's timeline. Checks nobody's access: the caller
 * ({@link CaseRecord}) does.
 */
@Component
class CaseRecordSources {

    /** Mails about one application: far more than a real case has, and a bound on the read. */
    private static final int MAX_MAILS = 1000;

    private final ApplicationService applications;
    private final AssessmentService judging;
    private final StaffTaskService staffTasks;
    private final TaskEscalations escalations;
    private final MailOutbox mail;
    private final CertificateService certificates;
    private final AuditLog log;
    private final EngineHistory engine;
    private final EngineHistoryArchive archive;
    private final ObjectMapper json;
    private final AppealService appeals;
    private final ComplaintWork complaints;
    private final ExamCaseRecord exams;

    CaseRecordSources(ApplicationService applications, AssessmentService judging, StaffTaskService staffTasks,
                      TaskEscalations escalations, MailOutbox mail, CertificateService certificates, AuditLog log,
                      EngineHistory engine, EngineHistoryArchive archive, ObjectMapper json, AppealService appeals,
                      ComplaintWork complaints, ExamCaseRecord exams) {
        this.exams = exams;
        this.appeals = appeals;
        this.complaints = complaints;
        this.applications = applications;
        this.judging = judging;
        this.staffTasks = staffTasks;
        this.escalations = escalations;
        this.mail = mail;
        this.certificates = certificates;
        this.log = log;
        this.engine = engine;
        this.archive = archive;
        this.json = json;
    }

    /** Everything recorded about the application (the document reads are passed in: who may see which is the caller's rule). */
    ApplicationCaseRecord gather(UUID applicationId, List<DocumentRead> reads, String viewer) {
        ApplicationDetails application = applications.details(applicationId);
        List<CertificateInfo> issued = certificates.forApplication(applicationId);
        List<HistoricTaskInstance> tasks = application.processInstanceId() == null ? List.of()
                : engine.tasks(application.processInstanceId());
        List<TaskOutcome> outcomes = staffTasks.outcomes(applicationId);
        List<CaseRecordEntry> entries = new ArrayList<>();
        Set<UUID> documentIds = application.documents().stream().map(d -> d.id()).collect(Collectors.toSet());

        for (AuditEntry row : log.about("application", applicationId.toString())) {
            fromLog(row, documentIds, outcomes).ifPresent(entries::add);
        }
        application.documents().forEach(d -> entries.add(new CaseRecordEntry(d.uploadedAt(), application.candidateUsername(),
                CaseRecordKind.DOCUMENT_ADDED, d.title() == null ? d.fileName() : d.title(),
                facts("file", d.fileName(), "sha256", d.sha256(), "size", d.sizeBytes()), d.description(), null,
                "evidence_document")));
        reads.forEach(r -> entries.add(new CaseRecordEntry(r.readAt(), r.reader(), CaseRecordKind.DOCUMENT_READ,
                r.documentName(), facts("grounds", r.grounds(), "inline", r.inline()), null, null, "document_read")));
        judging.reviews(applicationId).forEach(r -> entries.add(new CaseRecordEntry(r.reviewedAt(), r.reviewer(),
                CaseRecordKind.UNIT_REVIEWED, r.unitCode(), facts("verdict", r.verdict()), r.reason(), r.taskId(),
                "judging: review")));
        judging.results(applicationId).forEach(r -> {
            Map<String, String> facts = facts("score", r.score().toPlainString(), "passMark",
                    r.passMark() == null ? null : r.passMark().toPlainString(), "passed", r.passed(),
                    "method", r.method());
            r.elementScores().forEach((element, score) -> facts.put(element, score.toPlainString()));
            entries.add(new CaseRecordEntry(r.assessedAt(), r.assessor(), CaseRecordKind.UNIT_ASSESSED, r.unitCode(),
                    facts, null, taskAt(tasks, Stage.ASSESSMENT, r.assessedAt(), r.assessor()), "judging: assessment"));
        });
        // the exam: the form drawn (item codes), every answer with its time, submission, scores, extra time, voids
        exams.entries(applicationId).forEach(e -> entries.add(new CaseRecordEntry(e.at(), e.actor(), CaseRecordKind.EXAM,
                e.step(), e.facts(), e.reason(), null, "exam_session")));
        for (TaskEscalation escalation : escalations.forApplication(applicationId)) {
            entries.add(new CaseRecordEntry(escalation.escalatedAt(), EngineHistory.SYSTEM, CaseRecordKind.TASK_ESCALATED,
                    escalation.stage().name(), facts("stage", escalation.stage(), "notified",
                    String.join(", ", escalation.notified())), null,
                    taskAt(tasks, escalation.stage(), escalation.escalatedAt(), null), "task_escalation"));
        }
        for (CertificateInfo certificate : issued) {
            List<AuditEntry> rows = log.about("certificate", certificate.id().toString());
            if (rows.stream().noneMatch(r -> r.action().equals("CERTIFICATE_ISSUED"))) {
                // issued before the audit log existed: the date is all the certificate keeps
                entries.add(issuedEntry(certificate, certificate.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        EngineHistory.SYSTEM, "certificate"));
            }
            for (AuditEntry row : rows) {
                Map<String, String> detail = detail(row);
                entries.add(row.action().equals("CERTIFICATE_ISSUED")
                        ? issuedEntry(certificate, row.occurredAt(), row.actor(), "audit_event")
                        : new CaseRecordEntry(row.occurredAt(), row.actor(), CaseRecordKind.CERTIFICATE_STATUS_CHANGED,
                        certificate.number(), facts("action", row.action()), detail.get("reason"), null, "audit_event"));
            }
        }
        List<Appeal> appealed = appeals.ofApplication(applicationId);
        for (Appeal appeal : appealed) {
            for (AuditEntry row : log.about("appeal", appeal.id().toString())) {
                entries.add(new CaseRecordEntry(row.occurredAt(), row.actor(), CaseRecordKind.APPEAL, appeal.number(),
                        facts("action", row.action(), "contested", appeal.contested()), detail(row).get("reason"), null,
                        "audit_event"));
            }
        }
        // complaints about the certified person: their steps as the audit log has them (their mail stays out of
        // the record, since it goes to the complainant's address)
        for (ComplaintReference complaint : complaints.naming(issued.stream().map(CertificateInfo::number).toList())) {
            for (AuditEntry row : log.about("complaint", complaint.id().toString())) {
                Map<String, String> detail = detail(row);
                // whoever made it stays out of the application's record, which staff of the application read too
                boolean byComplainant = row.action().equals("COMPLAINT_SUBMITTED")
                        || row.action().equals("COMPLAINT_CONFIRMED");
                entries.add(new CaseRecordEntry(row.occurredAt(), byComplainant ? "complainant" : row.actor(),
                        CaseRecordKind.COMPLAINT,
                        complaint.number(), facts("action", row.action(), "certificate", complaint.certificateNumber(),
                        "outcome", detail.get("outcome")), detail.get("reason"), null, "audit_event"));
            }
        }
        List<String> numbers = Stream.concat(Stream.concat(Stream.of(application.number()),
                        issued.stream().map(CertificateInfo::number)), appealed.stream().map(Appeal::number))
                .toList();
        for (MailMessage message : mail.about(numbers, MAX_MAILS)) {
            entries.add(new CaseRecordEntry(message.createdAt(), EngineHistory.SYSTEM, CaseRecordKind.MAIL,
                    message.subject(), facts("to", message.recipient(), "delivered",
                    message.sentAt() == null ? null : message.sentAt().toString(), "attempts", message.attempts(),
                    "lastError", message.lastError()), null, null, "mail_message"));
        }
        // the engine's part: as archived when the process ended (it outlives the engine's history
        // cleanup), else read from the engine's history now
        Optional<List<CaseRecordEntry>> archived = archive.entries(applicationId);
        if (archived.isPresent()) {
            entries.addAll(archived.get());
        } else if (application.processInstanceId() != null) {
            entries.addAll(engine.entries(application.processInstanceId(), tasks, outcomes));
        }
        entries.sort(Comparator.comparing(CaseRecordEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.kind().ordinal()));

        Instant submitted = entries.stream().filter(e -> e.kind() == CaseRecordKind.SUBMITTED).map(CaseRecordEntry::at)
                .findFirst().orElse(null);
        Instant decided = entries.stream().filter(e -> e.kind() == CaseRecordKind.DECISION).map(CaseRecordEntry::at)
                .reduce((first, second) -> second).orElse(null);
        CaseRecordHeader header = new CaseRecordHeader(application.id(), application.number(),
                application.candidateUsername(), application.candidateName(), application.roleCode(),
                application.roleTitle(), application.frameworkVersionId(), application.frameworkVersion(),
                application.status(), submitted, decided,
                application.documents().stream().map(d -> new CaseDocument(d.id(), d.fileName(), d.title(),
                        d.sizeBytes(), d.sha256(), d.uploadedAt())).toList(),
                issued.stream().map(CertificateInfo::number).toList());
        return new ApplicationCaseRecord(header, List.copyOf(entries), true, viewer);
    }

    /** The audit log's rows about the application itself; a draft's document that is still there shows as added. */
    private Optional<CaseRecordEntry> fromLog(AuditEntry row, Set<UUID> documentIds, List<TaskOutcome> outcomes) {
        Map<String, String> detail = detail(row);
        CaseRecordEntry entry = switch (row.action()) {
            case "APPLICATION_SUBMITTED" -> new CaseRecordEntry(row.occurredAt(), row.actor(), CaseRecordKind.SUBMITTED,
                    detail.get("number"), facts("roleCode", detail.get("roleCode"), "retake", detail.get("retake")), null,
                    null, "audit_event");
            case "APPLICATION_STATUS_CHANGED" -> new CaseRecordEntry(row.occurredAt(), row.actor(),
                    CaseRecordKind.STATUS_CHANGED, detail.get("to"), facts("from", detail.get("from"), "to",
                    detail.get("to")), detail.get("reason"), null, "audit_event");
            case "EVIDENCE_REQUESTED" -> new CaseRecordEntry(row.occurredAt(), row.actor(),
                    CaseRecordKind.EVIDENCE_REQUESTED, null, facts("dueAt", detail.get("dueAt")),
                    requestMessage(outcomes, row.occurredAt()), null, "audit_event, task_outcome");
            case "DRAFT_CHANGED" -> "DOCUMENT_ADDED".equals(detail.get("change")) && detail.get("documentId") != null
                    && documentIds.contains(UUID.fromString(detail.get("documentId"))) ? null
                    : new CaseRecordEntry(row.occurredAt(), row.actor(), "DOCUMENT_REMOVED".equals(detail.get("change"))
                    ? CaseRecordKind.DOCUMENT_REMOVED : CaseRecordKind.DRAFT_CHANGED, detail.get("change"),
                    facts("documentId", detail.get("documentId"), "sha256", detail.get("sha256")), null, null,
                    "audit_event");
            case "CASE_FILE_EXPORTED" -> new CaseRecordEntry(row.occurredAt(), row.actor(),
                    CaseRecordKind.CASE_FILE_EXPORTED, detail.get("format"), facts("sha256", detail.get("sha256")), null,
                    null, "audit_event");
            default -> null;
        };
        return Optional.ofNullable(entry);
    }

    /** The reviewer's message with a request for more evidence: the audit log leaves it out, the outcome keeps it. */
    private static String requestMessage(List<TaskOutcome> outcomes, Instant at) {
        return outcomes.stream().filter(o -> o.stage() == Stage.REVIEW && "MORE_NEEDED".equals(o.verdict()))
                .min(Comparator.comparing(o -> Duration.between(o.completedAt(), at).abs()))
                .map(TaskOutcome::comment).orElse(null);
    }

    private static CaseRecordEntry issuedEntry(CertificateInfo certificate, Instant at, String actor, String source) {
        return new CaseRecordEntry(at, actor, CaseRecordKind.CERTIFICATE_ISSUED, certificate.number(),
                facts("roleCode", certificate.roleCode(), "unitCode", certificate.unitCode(), "issuedOn",
                        certificate.issuedOn(), "validUntil", certificate.validUntil()), null, null, source);
    }

    /** The staff task of the stage that was open at the time (and held by the person, when named). */
    private static String taskAt(List<HistoricTaskInstance> tasks, Stage stage, Instant at, String assignee) {
        return tasks.stream().filter(t -> stage.activityId().equals(t.getTaskDefinitionKey()))
                .filter(t -> assignee == null || assignee.equals(t.getAssignee()))
                .filter(t -> !t.getStartTime().toInstant().isAfter(at))
                .filter(t -> t.getEndTime() == null || !t.getEndTime().toInstant().plusSeconds(1).isBefore(at))
                .map(HistoricTaskInstance::getId).reduce((first, second) -> second).orElse(null);
    }

    private Map<String, String> detail(AuditEntry row) {
        try {
            return json.readValue(row.detail(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit row " + row.sequence() + " has no readable detail", e);
        }
    }

    /** Key, value pairs in order; null values are left out, the others written as text. */
    static Map<String, String> facts(Object... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
        }
        return facts;
    }
}
