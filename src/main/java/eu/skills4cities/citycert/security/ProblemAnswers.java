package eu.skills4cities.citycert.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers of an API operation that its path and input do not tell, for the OpenAPI
 * description ({@link OpenApiProblemAnswers}): who may call it (403), which state refuses it
 * (409), and any other answer it has. On a controller it holds for each of its operations; on a
 * method it adds to, and for the same answer replaces, the controller's. 401, 404, 422, 429 and 500
 * follow from the path and the input and need no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ProblemAnswers {

    /** 403: who may, when the caller's role decides; empty when every signed-in account may. */
    String forbidden() default "";

    /** 404: what is not found, when it is more than "no such resource, or not yours to see". */
    String notFound() default "";

    /** 409: the state in which the operation is refused. */
    String conflict() default "";

    /** Other problem answers (400, 413, ...). */
    Answer[] more() default {};

    /** One further problem answer. */
    @interface Answer {
        int status();

        String description();
    }
}
