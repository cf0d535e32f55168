package eu.skills4cities.citycert;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The tests' SMTP server (GreenMail): started once per test JVM, on a port the system picks, and
 * {@code spring.mail.port} of every context with the {@code test} profile points at it. Two test JVMs (the
 * suite's two forks, or two builds side by side) therefore never compete for a port, and no one has to
 * pass {@code -Dspring.mail.port}. Registered in {@code src/test/resources/META-INF/spring.factories};
 * {@link TestMailServer} hands the same server to the tests.
 */
public class TestMailPort implements EnvironmentPostProcessor, Ordered {

    private static GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test"))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-mail-server",
                Map.of("spring.mail.port", server().getSmtp().getPort())));
    }

    /** The server, started on first use. */
    static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            server = started;
        }
        return server;
    }

    /** After Spring Boot has read the configuration files and set the profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
