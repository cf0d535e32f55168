package eu.skills4cities.citycert.certificate;

import java.security.SecureRandom;

/**
 * Certificate numbers such as {@code CC-2026-7KQ4-9XHM}: the year, eight random characters
 * (so numbers cannot be guessed by counting) and, last, a check character that catches a
 * mistyped character. A clash with an existing number fails the insert (unique constraint),
 * and the issuing job's retry draws a new number. The alphabet leaves out I, L, O and U, which people misread.
 */
public final class CertificateNumbers {

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

    /** True when the number has the shape of a certificate number, whatever its check character. */
    public static boolean hasShape(String number) {
        return number != null && number.matches("CC-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    /** True when the number has the right shape and its check character matches. */
    public static boolean isWellFormed(String number) {
        if (!hasShape(number)) {
            return false;
        }
        String compact = number.substring(3, 7) + number.substring(8, 12) + number.substring(13, 16);
        return checkCharacter(compact) == number.charAt(16);
    }

    /**
     * Luhn mod 32 over the characters' positions in the alphabet (digits of the year
     * included): catches every single mistyped character and most swaps of neighbours.
     */
    private static char checkCharacter(String text) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(text.charAt(i));
            sum += addend / n + addend % n;
            factor = factor == 2 ? 1 : 2;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
