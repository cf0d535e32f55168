package eu.skills4cities.citycert.base;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The certification body's name on the public pages, in the reader's language: the name certificates give it in
 * that language ({@code citycert.issuer.names.<language>}), else its own name ({@code citycert.issuer.name}). The
 * shell reads the same configuration as the certificate module's issuer, which it may not depend on.
 */
@Component
public class BodyNames {

    private final String name;
    private final Map<String, String> names;

    BodyNames(Environment environment) {
        Binder binder = Binder.get(environment);
        this.name = binder.bind("citycert.issuer.name", String.class).map(String::strip).map(n -> n.isEmpty() ? null : n)
                .orElse("CityCert Certification Body");
        this.names = binder.bind("citycert.issuer.names", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    /** The body's name in the language, or its own name where it has none in it. */
    public String in(Locale language) {
        String local = names.get(language.getLanguage());
        return local == null || local.isBlank() ? name : local;
    }
}
