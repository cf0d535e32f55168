package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the certification process records on an application: its status as the process
 * moves on (each change published as {@link ApplicationStatusChanged}, which the candidate's
 * mail follows) and the eligibility check's answer. Called
 * by the process and by the certificate module; no user check.
 */
@Service
public class ApplicationProgress {

    private static final Logger log = LoggerFactory.getLogger(ApplicationProgress.class);

    private final ApplicationRepository applications;
    private final ApplicationTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationProgress(ApplicationRepository applications, ApplicationTimeline timeline,
                        ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the application to a new status, recording a reason when there is one. Called by the process. */
    @Transactional
    public void changeStatus(UUID id, ApplicationStatus status, String reason) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (application.status() == status && reason == null) {
            return;
        }
        Instant now = clock.instant();
        applications.save(application.withStatus(status, reason, now));
        timeline.record(id, status, reason, now);
        // the candidate's mail about a closed application follows from the event (CandidateMail)
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(), status,
                reason, now));
        log.info("Application {} is now {}", application.number(), status);
    }

    /** Records the candidate's exam result per unit in the timeline (the detail: unit codes and percentages). */
    @Transactional
    public void recordExamResult(UUID id, String resultPerUnit) {
        timeline.record(id, TimelineEntry.EXAM_SUBMITTED, resultPerUnit, clock.instant());
    }

    /** Records in the timeline that the assessor voided the exam session, with their reason. */
    @Transactional
    public void recordExamVoided(UUID id, String reason) {
        timeline.record(id, TimelineEntry.EXAM_VOIDED, reason, clock.instant());
    }

    /** Records that the application met the eligibility rules. Called by the process. */
    @Transactional
    public void recordEligible(UUID id) {
        timeline.record(id, TimelineEntry.ELIGIBLE, null, clock.instant());
    }

    /** Records that the eligibility rules refused the application. Called by the process. */
    @Transactional
    public void markIneligible(UUID id, String failedRule, Integer required) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        Instant now = clock.instant();
        applications.save(application.ineligible(failedRule, required, now));
        timeline.record(id, ApplicationStatus.NOT_ELIGIBLE, failedRule, now);
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(),
                ApplicationStatus.NOT_ELIGIBLE, failedRule, now));
        log.info("Application {} is not eligible: rule {} requires {}", application.number(), failedRule, required);
    }

}
