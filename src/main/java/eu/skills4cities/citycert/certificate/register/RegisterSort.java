package eu.skills4cities.citycert.certificate.register;

/** The orders the register can be read in; ties are broken by the certificate number. */
public enum RegisterSort {
    ISSUED_ON, VALID_UNTIL, NUMBER, HOLDER, ROLE, STATUS
}
