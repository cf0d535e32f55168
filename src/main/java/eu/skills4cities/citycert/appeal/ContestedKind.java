package eu.skills4cities.citycert.appeal;

/**
 * The decisions one may appeal: an application's closing decision or a decision recorded on a
 * certificate, or a renewal refused by its reviewer.
 */
public enum ContestedKind {
    /** The eligibility rules refused the application. */
    NOT_ELIGIBLE(false),
    /** Refused at review or at the certification decision. */
    REJECTED(false),
    /** Some units were not passed. */
    PARTIALLY_CERTIFIED(false),
    SUSPENDED(true),
    WITHDRAWN(true),
    SCOPE_REDUCED(true),
    /** The reviewer refused the renewal of the certificate (its CPD did not suffice). */
    RENEWAL_REFUSED(true);

    private final boolean onCertificate;

    ContestedKind(boolean onCertificate) {
        this.onCertificate = onCertificate;
    }

    /** True for a decision recorded on a certificate, false for an application's. */
    public boolean onCertificate() {
        return onCertificate;
    }
}
