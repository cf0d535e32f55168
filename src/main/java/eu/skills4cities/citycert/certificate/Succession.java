package eu.skills4cities.citycert.certificate;

/** Why a certificate has a successor (stub until the successor primitive lands on main). */
public enum Succession {
    RENEWAL, RECERTIFICATION, SCOPE_REDUCTION
}
