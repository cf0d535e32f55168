/** The certification body's signing key, and the PAdES signature of certificate PDFs. */
package eu.skills4cities.citycert.certificate.signing;
