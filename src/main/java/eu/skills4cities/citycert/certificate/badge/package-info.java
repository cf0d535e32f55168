/**
 * The Open Badges 3.0 digital credential of a certificate: an {@code OpenBadgeCredential}
 * (achievementType Certification) signed as a VC-JWT with the certification body's key, the
 * issuer profile and published keys (JWKS) that let anyone check it, its download by the holder
 * and its verification against the register. See docs/credentials.md.
 */
package eu.skills4cities.citycert.certificate.badge;
