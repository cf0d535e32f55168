package eu.skills4cities.citycert.certificate.verification;

/** Whether a certificate certifies a whole role or one unit of it. */
public enum CertificateKind {
    ROLE, UNIT
}
