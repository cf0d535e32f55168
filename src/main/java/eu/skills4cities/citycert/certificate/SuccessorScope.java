package eu.skills4cities.citycert.certificate;

import java.util.List;

/**
 * What one successor certificate covers: for a role certificate (unit null) its units; for a unit
 * certificate its unit, alone in {@code units}.
 */
public record SuccessorScope(String unitCode, String unitTitle, List<CertifiedUnit> units) {

    public SuccessorScope {
        units = List.copyOf(units);
    }
}
