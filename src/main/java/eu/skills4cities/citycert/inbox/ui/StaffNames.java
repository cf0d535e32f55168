package eu.skills4cities.citycert.inbox.ui;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import eu.skills4cities.citycert.security.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Staff shown by their full names, not their usernames: the names of everybody a screen mentions, looked up in
 * one query. A username without an account (the engine, a removed account) is shown as it is.
 */
@Component
class StaffNames {

    private final UserAccountService accounts;

    StaffNames(UserAccountService accounts) {
        this.accounts = accounts;
    }

    /** A lookup from username to full name for the given usernames (nulls ignored). */
    UnaryOperator<String> of(Collection<String> usernames) {
        Map<String, String> names = accounts.fullNames(usernames.stream().filter(Objects::nonNull).distinct().toList());
        return username -> username == null ? null : names.getOrDefault(username, username);
    }
}
