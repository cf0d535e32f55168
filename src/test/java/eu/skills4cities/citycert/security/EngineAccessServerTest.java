package eu.skills4cities.citycert.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server: administrators reach the engine REST API and enter Cockpit with their
 * CityCert sign-in (no second login), and "/" is CityCert's own UI.
 */
@CityCertServerTest
class EngineAccessServerTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_administrator_uses_the_engine_rest_api_with_http_basic() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);

        HttpResponse<String> engines = http.send(get("/engine-rest/engine").header("Authorization", basic(admin)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(get("/engine-rest/process-definition").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void an_administrator_signed_in_to_citycert_enters_cockpit_without_a_second_login() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);
        signIn(admin);

        HttpResponse<String> cockpit = http.send(get("/camunda/app/cockpit/default/").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> whoAmI = http.send(get("/camunda/api/admin/auth/user/default").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(cockpit.statusCode()).as(cockpit.headers().map() + cockpit.body()).isEqualTo(200);
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        assertThat(whoAmI.body()).contains("\"userId\":\"" + admin.username() + "\"").contains("\"cockpit\"");
    }

    @Test
    void a_signed_in_auditor_at_cockpit_gets_citycerts_page_not_the_containers() throws Exception {
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        signIn(auditor);

        HttpResponse<String> cockpit = http.send(get("/camunda/app/cockpit/default/").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(cockpit.body()).contains("For administrators only", "id=\"camunda-refused\"", "Back to CityCert")
                .doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void the_root_path_is_citycerts_front_door_and_never_the_camunda_welcome_page() throws Exception {
        HttpResponse<String> root = http.send(get("/").build(), HttpResponse.BodyHandlers.ofString());

        // open to visitors: the front door (base.FrontDoorView), rendered by Vaadin
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("window.Vaadin").doesNotContain("Camunda", "camunda-welcome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda", "/camunda/", "/camunda/app/", "/camunda/app/cockpit/default/",
            "/camunda/app/cockpit/default/#/processes", "/camunda/app/admin/default/", "/camunda/app/tasklist/default/",
            "/camunda/app/welcome/default/", "/camunda/api/admin/auth/user/default", "/camunda/no-such-page"})
    void a_signed_in_candidate_anywhere_in_the_camunda_webapps_gets_citycerts_page(String path) throws Exception {
        signIn(accounts.create(Role.CANDIDATE));

        HttpResponse<String> refused = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(path).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("<title>For administrators only | CityCert</title>", "id=\"camunda-refused\"",
                "Back to CityCert").doesNotContain("Whitelabel", "Exception", "Forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
            "/camunda/api/admin/auth/user/default"})
    void a_visitor_in_the_camunda_webapps_is_sent_to_citycerts_sign_in(String path) throws Exception {
        HttpResponse<String> visitor = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(visitor.statusCode()).as(path).isEqualTo(302);
        assertThat(visitor.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = http.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContain("Whitelabel", "Camunda");
    }

    @Test
    void a_candidate_who_signs_in_from_a_cockpit_deep_link_lands_on_citycerts_page() throws Exception {
        http.send(get("/camunda/app/cockpit/default/").build(), HttpResponse.BodyHandlers.ofString());
        CurrentUser candidate = accounts.create(Role.CANDIDATE);

        String landing = signIn(candidate);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(landing)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(landing).contains("/camunda/app/cockpit/default/");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"camunda-refused\"").doesNotContain("Whitelabel");
    }

    /** Signs in as the login form does; answers where the sign-in sends the browser. */
    private String signIn(CurrentUser user) throws Exception {
        // the login page hands out the CSRF token the form posts back
        HttpResponse<String> page = http.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // as Vaadin's login form does, from the page's meta tags
        String parameter = meta(page.body(), "_csrf_parameter");
        String token = meta(page.body(), "_csrf");
        String form = "username=" + user.username() + "&password=" + TestAccounts.PASSWORD + "&" + parameter + "="
                + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String location = login.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http") ? location : uri(location).toString();
    }

    private static String meta(String html, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("meta " + name + " in " + html).isTrue();
        return matcher.group(1);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(CurrentUser user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
