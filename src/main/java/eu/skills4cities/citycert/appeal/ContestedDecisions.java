package eu.skills4cities.citycert.appeal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationSummary;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateAppeals;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.SchemeSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The decisions about a person's own certification they may appeal, read from their owners: the
 * closing status of each of their applications (not eligible, refused, partially certified) and the
 * decisions recorded on their certificates (suspended, withdrawn, scope reduced); the window of each
 * from the role's scheme ({@code appealWindowDays}); and who took part in each, whom the panel's task
 * excludes: the assignees of the application's completed tasks (review, assessment, decision), from the
 * engine's history, or the officers who recorded decisions on the certificate.
 */
@Component
class ContestedDecisions {

    /** Who took part in a decision, by username, with the part they had. */
    record Involved(Map<String, String> parts) {
    }

    private final ApplicationService applications;
    private final CertificateAppeals certificates;
    private final HistoryService history;
    private final AssessmentService assessments;

    ContestedDecisions(ApplicationService applications, CertificateAppeals certificates, HistoryService history,
                       AssessmentService assessments) {
        this.assessments = assessments;
        this.applications = applications;
        this.certificates = certificates;
        this.history = history;
    }

    /** Every decision of the user's own that may be or could have been appealed, newest first (no open-appeal check). */
    List<ContestableDecision> of(CurrentUser user) {
        List<ContestableDecision> decisions = new ArrayList<>();
        for (ApplicationSummary application : applications.mine(user)) {
            kindOf(application.status()).ifPresent(kind -> decisions.add(new ContestableDecision(
                    application.id() + "/" + kind.name(), kind, application.id(), application.number(), null,
                    application.number() + " · " + application.roleTitle(), application.updatedAt(),
                    application.updatedAt().plus(window(application.id())), null)));
        }
        for (CertificateAppeals.RecordedDecision recorded : certificates.decisionsOf(user.username())) {
            if (!recorded.current()) {
                continue;
            }
            ContestedKind kind = ContestedKind.valueOf(recorded.decision());
            ApplicationFacts facts = applications.facts(recorded.applicationId());
            decisions.add(new ContestableDecision(recorded.number() + "/" + kind.name() + "/"
                    + recorded.decidedAt().toEpochMilli(), kind, recorded.applicationId(), facts.number(),
                    recorded.number(), recorded.number() + " · " + recorded.title(), recorded.decidedAt(),
                    recorded.decidedAt().plus(window(recorded.applicationId())), null));
        }
        decisions.sort(Comparator.comparing(ContestableDecision::decidedAt).reversed());
        return decisions;
    }

    /** The user's decision with this key, if there is one. */
    Optional<ContestableDecision> find(CurrentUser user, String key) {
        return of(user).stream().filter(decision -> decision.key().equals(key)).findFirst();
    }

    /** Who took part in the decision: none of them may decide the appeal. */
    Involved involved(ContestableDecision decision) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (decision.kind().onCertificate()) {
            certificates.decisionsOf(applications.facts(decision.applicationId()).candidateUsername()).stream()
                    .filter(recorded -> recorded.number().equals(decision.certificateNumber()))
                    .forEach(recorded -> parts.putIfAbsent(recorded.decidedBy(), recorded.decision()));
        }
        ApplicationDetails application = applications.details(decision.applicationId());
        if (!decision.kind().onCertificate() && application.processInstanceId() != null) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(application.processInstanceId()).finished().list()) {
                if (task.getAssignee() != null) {
                    parts.putIfAbsent(task.getAssignee(), task.getTaskDefinitionKey());
                }
            }
        }
        parts.putIfAbsent(application.candidateUsername(), "APPELLANT");
        return new Involved(parts);
    }

    /**
     * The problems with the units an appeal names (field {@code units}): only an appeal against units not
     * passed names units, and each must be a unit of the application's role the candidate does not hold after
     * it (one it did not pass); none named means all of them.
     */
    List<UserMessage> unitProblems(ContestableDecision decision, List<String> units) {
        if (units.isEmpty() || decision == null) {
            return List.of();
        }
        if (decision.kind() != ContestedKind.PARTIALLY_CERTIFIED) {
            return List.of(UserMessage.of("problem.appeal.units-not-applicable"));
        }
        Set<String> notPassed = notPassed(decision.applicationId());
        return units.stream().filter(unit -> !notPassed.contains(unit))
                .map(unit -> UserMessage.of("problem.appeal.unit-not-failed", unit, String.join(", ", notPassed)))
                .toList();
    }

    /** The units of the partially certified application's role that the candidate does not hold after it. */
    Set<String> notPassed(UUID applicationId) {
        Set<String> held = assessments.standing(applicationId).held().stream().map(UnitDefinition::code)
                .collect(Collectors.toSet());
        return applications.facts(applicationId).requireRole().role().units().stream().map(UnitDefinition::code)
                .filter(code -> !held.contains(code)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Duration window(UUID applicationId) {
        ApplicationFacts facts = applications.facts(applicationId);
        int days = Optional.ofNullable(facts.role()).map(PublishedRole::role).map(role -> role.scheme())
                .map(SchemeSettings::appealWindowDays).orElse(SchemeSettings.DEFAULT_APPEAL_WINDOW_DAYS);
        return Duration.ofDays(days);
    }

    private static Optional<ContestedKind> kindOf(ApplicationStatus status) {
        return switch (status) {
            case NOT_ELIGIBLE -> Optional.of(ContestedKind.NOT_ELIGIBLE);
            case REJECTED -> Optional.of(ContestedKind.REJECTED);
            case PARTIALLY_CERTIFIED -> Optional.of(ContestedKind.PARTIALLY_CERTIFIED);
            default -> Optional.empty();
        };
    }
}
