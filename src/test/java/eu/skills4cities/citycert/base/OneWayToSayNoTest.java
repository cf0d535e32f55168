package eu.skills4cities.citycert.base;

import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to say no: the three shapes of {@link Refusal} in {@code base}, one problem-details
 * handler for the API ({@link ApiErrorHandling}). A new exception class, advice or handler
 * elsewhere fails here; an exception that must exist outside {@code base} is listed below with
 * the reason.
 */
class OneWayToSayNoTest {

    private static final String ROOT = "eu.skills4cities.citycert";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Exceptions outside base, each with why it may not be one of the three. */
    private static final Map<String, String> JUSTIFIED = Map.of(
            ROOT + ".security.LoginThrottledException",
            "Spring Security's AuthenticationException: the sign-in's failure handler answers it, not a controller",
            ROOT + ".security.SignInServiceBusyException",
            "Spring Security's AuthenticationException for a sign-in the busy pool left unchecked: the failure handler"
                    + " and the Basic entry point answer it (login page, 503), not a controller");

    @Test
    void the_api_has_one_error_handler() {
        assertThat(MAIN.stream().filter(c -> c.isAnnotatedWith(RestControllerAdvice.class)
                || c.isAnnotatedWith(ControllerAdvice.class)).map(JavaClass::getName))
                .containsExactly(ApiErrorHandling.class.getName());
    }

    @Test
    void exception_handlers_live_in_base_only() {
        methods().that().areAnnotatedWith(ExceptionHandler.class)
                .should().beDeclaredInClassesThat().haveFullyQualifiedName(ApiErrorHandling.class.getName())
                .check(MAIN);
    }

    @Test
    void no_exception_classes_outside_base_but_the_justified_ones() {
        assertThat(MAIN.stream().filter(c -> c.isAssignableTo(Throwable.class))
                .filter(c -> !c.getPackageName().equals(ROOT + ".base"))
                .map(JavaClass::getName))
                .containsExactlyInAnyOrderElementsOf(JUSTIFIED.keySet());
    }

    @Test
    void the_three_shapes_are_the_only_refusals() {
        assertThat(MAIN.stream().filter(c -> c.isAssignableTo(Throwable.class))
                .filter(c -> c.getPackageName().equals(ROOT + ".base"))
                .map(JavaClass::getSimpleName))
                .containsExactlyInAnyOrder("Refusal", "NotFoundException", "RefusedException", "InvalidInputException");
    }
}
