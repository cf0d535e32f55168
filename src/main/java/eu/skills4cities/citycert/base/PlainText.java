package eu.skills4cities.citycert.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (C0, DEL, C1: a NUL byte breaks PostgreSQL and
 * logs, others hide text) and no bidirectional overrides (they make text read differently from
 * what it is). Line breaks and tabs pass only where the text may have several lines. Null passes:
 * whether a value is required is another constraint's business.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The message key; its first argument is the field. */
    String message() default "problem.input.control-characters";

    /** True where line breaks and tabs belong (statements, notes, comments). */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
