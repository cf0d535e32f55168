package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A role people are certified for, with its units and its scheme settings.
 *
 * @param escoOccupation optional ESCO occupation URI
 * @param ecfCompetences optional e-CF competence references such as "E.2"
 */
public record RoleDefinition(String code, String title, String description, int eqfLevel, String escoOccupation,
                             List<String> ecfCompetences, SchemeSettings scheme, List<UnitDefinition> units,
                             Map<String, Translation> translations) implements Translated {

    public RoleDefinition {
        ecfCompetences = List.copyOf(ecfCompetences);
        units = List.copyOf(units);
        translations = Translated.copy(translations);
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

    /** The unit's code and title in the reader's language (English where it has no translation); the code alone if unknown. */
    public String unitName(String unitCode, Locale locale) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .map(u -> u.code() + " " + u.title(locale).text()).orElse(unitCode);
    }
}
