package eu.skills4cities.citycert.complaint;

/**
 * How an investigation ends. About a holder: no action, a warning noted on the certificate's
 * history, or a suspension or withdrawal decided through the register. About the body: upheld
 * (the body acts on it) or rejected.
 */
public enum ComplaintOutcome {
    NO_ACTION(Triage.ABOUT_A_HOLDER),
    WARNING(Triage.ABOUT_A_HOLDER),
    SUSPEND(Triage.ABOUT_A_HOLDER),
    WITHDRAW(Triage.ABOUT_A_HOLDER),
    UPHELD(Triage.ABOUT_THE_BODY),
    REJECTED(Triage.ABOUT_THE_BODY);

    private final Triage path;

    ComplaintOutcome(Triage path) {
        this.path = path;
    }

    /** True when this outcome ends an investigation of this kind. */
    public boolean ends(Triage triage) {
        return path == triage;
    }
}
