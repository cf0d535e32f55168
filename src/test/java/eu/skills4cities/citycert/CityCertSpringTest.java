package eu.skills4cities.citycert;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a temporary embedded PostgreSQL, with the demo roles and
 * accounts, and MockMvc for the HTTP layer. All tests with this annotation share one Spring
 * context (and one database), so each test creates the accounts it needs with
 * {@link TestAccounts}.
 *
 * <p>The engine gets its own name here: the Camunda webapps and REST API find engines by
 * name in a JVM-wide registry, and the real-server tests ({@link CityCertServerTest}) run
 * in the same JVM with the engine named "default".
 *
 * <p>The engine records which process elements each test class passes (the coverage gate,
 * {@link ProcessCoverageGate}; the gate first, so that its settings are the ones used).
 *
 * <p>The test profile comes last, so that its settings win over the demo's (the demo keeps its
 * seal in a file under {@code ./data}; tests keep a fresh one in memory).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.process-engine-name=mock-web-tests")
@AutoConfigureMockMvc
@Import({ProcessCoverageGate.class, ProcessEngineCoverageConfiguration.class})
@ActiveProfiles({"demo", "test"})
public @interface CityCertSpringTest {
}
