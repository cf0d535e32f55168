package eu.skills4cities.citycert.certificate;

import java.security.SecureRandom;

/**
 * Certificate numbers such as {@code CC-2026-7KQ4-9XHM}: the year, eight random characters
 * (so numbers cannot be guessed by counting) and, last, a check character that catches a
 * mistyped character. The alphabet leaves out I, L, O and U, which people misread.
 */
final class CertificateNumbers {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {
    }

    static String next(int year) {
        char[] body = new char[7];
        for (int i = 0; i < body.length; i++) {
            body[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        String random = new String(body);
        char check = checkCharacter(year + random);
        return "CC-%d-%s-%s%c".formatted(year, random.substring(0, 4), random.substring(4), check);
    }

    /** True when the number has the right shape and its check character matches. */
    static boolean isWellFormed(String number) {
        if (number == null || !number.matches("CC-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")) {
            return false;
        }
        String compact = number.substring(3, 7) + number.substring(8, 12) + number.substring(13, 16);
        return checkCharacter(compact) == number.charAt(16);
    }

    /** A weighted sum modulo 31 over the characters' values; 31 is prime, so swaps and single errors change it. */
    private static char checkCharacter(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(text.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }
}
