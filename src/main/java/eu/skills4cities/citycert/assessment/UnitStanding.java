package eu.skills4cities.citycert.assessment;

import java.util.List;

import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * Where a certified application leaves its candidate: the units this application confirmed,
 * and whether the candidate now holds enough units for the full role certificate.
 */
public record UnitStanding(List<UnitDefinition> passedHere, List<UnitDefinition> held, boolean fullRole) {

    public UnitStanding {
        passedHere = List.copyOf(passedHere);
        held = List.copyOf(held);
    }
}
