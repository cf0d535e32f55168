package eu.skills4cities.citycert.certificate.signing;

import java.util.Locale;
import java.util.Map;

import eu.skills4cities.citycert.framework.LocalText;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The certification body as certificates and credentials name it.
 *
 * @param name      its name, on every certificate and in the Open Badges issuer profile
 * @param url       its public web site (Open Badges issuer profile)
 * @param email     its public contact address (Open Badges issuer profile)
 * @param names     its name in other languages, by language tag ({@code de}, {@code el} …), for certificates
 *                  issued in those languages; a language without one uses {@code name}
 */
@ConfigurationProperties("citycert.issuer")
public record CertificateIssuer(String name, String url, String email, Map<String, String> names) {

    public CertificateIssuer {
        name = name == null || name.isBlank() ? "CityCert Certification Body" : name;
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** Its name in the language, or its own name. */
    public String name(Locale language) {
        return localName(language).text();
    }

    /** Its name in the language with the language it is in: its own name, English, where it has none in it. */
    public LocalText localName(Locale language) {
        String local = names.get(language.getLanguage());
        return local == null || local.isBlank() ? new LocalText(name, Locale.ENGLISH)
                : new LocalText(local, Locale.forLanguageTag(language.getLanguage()));
    }
}
