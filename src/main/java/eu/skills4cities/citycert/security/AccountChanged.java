package eu.skills4cities.citycert.security;

import java.time.Instant;

/**
 * The holder of an account changed it on their account page (or over the API): the audit log records what
 * changed, never the values (neither the addresses nor the name).
 *
 * @param username the account, which is also who changed it
 */
public record AccountChanged(String username, Change change, Instant at) {

    public enum Change {
        FULL_NAME,
        /** a new address waits for its confirmation link */
        EMAIL_CHANGE_REQUESTED,
        /** the link to the new address was followed: it is the account's address now */
        EMAIL_CONFIRMED,
        PASSWORD,
        MAIL_PREFERENCES,
        LANGUAGE
    }
}
