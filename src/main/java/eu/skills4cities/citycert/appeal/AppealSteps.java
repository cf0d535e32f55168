package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationReopening;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateAppeals;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of {@code appeal.bpmn}'s own steps, each in the step's transaction: acting on an upheld
 * appeal, the progress notice and escalation when the answer is overdue, the appellant's reminder and
 * the lapse of an unanswered request.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AppealSteps {

    private static final Logger log = LoggerFactory.getLogger(AppealSteps.class);
    private static final String SYSTEM = "system";

    private final AppealStore store;
    private final CertificateAppeals certificates;
    private final ApplicationReopening reopening;
    private final AppealMail mail;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final ApplicationService applications;

    AppealSteps(AppealStore store, CertificateAppeals certificates, ApplicationReopening reopening, AppealMail mail,
                TaskService tasks, ApplicationEventPublisher events, ApplicationService applications) {
        this.applications = applications;
        this.store = store;
        this.reopening = reopening;
        this.certificates = certificates;
        this.mail = mail;
        this.tasks = tasks;
        this.events = events;
    }

    /**
     * Acts on an upheld appeal, in the outcome's transaction, everybody excluded from the appeal excluded from
     * what it reopens: a suspension is lifted and a withdrawal reversed through the certificate's lifecycle; an
     * application found not eligible or refused is reopened at the stage that refused it; the units a partially
     * certified application did not pass (those the appeal names, else all) are reassessed in a new
     * application that keeps the passed ones; a reduction of scope is reversed by a certificate with the unit
     * again; a refused renewal goes back to its check (docs/architecture.md, "Appeals").
     */
    public void actOnUpheld(UUID appealId) {
        AppealStore.Row row = store.find(appealId).orElseThrow();
        List<String> excluded = store.excludedUsers(appealId);
        switch (row.contested()) {
            case SUSPENDED, WITHDRAWN -> {
                certificates.reverse(row.certificateNumber(), row.number(), row.outcomeReason(), decidedBy(row));
                acted(row, AppealAction.REVERSED, row.certificateNumber());
            }
            case REJECTED, NOT_ELIGIBLE -> {
                var stage = reopening.reopen(row.applicationId(), excluded);
                log.info("Appeal {} upheld: application reopened at {}", row.number(), stage);
                acted(row, AppealAction.REOPENED, applicationNumber(row));
            }
            case PARTIALLY_CERTIFIED -> {
                ApplicationDetails reassessment = reopening.reassess(row.applicationId(), excluded,
                        store.units(appealId), row.number());
                acted(row, AppealAction.REASSESSMENT, reassessment.number());
                // the certificate module mails a restored scope and a reopened renewal itself
                mail.toAppellant(row, "acted-reassessment", reassessment.number(),
                        String.join(", ", store.units(appealId)));
            }
            case SCOPE_REDUCED -> acted(row, AppealAction.SCOPE_RESTORED, certificates.restoreScope(
                    row.certificateNumber(), row.number(), row.outcomeReason(), decidedBy(row)));
            case RENEWAL_REFUSED -> {
                certificates.reopenRenewal(row.certificateNumber(), excluded, row.number(), decidedBy(row));
                acted(row, AppealAction.RENEWAL_REOPENED, row.certificateNumber());
            }
            default -> throw new IllegalStateException("No action for " + row.contested());
        }
    }

    /** Records what the upheld appeal did, for the appellant's page, and in the audit log (the case record's). */
    private void acted(AppealStore.Row row, AppealAction action, String subject) {
        store.recordAction(row.id(), action, subject);
        events.publishEvent(new AppealStepRecorded(row.id(), row.number(), row.applicationId(), "ACTED_" + action.name(),
                decidedBy(row), subject, now()));
        log.info("Appeal {} upheld: {} {}", row.number(), action, subject);
    }

    private String applicationNumber(AppealStore.Row row) {
        return applications.facts(row.applicationId()).number();
    }

    /** The answer is overdue: the appellant is told where things stand, and the panel is escalated to. */
    public void overdue(UUID appealId) {
        AppealStore.Row row = store.find(appealId).orElseThrow();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(row.number())
                .taskDefinitionKey(AppealProcess.ACTIVITY_DECIDE).singleResult();
        if (task != null) {
            tasks.setPriority(task.getId(), AppealPanel.ESCALATED_PRIORITY);
        }
        mail.toAppellant(row, "progress", AppealMail.date(row.dueAt()));
        mail.escalated(row);
        step(row, "PROGRESS_NOTICE");
    }

    /** Reminds the appellant of the panel's request before its deadline. */
    public void remind(UUID appealId) {
        AppealStore.Row row = store.find(appealId).orElseThrow();
        mail.toAppellant(row, "information-reminder");
        step(row, "APPELLANT_REMINDED");
    }

    /** The appellant did not answer the panel's request in time: the appeal lapses. */
    public void lapse(UUID appealId) {
        AppealStore.Row row = store.lock(appealId).orElseThrow();
        store.recordOutcome(appealId, AppealStatus.LAPSED, null, SYSTEM, now(), false);
        mail.toAppellant(row, "lapsed");
        step(row, "LAPSED");
    }

    private String decidedBy(AppealStore.Row row) {
        return store.decidedBy(row.id()).orElse(SYSTEM);
    }

    private void step(AppealStore.Row row, String step) {
        events.publishEvent(new AppealStepRecorded(row.id(), row.number(), row.applicationId(), step, SYSTEM, null,
                now()));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
