package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The views' texts ({@code getTranslation}) from the same bundle and the same reader as the API's and the mails'
 * (Spring's {@code MessageSource} on {@code vaadin-i18n/translations}, read as UTF-8): a key missing from a language's
 * file falls back to English (the file without a language suffix), never to the server's own language. A text is
 * run through MessageFormat only when it gets arguments, as Vaadin's own provider does.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.supported(locale).orElse(Languages.DEFAULT);
        try {
            return messages.getMessage(key, params == null || params.length == 0 ? null : params, language);
        } catch (NoSuchMessageException missing) {
            // TranslationsTest keeps this from happening; marked so that it is seen, as Vaadin's provider does
            log.warn("No text for the key {} in any language", key);
            return "!" + key + "!";
        }
    }
}
