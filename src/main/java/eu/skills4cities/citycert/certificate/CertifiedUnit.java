package eu.skills4cities.citycert.certificate;

/** A unit a certificate covers, as the framework version of the certified application names it. */
public record CertifiedUnit(String code, String title) {
}
