package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A unit a candidate holds for a role: passed in an assessment and confirmed by a certification decision. */
public record PassedUnit(String unitCode, BigDecimal score, UUID application, LocalDate passedOn) {
}
