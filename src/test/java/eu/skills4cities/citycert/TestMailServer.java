package eu.skills4cities.citycert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) for the tests, on the port {@code application-test.yml}
 * points CityCert at ({@code spring.mail.port}, 3025 unless {@code -Dspring.mail.port=…} says
 * otherwise, so that two builds can run side by side). One server serves every test context in the JVM.
 */
@Component
public class TestMailServer {

    private static GreenMail server;

    public TestMailServer(Environment environment) {
        start(environment.getProperty("spring.mail.port", Integer.class, 3025));
    }

    private static synchronized void start(int port) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public GreenMail greenMail() {
        return server;
    }
}
