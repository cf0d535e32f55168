/** The candidate's account page: data export and account deletion. */
package eu.skills4cities.citycert.privacy.ui;
