/** Self-service account views: registration, email verification, password reset. */
package eu.skills4cities.citycert.security.ui;
