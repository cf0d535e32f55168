package eu.skills4cities.citycert.assessment;

import java.util.Collection;
import java.util.UUID;

/**
 * The exam attempts used in some applications, for {@link ExamAttemptLimit}: the exam module implements this as a
 * bean, as it does {@link ExamScores}. Without the bean no attempt was used.
 */
public interface ExamAttempts {

    /** How many exam sessions of these applications count as attempts: those submitted, and those voided. */
    int counted(Collection<UUID> applicationIds);
}
