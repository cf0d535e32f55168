/**
 * The register of certificates for staff: certification officers, auditors and administrators
 * search every issued certificate by number, holder, role, status and dates, export the
 * result as CSV, and read each certificate's history. Certification officers suspend,
 * reinstate and withdraw certificates; each decision is recorded with its reason and mailed
 * to the holder.
 */
package eu.skills4cities.citycert.certificate.register;
