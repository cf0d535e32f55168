/**
 * The register of certificates for staff: certification officers, auditors and administrators
 * search every issued certificate by number, holder, role, status and dates, export the
 * result as CSV, and read each certificate's history. Certification officers suspend,
 * reinstate and withdraw certificates; each decision is recorded with its reason and mailed
 * to the holder. A named interface: the complaint module records its outcomes here (a warning,
 * a suspension, a withdrawal), through the same decisions.
 */
@org.springframework.modulith.NamedInterface("register")
package eu.skills4cities.citycert.certificate.register;
