package eu.skills4cities.citycert.exam;

import java.util.Collection;
import java.util.UUID;

import eu.skills4cities.citycert.assessment.ExamAttempts;
import org.springframework.stereotype.Component;

/** The judging's count of exam attempts ({@link ExamAttempts}): the sessions submitted or voided. */
@Component
class ExamAttemptsOfSessions implements ExamAttempts {

    private final ExamSessionStore store;

    ExamAttemptsOfSessions(ExamSessionStore store) {
        this.store = store;
    }

    @Override
    public int counted(Collection<UUID> applicationIds) {
        return applicationIds.isEmpty() ? 0 : store.attempts(applicationIds);
    }
}
