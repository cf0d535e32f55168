/** The candidate's views of the applications feature. */
package eu.skills4cities.citycert.application.ui;
