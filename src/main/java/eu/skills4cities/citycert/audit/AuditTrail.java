package eu.skills4cities.citycert.audit;

import eu.skills4cities.citycert.appeal.AppealStepRecorded;
import eu.skills4cities.citycert.appeal.AppealSubmitted;
import eu.skills4cities.citycert.application.ApplicationDraftChanged;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import eu.skills4cities.citycert.application.ApplicationSubmitted;
import eu.skills4cities.citycert.application.EvidenceRequested;
import eu.skills4cities.citycert.certificate.CertificateExpired;
import eu.skills4cities.citycert.certificate.CertificateIssued;
import eu.skills4cities.citycert.certificate.CertificateReinstated;
import eu.skills4cities.citycert.certificate.CertificateScopeReduced;
import eu.skills4cities.citycert.certificate.CertificateScopeRestored;
import eu.skills4cities.citycert.certificate.CertificateSuspended;
import eu.skills4cities.citycert.certificate.CertificateWithdrawalReversed;
import eu.skills4cities.citycert.certificate.CertificateWithdrawn;
import eu.skills4cities.citycert.certificate.RenewalRecorded;
import eu.skills4cities.citycert.complaint.ComplaintRecorded;
import eu.skills4cities.citycert.exam.ExamItemRecorded;
import eu.skills4cities.citycert.exam.ExamSessionRecorded;
import eu.skills4cities.citycert.inbox.TaskCompleted;
import eu.skills4cities.citycert.security.AccountChanged;
import eu.skills4cities.citycert.security.AccountRegistered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Hears the modules' events and appends each to the audit log just before the publishing
 * transaction commits, in that transaction: the change and its audit row commit together or not
 * at all, and a failure here rolls the change back. (Before the commit rather than at the
 * publication, so the chain's head lock is held only for the commit, not for the rest of the
 * change. An event published outside a transaction is appended in a transaction of its own.)
 * The detail holds ids, codes, statuses and staff's recorded reasons, never documents or a
 * candidate's statements; the reviewer's message with a request for evidence stays out too.
 */
@Component
class AuditTrail {

