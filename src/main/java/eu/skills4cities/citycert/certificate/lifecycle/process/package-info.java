/** Engine glue of the certificate lifecycle: the delegates its BPMN names; they call {@code CertificateLifecycle}. */
package eu.skills4cities.citycert.certificate.lifecycle.process;
