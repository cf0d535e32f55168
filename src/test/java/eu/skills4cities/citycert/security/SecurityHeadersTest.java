package eu.skills4cities.citycert.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import eu.skills4cities.citycert.CityCertServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers and cookie attributes a browser gets from CityCert, on a real server. */
@CityCertServerTest
class SecurityHeadersTest {


    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }


    @LocalServerPort
    int port;

    @Test
    void pages_carry_a_policy_vaadin_works_under_and_no_foreign_frame_or_plugin() throws Exception {
        HttpResponse<String> login = get(port, "/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
                "default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    @Test
    void api_answers_may_load_nothing() throws Exception {
        HttpResponse<String> catalogue = get(port, "/api/catalogue");

        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
        assertThat(catalogue.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void the_session_cookie_is_same_site_and_http_only_and_no_hsts_without_tls() throws Exception {
        HttpResponse<String> login = get(port, "/login");

        assertThat(sessionCookies(login)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
