package eu.skills4cities.citycert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) for the tests, on the port {@code application-test.yml}
 * points CityCert at. One server serves every test context in the JVM.
 */
@Component
public class TestMailServer {

    private static GreenMail server;

    public TestMailServer() {
        start();
    }

    private static synchronized void start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP);
            server.start();
        }
    }

    public GreenMail greenMail() {
        return server;
    }
}
