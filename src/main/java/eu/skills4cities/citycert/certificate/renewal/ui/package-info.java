/** The reviewers' screen for checking renewals. */
package eu.skills4cities.citycert.certificate.renewal.ui;
