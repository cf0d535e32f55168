package eu.skills4cities.citycert.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * What makes a password acceptable, after current guidance (NIST SP 800-63B): length over
 * composition rules, no password built from the account's own name or address, and none
 * of the passwords attackers try first.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
            "1234567890", "12345678901", "123456789012", "qwertyuiop", "qwertyuiop1", "1q2w3e4r5t", "iloveyou12",
            "letmein123", "welcome123", "administrator", "citycert123", "changeme123", "abcdefghij", "0000000000",
            "1111111111", "aaaaaaaaaa");

    private PasswordPolicy() {
    }

    /** Every reason the password is not acceptable; empty when it is. */
    static List<UserMessage> problems(String password, String username, String email) {
        List<UserMessage> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(UserMessage.of("problem.password.short", MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(UserMessage.of("problem.password.long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            problems.add(UserMessage.of("problem.password.common"));
        }
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        if ((username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))
                || (localPart.length() >= 3 && lower.contains(localPart))) {
            problems.add(UserMessage.of("problem.password.personal"));
        }
        return problems;
    }
}
