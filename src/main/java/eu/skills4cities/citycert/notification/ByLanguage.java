package eu.skills4cities.citycert.notification;

import java.util.Locale;

/**
 * A mail argument written in the recipient's language, which {@link MailOutbox} chooses: a framework's role or unit
 * title, which the bundle does not hold. The outbox asks it once per message, in the language it writes the mail in.
 */
@FunctionalInterface
public interface ByLanguage {

    /** The text in {@code language}, else in English. */
    String in(Locale language);
}
