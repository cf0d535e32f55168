package eu.skills4cities.citycert.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retakes of failed units: whether one is open to the candidate (after a partial
 * certification, for the units still missing, within the role's retake window counted from the
 * first units passed), and starting it. The new application itself is the application module's
 * ({@link ApplicationService#openRetake}); this class only says whether it may be opened.
 */
@Service
public class Retakes {

    private final ApplicationService applications;
    private final RetakeChains chains;
    private final UnitJudgementStore store;
    private final Clock clock;
    private final ExamAttemptLimit attempts;

    Retakes(ApplicationService applications, RetakeChains chains, UnitJudgementStore store, Clock clock,
            ExamAttemptLimit attempts) {
        this.attempts = attempts;
        this.applications = applications;
        this.chains = chains;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The retake open to the candidate on their application: after a partial certification,
     * the units still missing, until the retake window (counted from the first units passed)
     * closes.
     */
    @Transactional(readOnly = true)
    public Optional<RetakeOffer> retakeOffer(CurrentUser candidate, UUID applicationId) {
        try {
            return Optional.of(checkRetake(candidate, applicationId));
        } catch (RefusedException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the candidate's partially certified application offers no retake because the exam attempts of its
     * retake cycle are used ({@link ExamAttemptLimit}); empty otherwise, when another reason (or none) applies.
     */
    @Transactional(readOnly = true)
    public Optional<UserMessage> attemptsUsedUp(CurrentUser candidate, UUID applicationId) {
        try {
            checkRetake(candidate, applicationId);
            return Optional.empty();
        } catch (RefusedException e) {
            return Optional.of(e.reason()).filter(r -> ExamAttemptLimit.USED_UP.equals(r.key()));
        }
    }

    /**
     * Starts a retake of the failed units: a new application whose process goes straight to
     * the assessment of the units the candidate does not hold yet. The candidate declares again that
     * the information is true and complete and the evidence their own work.
     *
     * @param declared whether the candidate made the declaration
     * @throws RefusedException when no retake is open, saying why ({@link ExamAttemptLimit#USED_UP} once the
     *                          exam attempts of the retake cycle are used)
     * @throws eu.skills4cities.citycert.base.InvalidInputException without the declaration; nothing changes
     */
    @Transactional
    public ApplicationDetails startRetake(CurrentUser candidate, UUID applicationId, boolean declared) {
        checkRetake(candidate, applicationId);
        return applications.openRetake(candidate, applicationId, declared);
    }

    private RetakeOffer checkRetake(CurrentUser candidate, UUID applicationId) {
        ApplicationFacts application = Optional.of(applications.facts(applicationId))
                .filter(a -> a.candidateUsername().equals(candidate.username()))
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (application.status() != ApplicationStatus.PARTIALLY_CERTIFIED) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("retake.refused.not-partial", application.number()));
        }
        List<ApplicationFacts> mine = applications.factsOfCandidate(candidate.username());
        mine.stream().filter(a -> a.roleCode().equals(application.roleCode()) && !a.status().closed()).findFirst()
                .ifPresent(open -> {
                    throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("retake.refused.open", open.number()));
                });
        List<UUID> chain = chains.of(application);
        boolean latest = mine.stream().filter(a -> chain.contains(a.id()))
                .noneMatch(a -> a.createdAt().isAfter(application.createdAt()));
        if (!latest) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("retake.refused.not-latest", application.number()));
        }
        attempts.requireAttemptLeft(applicationId);
        RoleDefinition role = application.requireRole().role();
        List<PassedUnit> held = store.passedThrough(chain);
        LocalDate firstPassed = held.stream().map(PassedUnit::passedOn).min(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate until = firstPassed.plusMonths(role.scheme().retakeWindowMonths());
        if (LocalDate.now(clock.withZone(ZoneOffset.UTC)).isAfter(until)) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("retake.refused.window-closed", until));
        }
        Set<String> heldCodes = AssessmentService.codes(held);
        List<UnitDefinition> missing = role.units().stream().filter(u -> !heldCodes.contains(u.code())).toList();
        if (missing.isEmpty() || heldCodes.size() >= AssessmentService.unitsRequired(role)) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("retake.refused.nothing-missing"));
        }
        return new RetakeOffer(missing, until);
    }

}
