/**
 * Certificates: issued once per positive decision by the process's asynchronous "Issue
 * certificates" step, with a unique number, a sealed PDF/A and an Open Badges credential
 * ({@code badge}); the staff register ({@code register}) and public verification
 * ({@code verification}). {@link eu.skills4cities.citycert.certificate.CertificateStore} is the
 * one owner of the module's tables; every other class calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package eu.skills4cities.citycert.certificate;
