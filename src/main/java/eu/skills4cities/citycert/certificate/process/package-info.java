/** Engine glue of the certificates feature. */
package eu.skills4cities.citycert.certificate.process;
