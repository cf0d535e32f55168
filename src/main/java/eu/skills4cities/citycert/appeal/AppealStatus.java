package eu.skills4cities.citycert.appeal;

/** Where an appeal stands (message key {@code appeal.status.NAME}). */
public enum AppealStatus {
    OPEN, AWAITING_APPELLANT, UPHELD, REJECTED, LAPSED;

    public boolean closed() {
        return this == UPHELD || this == REJECTED || this == LAPSED;
    }
}
