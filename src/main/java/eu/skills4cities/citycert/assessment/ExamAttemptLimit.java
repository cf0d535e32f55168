package eu.skills4cities.citycert.assessment;

import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role's limit of exam attempts ({@code examAttempts}) over a retake cycle: the application, the applications
 * it retakes back to the first, all of one candidate and one role ({@link RetakeChains}). An attempt is a submitted
 * session or a voided one: a session voided for a proven irregularity used the attempt (as ISO/IEC 17024 bodies
 * count it), or an irregularity would buy a free sitting. A session still running is not counted yet (only one runs
 * at a time). Asked before a session starts ({@code exam.ExamSessions}) and before a retake opens
 * ({@link Retakes}); the callers check who asks.
 */
@Service
public class ExamAttemptLimit {

    /** The refusal once the attempts are used; its argument is the number the scheme allows. */
    public static final String USED_UP = "problem.exam.attempts-used";

    private final ApplicationService applications;
    private final RetakeChains chains;
    private final ObjectProvider<ExamAttempts> attempts;

    ExamAttemptLimit(ApplicationService applications, RetakeChains chains, ObjectProvider<ExamAttempts> attempts) {
        this.applications = applications;
        this.chains = chains;
        this.attempts = attempts;
    }

    /** The attempts used and allowed in the application's retake cycle. */
    @Transactional(readOnly = true)
    public ExamAttemptCount count(UUID applicationId) {
        ApplicationFacts application = applications.facts(applicationId);
        ExamAttempts counted = attempts.getIfAvailable();
        int used = counted == null ? 0 : counted.counted(chains.of(application));
        return new ExamAttemptCount(used, application.requireRole().role().scheme().examAttempts());
    }

    /** Why no further attempt opens in the application's retake cycle; empty while one does. */
    @Transactional(readOnly = true)
    public Optional<UserMessage> usedUp(UUID applicationId) {
        ExamAttemptCount count = count(applicationId);
        return count.usedUp() ? Optional.of(UserMessage.of(USED_UP, count.allowed())) : Optional.empty();
    }

    /**
     * Not transactional of its own: a refusal here must not mark the caller's transaction for rollback (a caller
     * may catch it and answer "no offer").
     *
     * @throws RefusedException (conflict, {@link #USED_UP}) when the cycle's attempts are used
     */
    public void requireAttemptLeft(UUID applicationId) {
        usedUp(applicationId).ifPresent(reason -> {
            throw new RefusedException(RefusedException.Kind.CONFLICT, reason);
        });
    }
}
