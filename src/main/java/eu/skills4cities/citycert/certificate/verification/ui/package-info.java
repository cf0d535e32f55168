/** The public verification page ({@code /verify}, {@code /verify/{number}}). */
package eu.skills4cities.citycert.certificate.verification.ui;
