/** The staff view of the register of certificates, with its details dialog and status decisions. */
package eu.skills4cities.citycert.certificate.register.ui;
