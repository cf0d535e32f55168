/**
 * The lifecycle of an issued certificate as a process ({@code processes/certificate-lifecycle.bpmn}): one
 * instance per certificate from issuance to its end, with the reminder ladder before expiry, the recorded
 * expiry, suspension (the holder's statement, the officer's decision, escalation when the maximum period
 * ends) and withdrawal. The register's decisions are steps of it ({@link CertificateLifecycle}).
 * A named interface: the personal data export reads a holder's statements ({@link Suspensions#statementsOf}).
 */
@org.springframework.modulith.NamedInterface("lifecycle")
package eu.skills4cities.citycert.certificate.lifecycle;
