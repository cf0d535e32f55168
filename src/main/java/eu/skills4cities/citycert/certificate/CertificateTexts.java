package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A certificate's texts in its language, and the same beside English where it is bilingual: the labels from the
 * message bundle, the role, unit and body names from the content, the dates in both languages.
 */
final class CertificateTexts {

    private static final String DATE = "d MMMM yyyy";

    private final MessageSource messages;
    private final CertificatePdfRenderer.Content content;
    private final Locale locale;

    CertificateTexts(MessageSource messages, CertificatePdfRenderer.Content content, Locale locale) {
        this.messages = messages;
        this.content = content;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    boolean bilingual() {
        return content.bilingual();
    }

    /** The label in the certificate's language, then in English when that says something else. */
    String both(String key) {
        String local = messages.getMessage(key, null, locale);
        String english = messages.getMessage(key, null, Locale.ENGLISH);
        return !bilingual() || local.equals(english) ? english : local + CertificatePdfRenderer.BESIDE + english;
    }

    String issuer() {
        return bilingual() && content.local().issuerName() != null ? content.local().issuerName()
                : content.issuerName();
    }

    String roleTitle() {
        return bilingual() && content.local().roleTitle() != null ? content.local().roleTitle()
                : content.roleTitle();
    }

    String unitTitle() {
        return bilingual() && content.local().unitTitle() != null ? content.local().unitTitle()
                : content.unitTitle();
    }

    String unitTitle(int index, String english) {
        return bilingual() && index < content.local().unitTitles().size()
                && content.local().unitTitles().get(index) != null ? content.local().unitTitles().get(index)
                : english;
    }

    String date(LocalDate date) {
        String english = DateTimeFormatter.ofPattern(DATE, Locale.ENGLISH).format(date);
        if (!bilingual()) {
            return english;
        }
        String local = DateTimeFormatter.ofPattern(DATE, locale).format(date);
        return local.equals(english) ? english : local + CertificatePdfRenderer.BESIDE + english;
    }
}
