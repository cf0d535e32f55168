package eu.skills4cities.citycert.notification;

/**
 * What recipients chose to receive, asked before an optional mail ({@link MailTopic}) is queued. The module that
 * keeps people's accounts implements it (this module knows addresses, not people); without an implementation
 * every mail is sent.
 */
public interface MailRecipientChoices {

    /** True when the person at this address (compared without case) declined the topic's mails. */
    boolean declines(String recipient, MailTopic topic);
}
