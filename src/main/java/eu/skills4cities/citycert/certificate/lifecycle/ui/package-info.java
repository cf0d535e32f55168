/** The lifecycle's screens: the officers' suspended certificates, and the holder's answer to a suspension. */
package eu.skills4cities.citycert.certificate.lifecycle.ui;
