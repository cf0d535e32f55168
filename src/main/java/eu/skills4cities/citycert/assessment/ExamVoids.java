package eu.skills4cities.citycert.assessment;

import java.util.UUID;

/**
 * Voids an application's submitted exam session (a proven irregularity), for the assessment task: the exam
 * module implements this as a bean, as it does {@link ExamScores}.
 */
public interface ExamVoids {

    /**
     * Voids the latest submitted session of the application, with the assessor's reason: its scores no longer
     * count, and the candidate may sit a new form.
     *
     * @return false when there is no submitted session to void
     */
    boolean voidLatest(UUID applicationId, String reason, String assessor);
}
