package eu.skills4cities.citycert.certificate.renewal;

/** Where a renewal stands: open while SUBMITTED or MORE_NEEDED; ACCEPTED, REFUSED and LAPSED are final. */
public enum RenewalStatus {
    SUBMITTED, MORE_NEEDED, ACCEPTED, REFUSED, LAPSED;

    public boolean open() {
        return this == SUBMITTED || this == MORE_NEEDED;
    }
}
