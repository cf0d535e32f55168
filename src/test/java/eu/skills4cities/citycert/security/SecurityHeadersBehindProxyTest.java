package eu.skills4cities.citycert.security;

import java.net.http.HttpResponse;

import eu.skills4cities.citycert.CityCertServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS-terminating proxy, as docs/security.md tells operators to configure it. */
@CityCertServerTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SecurityHeadersBehindProxyTest {

    @LocalServerPort
    int port;

    @Test
    void answers_served_over_tls_carry_hsts_and_a_secure_session_cookie() throws Exception {
        HttpResponse<String> login = SecurityHeadersTest.get(port, "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(SecurityHeadersTest.sessionCookies(login)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .contains("Secure").contains("SameSite=Lax"));
    }

    @Test
    void a_plain_request_to_the_same_node_gets_no_hsts() throws Exception {
        assertThat(SecurityHeadersTest.get(port, "/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
