package eu.skills4cities.citycert.assessment;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.framework.UnitDefinition;

/** The units a candidate may still retake for a role, and until when. */
public record RetakeOffer(List<UnitDefinition> units, LocalDate until) {

    public RetakeOffer {
        units = List.copyOf(units);
    }
}
