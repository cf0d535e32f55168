package eu.skills4cities.citycert.certificate.verification;

import java.util.Map;

import eu.skills4cities.citycert.framework.LocalText;

/**
 * A verified certificate's role and unit titles in the reader's language, from the framework version the
 * certificate states (English, so marked, where that version has no translation), and the body's name in it.
 *
 * @param units the units' titles by unit code
 */
public record LocalTitles(LocalText role, Map<String, LocalText> units, String issuer) {

    public LocalTitles {
        units = Map.copyOf(units);
    }
}
