package eu.skills4cities.citycert.framework;

import java.util.List;

/**
 * A role people are certified for, with its units and its scheme settings.
 *
 * @param escoOccupation optional ESCO occupation URI
 * @param ecfCompetences optional e-CF competence references such as "E.2"
 */
public record RoleDefinition(String code, String title, String description, int eqfLevel, String escoOccupation,
                             List<String> ecfCompetences, SchemeSettings scheme, List<UnitDefinition> units) {

    public RoleDefinition {
        ecfCompetences = List.copyOf(ecfCompetences);
        units = List.copyOf(units);
    }

    /** How many units a full role certificate needs: the scheme's number, or all units. */
    public int unitsRequiredForCertificate() {
        return scheme.unitsRequired() == null ? units.size() : scheme.unitsRequired();
    }

    /** A unit as people read it, its code and title ("SCPD-U1 Opportunity and needs analysis"); the code alone if unknown. */
    public String unitName(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .map(u -> u.code() + " " + u.title()).orElse(unitCode);
    }
}
