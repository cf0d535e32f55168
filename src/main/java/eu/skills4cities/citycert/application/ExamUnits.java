package eu.skills4cities.citycert.application;

import java.util.List;
import java.util.UUID;

/**
 * Which units an application's exam sits, for the certification process's "Sit the exam": the judging
 * ({@code assessment}) knows which units a retake retakes and which the candidate holds already, and this
 * module does not depend on it, so it implements this as a bean. Without one, the exam sits every unit of
 * the role.
 */
public interface ExamUnits {

    /** The codes of the units to sit, in the role's order. */
    List<String> unitsToSit(UUID applicationId);
}
