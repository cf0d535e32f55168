/** The holder's view of their certificates. */
package eu.skills4cities.citycert.certificate.ui;
