/**
 * Certificates: issued once per positive decision by the process's asynchronous
 * "Issue certificate" step, with a unique number and a PDF the holder downloads. Signing,
 * QR codes, badges, verification and the register deepen this feature later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package eu.skills4cities.citycert.certificate;
