/**
 * Public verification of certificates, without sign-in: by number (the QR code's target and
 * the JSON API) and by uploading a certificate PDF, whose signature is checked independently of
 * the code that signs. Answers show only what a verifier needs; a per-address token bucket
 * keeps anyone from walking the register. A named interface: the public complaint form checks
 * the certificate number it is given the same way.
 */
@org.springframework.modulith.NamedInterface("verification")
package eu.skills4cities.citycert.certificate.verification;
