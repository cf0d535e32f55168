package eu.skills4cities.citycert.certificate.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One continuing professional development activity of a renewal.
 *
 * @param units the codes of the role's units it keeps current
 */
public record CpdActivity(String title, LocalDate from, LocalDate to, BigDecimal hours, List<String> units) {

    public CpdActivity {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
