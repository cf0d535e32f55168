/**
 * Engine glue of the complaint process: the delegates that mail the complainant and the holder
 * (each calls {@code ComplaintNotices}), and the impartiality guard on every complaint task.
 */
package eu.skills4cities.citycert.complaint.process;
