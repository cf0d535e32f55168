package eu.skills4cities.citycert.notification;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The mails a person may decline, by topic, each with the message keys it covers. Every other mail is
 * mandatory: decisions and status changes, requests for evidence or information and their first deadline, a
 * suspension or withdrawal, an appeal's receipt, progress and outcome, and the account's own security mail
 * (address verification, password reset) reach the person whatever they chose.
 */
public enum MailTopic {

    /** Reminders before a certificate expires, and that its recertification is due. */
    CERTIFICATE_REMINDERS(Set.of("certificate-expiry-reminder", "certificate-recertification-due")),
    /** Second reminders of a deadline the person was told of before (the request itself is mandatory). */
    DEADLINE_REMINDERS(Set.of("evidence-reminder", "renewal-answer-reminder", "appeal-information-reminder")),
    /** Receipts for what the person submitted themselves: an application, a renewal. */
    RECEIPTS(Set.of("application-submitted", "renewal-submitted"));

    private final Set<String> keys;

    MailTopic(Set<String> keys) {
        this.keys = keys;
    }

    /** The topic of the mail {@code mail.<key>}; empty for a mandatory mail. */
    public static Optional<MailTopic> of(String key) {
        return Arrays.stream(values()).filter(topic -> topic.keys.contains(key)).findFirst();
    }

    /** The message keys ({@code mail.<key>}) of this topic's mails. */
    public Set<String> keys() {
        return keys;
    }
}
