package eu.skills4cities.citycert.complaint;

/**
 * What the complainant is told when a complaint is made or confirmed.
 *
 * @param number the complaint's number once it counts; null while the address awaits confirmation
 */
public record SubmittedComplaint(String number, ComplaintStatus status) {
}
