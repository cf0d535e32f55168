package eu.skills4cities.citycert.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}, code point by code point. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText constraint) {
        multiLine = constraint.multiLine();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return isPlain(value, multiLine);
    }

    /** Whether the text is plain text as {@link PlainText} means it, for a screen that checks before it asks. */
    public static boolean isPlain(CharSequence value, boolean multiLine) {
        return value == null || value.codePoints().allMatch(c -> allowed(c, multiLine));
    }

    private static boolean allowed(int c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return multiLine;
        }
        return !isControl(c) && !isBidiControl(c);
    }

    /** C0 controls, DEL and C1 controls (Unicode category Cc). */
    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** Embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): the "Trojan Source" characters. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
