package eu.skills4cities.citycert.assessment;

/**
 * The exam attempts a candidate used in a retake cycle (the first application and its retakes) and how many the
 * role's scheme allows ({@code examAttempts}).
 */
public record ExamAttemptCount(int used, int allowed) {

    /** No attempt is left: neither a new session nor a retake opens. */
    public boolean usedUp() {
        return used >= allowed;
    }
}