    private static final String SYSTEM = "system";

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationSubmitted event) {
        append(event.at(), actor(event.candidate()), "APPLICATION_SUBMITTED", "application", event.applicationId(),
                detail("number", event.number(), "roleCode", event.roleCode(), "retake", event.retake(),
                        "recertificationOf", event.recertificationOf(), "declaredAt", event.declaredAt()));
    }

    /** A draft's change, kept for the case record: what changed and which document, never the text or the file. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationDraftChanged event) {
        append(event.at(), actor(event.candidate()), "DRAFT_CHANGED", "application", event.applicationId(),
                detail("number", event.number(), "change", event.change(), "documentId", event.documentId(),
                        "sha256", event.sha256()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ApplicationStatusChanged event) {
        append(event.at(), actor(null), "APPLICATION_STATUS_CHANGED", "application", event.applicationId(),
                detail("number", event.number(), "from", event.from(), "to", event.to(), "reason", event.reason()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EvidenceRequested event) {
        append(event.at(), actor(null), "EVIDENCE_REQUESTED", "application", event.applicationId(),
                detail("number", event.number(), "dueAt", event.dueAt()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TaskCompleted event) {
        append(event.at(), actor(event.assignee()), "TASK_COMPLETED", "task", event.taskId(),
                detail("applicationId", event.applicationId(), "stage", event.stage(), "outcome", event.outcome()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateIssued event) {
        append(clock.instant(), actor(null), "CERTIFICATE_ISSUED", "certificate", event.certificateId(),
                detail("number", event.number(), "applicationId", event.applicationId(), "holder", event.holder(),
                        "roleCode", event.roleCode(), "unitCode", event.unitCode(), "issuedOn", event.issuedOn(),
                        "validUntil", event.validUntil()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateSuspended event) {
        decided("CERTIFICATE_SUSPENDED", event.at(), event.decidedBy(), event.certificateId(), event.number(),
                event.reason());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateReinstated event) {
        decided("CERTIFICATE_REINSTATED", event.at(), event.decidedBy(), event.certificateId(), event.number(),
                event.reason());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateWithdrawn event) {
        decided("CERTIFICATE_WITHDRAWN", event.at(), event.decidedBy(), event.certificateId(), event.number(),
                event.reason());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateWithdrawalReversed event) {
        append(event.at(), actor(event.decidedBy()), "CERTIFICATE_WITHDRAWAL_REVERSED", "certificate",
                event.certificateId(), detail("number", event.number(), "appeal", event.appealNumber(),
                        "reason", event.reason()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateScopeReduced event) {
        append(event.at(), actor(event.decidedBy()), "CERTIFICATE_SCOPE_REDUCED", "certificate", event.certificateId(),
                detail("number", event.number(), "unitCode", event.unitCode(), "successors", event.successors(),
                        "reason", event.reason()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateScopeRestored event) {
        append(event.at(), actor(event.decidedBy()), "CERTIFICATE_SCOPE_RESTORED", "certificate", event.certificateId(),
                detail("number", event.number(), "unitCode", event.unitCode(), "successor", event.successor(),
                        "appeal", event.appealNumber(), "reason", event.reason()));
    }

    /** Recorded by the certificate's lifecycle process at the end of its last valid day. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CertificateExpired event) {
        append(event.at(), "citycert", "CERTIFICATE_EXPIRED", "certificate", event.certificateId(),
                detail("number", event.number(), "holder", event.holder(), "validUntil", event.validUntil()));
    }

    /**
     * Every step of a complaint. A complainant without an account is {@code public}; their name,
     * address and words, and the holder's response, stay out of the log.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintRecorded event) {
        boolean byComplainant = event.step() == ComplaintRecorded.Step.SUBMITTED
                || event.step() == ComplaintRecorded.Step.CONFIRMED;
        String actor = event.actor() == null && byComplainant ? "public" : actor(event.actor());
        append(event.at(), actor, "COMPLAINT_" + event.step(), "complaint", event.complaintId(),
                detail("number", event.number(), "subject", event.subject(), "certificate", event.certificateNumber(),
                        "outcome", event.outcome(), "reason", event.reason()));
    }

    /** An appeal received: what it contests, never the grounds. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AppealSubmitted event) {
        append(event.at(), actor(event.appellant()), "APPEAL_SUBMITTED", "appeal", event.appealId(),
                detail("number", event.number(), "contested", event.contested(), "applicationId",
                        event.applicationId(), "certificate", event.certificateNumber(), "dueAt", event.dueAt()));
    }

    /** A step of an appeal: the panel's claims, notes, requests and outcome (with its reasons), the timers' steps. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AppealStepRecorded event) {
        append(event.at(), actor(event.actor()), "APPEAL_" + event.step(), "appeal", event.appealId(),
                detail("number", event.number(), "applicationId", event.applicationId(), "reason", event.reason()));
    }

    /** A renewal's step: what the holder and the reviewer did, never the CPD, the request or the answer. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RenewalRecorded event) {
        append(event.at(), actor(event.actor()), "RENEWAL_" + event.step(), "certificate", event.certificateId(),
                detail("number", event.number(), "renewalId", event.renewalId(), "reason", event.reason(),
                        "successor", event.successorNumber()));
    }

    /** A change in the exam item bank: which version of which item and what happened, never its text or key. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ExamItemRecorded event) {
        append(event.at(), actor(event.actor()), "EXAM_ITEM_" + event.step(), "exam-item", event.itemId(),
                detail("code", event.code(), "version", event.version(), "element", event.elementCode(),
                        "retiredVersion", event.previousVersion()));
    }

    /** A step of an exam session: start, submission, extra time, void; counts and reasons, never an item or a key. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ExamSessionRecorded event) {
        append(event.at(), actor(event.actor()), "EXAM_SESSION_" + event.step(), "application", event.applicationId(),
                detail("number", event.applicationNumber(), "sessionId", event.sessionId(), "reason", event.reason(),
                        "minutes", event.minutes(), "items", event.items()));
    }

    /** The registrant is the actor; the address stays out of the log. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountRegistered event) {
        append(clock.instant(), event.username(), "ACCOUNT_REGISTERED", "account", event.username(), Map.of());
    }

    /** The holder changed their account: what changed (ACCOUNT_FULL_NAME, ACCOUNT_PASSWORD, …), never the values. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountChanged event) {
        append(event.at(), event.username(), "ACCOUNT_" + event.change().name(), "account", event.username(),
                Map.of());
    }

    private void decided(String action, Instant at, String decidedBy, UUID certificateId, String number,
                         String reason) {
        append(at, actor(decidedBy), action, "certificate", certificateId,
                detail("number", number, "reason", reason));
    }

    private void append(Instant at, String actor, String action, String objectType, Object objectId,
                        Map<String, Object> detail) {
        log.append(new AuditRecord(at == null ? clock.instant() : at, actor, action, objectType,
                String.valueOf(objectId), detail));
    }

    /** The person the event names, else the signed-in user, else the system (a timer, the engine's job). */
    private static String actor(String named) {
        if (named != null && !named.isBlank()) {
            return named;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return SYSTEM;
    }

    /** Key, value pairs in order; null values are left out, the others written as text. */
    private static Map<String, Object> detail(Object... pairs) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                detail.put((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
        }
        return detail;
    }
}
