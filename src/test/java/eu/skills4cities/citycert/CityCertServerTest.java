package eu.skills4cities.citycert;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port, for tests that go through every servlet
 * (Vaadin, the engine REST API, the Camunda webapps) or drive a real browser. All such
 * tests share one Spring context. Its metrics are exported as in production (Spring Boot's tests
 * leave the Prometheus registry out unless asked), so the Prometheus endpoint can be scraped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false)
public @interface CityCertServerTest {
}
