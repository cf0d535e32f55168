package eu.skills4cities.citycert.assessment;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the certification decision. Impartiality: nobody who reviewed or assessed an
 * application may take its decision, answered from the judging's own records (who reviewed
 * each unit, who assessed it). The officer declares no conflict of interest, a refusal needs a
 * reason, and certifying needs at least one passed unit. The inbox asks before it completes a
 * decision task and says no in its own words; {@code process.ImpartialityGuard} asks inside the
 * engine.
 */
@Service
public class CertificationDecisions {

    static final int MAX_REASON = 4000;

    private final UnitJudgementStore store;

    CertificationDecisions(UnitJudgementStore store) {
        this.store = store;
    }

    /** True when the person reviewed or assessed the application, so may not decide it. */
    @Transactional(readOnly = true)
    public boolean judged(UUID applicationId, String username) {
        return store.judged(applicationId, username);
    }

    /**
     * The same rule as {@link #judged(UUID, String)} for several applications at once, in one query:
     * those of them the person reviewed or assessed. For lists (the staff inbox); the engine's guards ask
     * the single form.
     */
    @Transactional(readOnly = true)
    public Set<UUID> judged(Collection<UUID> applicationIds, String username) {
        return store.judgedAmong(applicationIds, username);
    }

    /** Why the person may not take the application's decision: they reviewed or assessed it. */
    @Transactional(readOnly = true)
    public Optional<UserMessage> partiality(UUID applicationId, String username) {
        return judged(applicationId, username) ? Optional.of(UserMessage.of("task.refused.impartiality"))
                : Optional.empty();
    }

    /**
     * The reason to record with the verdict, stripped: required for a refusal, optional for a
     * certification.
     *
     * @throws InvalidInputException when the declaration or the verdict is missing, or the reason missing or too long
     */
    public String reason(CertificationVerdict verdict, String reason, boolean noConflictOfInterest) {
        if (!noConflictOfInterest) {
            throw InvalidInputException.of("task.refused.declaration");
        }
        if (verdict == null) {
            throw InvalidInputException.of("task.refused.verdict", Arrays.stream(CertificationVerdict.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        String stripped = reason == null ? "" : reason.strip();
        if ((verdict == CertificationVerdict.REFUSE && stripped.isEmpty()) || stripped.length() > MAX_REASON) {
            throw InvalidInputException.of("task.refused.reason", MAX_REASON);
        }
        return stripped;
    }

    /**
     * Why the verdict cannot be given on the decision task: certifying when the assessment
     * passed no unit. {@code assessed} is the assessment's outcome as the process routed on it, the decision
     * task's variable {@code assessmentVerdict}, which the caller has read with the task (the inbox reads a task's
     * variables once per call).
     */
    public Optional<UserMessage> refusal(CertificationVerdict verdict, Object assessed) {
        if (verdict == CertificationVerdict.CERTIFY && AssessmentOutcome.NOT_YET_COMPETENT.name().equals(assessed)) {
            return Optional.of(UserMessage.of("task.refused.nothing-passed"));
        }
        return Optional.empty();
    }
}
