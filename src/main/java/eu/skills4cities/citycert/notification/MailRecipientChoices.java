package eu.skills4cities.citycert.notification;

import java.util.Locale;
import java.util.Optional;

/**
 * What recipients chose to receive, and in which language, asked before an optional mail ({@link MailTopic}) is queued. The module that
 * keeps people's accounts implements it (this module knows addresses, not people); without an implementation
 * every mail is sent.
 */
public interface MailRecipientChoices {

    /** True when the person at this address (compared without case) declined the topic's mails. */
    boolean declines(String recipient, MailTopic topic);

    /** The language the person at this address reads CityCert in; empty for an address of nobody known. */
    default Optional<Locale> language(String recipient) {
        return Optional.empty();
    }
}
