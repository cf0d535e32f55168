package eu.skills4cities.citycert.exam;

import java.util.UUID;

import eu.skills4cities.citycert.assessment.ExamVoids;
import org.springframework.stereotype.Component;

/** The assessment task's void of an exam session ({@link ExamVoids}), by {@link ExamSessions}. */
@Component
class ExamVoidsOfSessions implements ExamVoids {

    private final ExamSessions sessions;

    ExamVoidsOfSessions(ExamSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean voidLatest(UUID applicationId, String reason, String assessor) {
        return sessions.voidLatest(applicationId, reason, assessor);
    }
}
