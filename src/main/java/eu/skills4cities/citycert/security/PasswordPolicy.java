package eu.skills4cities.citycert.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;
import eu.skills4cities.citycert.base.UserMessage;

/**
 * What makes a password acceptable, after current guidance (NIST SP 800-63B): length over
 * composition rules, no password built from the account's own name or address, and none that
 * attackers guess early. How guessable a password is the strength estimator zxcvbn judges
 * (its dictionaries of common passwords, names and words, keyboard walks, dates, l33t and
 * repeats), with the username and the email address as words it knows too; a password it
 * scores below {@link #MIN_SCORE} (fewer than about 10^8 guesses) is refused.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    /** zxcvbn's "safely unguessable: moderate protection from offline slow-hash scenario" */
    static final int MIN_SCORE = 3;
    /** builds its dictionaries once; measuring is thread-safe */
    private static final Zxcvbn STRENGTH = new Zxcvbn();

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
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        if ((username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))
                || (localPart.length() >= 3 && lower.contains(localPart))) {
            // the more precise reason; the estimator would only add that it is easy to guess
            problems.add(UserMessage.of("problem.password.personal"));
        } else if (STRENGTH.measure(password, userInputs(username, email, localPart)).getScore() < MIN_SCORE) {
            problems.add(UserMessage.of("problem.password.common"));
        }
        return problems;
    }

    private static List<String> userInputs(String username, String email, String localPart) {
        List<String> inputs = new ArrayList<>();
        for (String input : new String[] {username, email, localPart}) {
            if (input != null && !input.isBlank()) {
                inputs.add(input);
            }
        }
        return inputs;
    }
}
