package eu.skills4cities.citycert.assessment;

import java.time.LocalDate;

/**
 * Why a unit of an application's role counts as held already, so that it is not reviewed or assessed
 * again: passed in an application this one retakes, covered by an active unit certificate of the
 * candidate, or carried over from the role certificate a recertification recertifies.
 *
 * @param certificateNumber the certificate that holds the unit (unit certificate, or the recertified role
 *                          certificate); null for a unit held through a retake
 * @param passedOn          when the unit was passed, where known
 * @param reason            for a carried-over unit, the reason the carry-over table gave
 */
public record UnitHeldAlready(String unitCode, Basis basis, String certificateNumber, LocalDate passedOn,
                              String reason) {

    /** What the unit is held through. */
    public enum Basis {
        RETAKE, UNIT_CERTIFICATE, CARRIED_OVER
    }
}
