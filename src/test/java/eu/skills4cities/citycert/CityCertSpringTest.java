package eu.skills4cities.citycert;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a temporary embedded PostgreSQL, with the demo roles and
 * accounts. All tests with this annotation share one Spring context (and one database), so
 * each test creates the accounts it needs with {@link TestAccounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public @interface CityCertSpringTest {
}
