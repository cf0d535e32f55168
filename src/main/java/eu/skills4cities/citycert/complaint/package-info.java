/**
 * Complaints (ISO/IEC 17024 9.9): anyone may complain about a certified person or about the
 * certification body, through the public form (the address confirmed by a mailed link) or signed
 * in. A certification officer triages each complaint; one about the body is investigated by the
 * officers or the named quality manager, one about a certified person is investigated with the
 * holder told and able to respond, who never learns who complained. The outcome of a complaint
 * about a holder is no action, a warning noted on the certificate, or a suspension or withdrawal
 * decided through the certificate register. Process {@code processes/complaint.bpmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package eu.skills4cities.citycert.complaint;
