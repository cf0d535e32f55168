package eu.skills4cities.citycert.certificate;

/** Why a successor certificate replaces the one before it (docs/credentials.md, "Successors"). */
public enum Succession {
    /** The holder's continuing professional development was accepted: same scope, a new validity. */
    RENEWAL,
    /** A new assessment (some units carried over): same role, a new validity. */
    RECERTIFICATION,
    /** A unit was withdrawn from a role certificate: the rest of its scope, the same validity. */
    SCOPE_REDUCTION,
    /** A reduction of scope reversed on an upheld appeal: the role certificate with the unit again, the same validity. */
    SCOPE_RESTORATION
}
