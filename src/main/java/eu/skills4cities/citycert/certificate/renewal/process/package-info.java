/** Engine glue of the renewal path in the lifecycle BPMN: its delegates and the reviewer's impartiality guard. */
package eu.skills4cities.citycert.certificate.renewal.process;
