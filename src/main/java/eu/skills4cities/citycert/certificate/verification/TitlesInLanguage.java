package eu.skills4cities.citycert.certificate.verification;

import java.util.List;

import eu.skills4cities.citycert.framework.LocalText;

/**
 * A verified certificate's role, unit and body names in the language the reader asked for (the API's
 * {@code Accept-Language}, among CityCert's languages, else English), beside the recorded English ones that
 * {@link PublicCertificate} keeps. The titles come from the framework version the certificate states; each says the
 * language it is in: the one asked for, or {@code en} where that version has no translation (the text is then
 * the recorded English one).
 *
 * @param language the language asked for, the same as the answer's {@code Content-Language}
 * @param role     the role's title
 * @param units    the units the certificate covers, in the order of {@link PublicCertificate#units()}
 * @param issuer   the certification body's name
 */
public record TitlesInLanguage(String language, Title role, List<UnitTitle> units, Title issuer) {

    public TitlesInLanguage {
        units = List.copyOf(units);
    }

    /** A text and the language it is written in (a BCP 47 tag: {@code de}, {@code en} …). */
    public record Title(String text, String language) {

        static Title of(LocalText text) {
            return new Title(text.text(), text.languageTag());
        }
    }

    /** A unit's code, its title and the language that title is written in. */
    public record UnitTitle(String code, String text, String language) {
    }
}
