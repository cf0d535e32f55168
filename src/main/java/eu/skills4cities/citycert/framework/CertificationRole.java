package eu.skills4cities.citycert.framework;

/**
 * A role people are certified for, such as "Smart City Project Manager".
 *
 * @param sample true for the sample content CityCert ships, which a certification body
 *               replaces by its official framework
 */
public record CertificationRole(String code, String title, int eqfLevel, String description, boolean sample) {
}
