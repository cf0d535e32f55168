/**
 * Renewal with continuing professional development: the holder of an active certificate submits, inside the
 * role's renewal window, the CPD activities of the cycle (dates, hours, the units they keep current), documents
 * and a declaration of continued practice ({@link Renewals}); a reviewer checks it in the certificate's lifecycle
 * process, impartially, and accepts it (a successor certificate with continuous validity supersedes the old
 * one), asks for more (the holder answers by a deadline) or refuses it with a reason ({@link RenewalChecks}).
 * A named interface: the personal data export reads a holder's renewals ({@link Renewals#mine}).
 */
@org.springframework.modulith.NamedInterface("renewal")
package eu.skills4cities.citycert.certificate.renewal;
