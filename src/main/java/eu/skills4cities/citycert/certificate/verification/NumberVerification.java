package eu.skills4cities.citycert.certificate.verification;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * The answer to "is there a certificate with this number?".
 *
 * @param number      the number as read after tidying the input (trimmed, upper case, spaces removed)
 * @param certificate the public details, when found; else null
 */
public record NumberVerification(Outcome outcome, String number, PublicCertificate certificate) {

    public enum Outcome {
        /** not shaped like a certificate number */
        MALFORMED,
        /** shaped like one, but the check character does not match: a character is mistyped */
        MISTYPED,
        /** a valid number the register does not hold */
        UNKNOWN,
        FOUND
    }

    public boolean found() {
        return outcome == Outcome.FOUND;
    }

    /** The answer in words, for anything but a found certificate (whose status says it all). */
    public UserMessage message() {
        return switch (outcome) {
            case MALFORMED -> UserMessage.of("verification.number.malformed", number);
            case MISTYPED -> UserMessage.of("verification.number.mistyped", number);
            case UNKNOWN -> UserMessage.of("verification.number.unknown", number);
            case FOUND -> UserMessage.of("verification.number.found", number);
        };
    }
}
