package eu.skills4cities.citycert.base;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.ApiTokenService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewApiToken;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose connection pool is exhausted answers 503 with Retry-After, as problem details and without
 * anything of the failure, wherever the request needed the database: in a controller (the public catalogue),
 * in a security filter (an API token's lookup) or in the sign-in (HTTP Basic); the same requests answer 200
 * once the connections are free again. A statement that runs past its timeout stays a 500. A real server with
 * a pool of two connections, which the test holds itself; every busy case is here, in this one context.
 */
@CityCertServerTest
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=" + DatabaseBusyServerTest.POOL,
        // HikariCP's smallest timeout: a busy request answers after a quarter of a second
        "spring.datasource.hikari.connection-timeout=250",
        "citycert.busy.retry-after=PT7S",
        // every request of a signed-in session reads the account's session ends (no two seconds' grace)
        "citycert.sessions.recheck-ends-every=PT0S",
        // the engine registry is JVM-wide: this context's engine must not replace another context's
        "camunda.bpm.process-engine-name=busy-pool-tests"})
@ExtendWith(OutputCaptureExtension.class)
class DatabaseBusyServerTest {

    static final int POOL = 2;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ObjectMapper json;

    private final List<Connection> held = new ArrayList<>();
    private CurrentUser candidate;
    private String token;

    @BeforeEach
    void aCandidateWithAnApiToken() {
        candidate = accounts.create(Role.CANDIDATE);
        token = tokens.create(candidate, candidate.username(), new NewApiToken("busy pool test", 1)).token();
    }

    @AfterEach
    void releaseTheConnections() throws Exception {
        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
    }

    @Test
    void every_request_that_needs_the_database_answers_503_with_retry_after_while_the_pool_is_exhausted()
            throws Exception {
        holdEveryConnection();

        // a controller's transaction (the public catalogue, no sign-in)
        busy(get("/api/catalogue"), "/api/catalogue");
        // the API token's lookup, in Spring Security's filter before any controller
        busy(get("/api/applications", "Authorization", "Bearer " + token), "/api/applications");
        // HTTP Basic's account lookup: no database is not a wrong password (no 401, no challenge)
        HttpResponse<String> basic = get("/api/applications", "Authorization", basic(candidate));
        busy(basic, "/api/applications");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).isEmpty();
        // in the caller's language, like every problem of the API
        HttpResponse<String> german = get("/api/applications", "Authorization", "Bearer " + token,
                "Accept-Language", "de");
        assertThat(german.statusCode()).isEqualTo(503);
        assertThat(german.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(json.readTree(german.body()).path("title").asText()).isEqualTo("Dienst ausgelastet");

        releaseTheConnections();

        // the same requests pass once the pool has connections again: it was the pool
        assertThat(get("/api/catalogue").statusCode()).isEqualTo(200);
        assertThat(get("/api/applications", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(get("/api/applications", "Authorization", basic(candidate)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_and_a_signed_in_page_say_the_service_is_busy_rather_than_fail_while_the_pool_is_exhausted(
            CapturedOutput log) throws Exception {
        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(signIn(signedIn, candidate).headers().firstValue("Location")).hasValueSatisfying(where ->
                assertThat(where).doesNotContain("login"));
        HttpClient signingIn = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrfOfTheLoginPage(signingIn);

        holdEveryConnection();

        // the password could not be checked: the login page says the service is busy, not "check your password"
        HttpResponse<String> form = post(signingIn, "/login", csrf, candidate);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(where ->
                assertThat(where).endsWith("/login?busy"));
        // one line in the log for a known condition, not Spring Security's internal error with its stack trace
        assertThat(log.getOut()).contains("A sign-in was not checked: no database connection was free")
                .doesNotContain("An internal error occurred while trying to authenticate the user");
        // a page of a signed-in session: its check of the account's session ends needs the database, in Spring
        // Security's filters, before any view; one plain sentence, in the reader's language, no failure's details
        HttpResponse<String> page = signedIn.send(request("/", "Accept-Language", "de").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(page.body()).isEqualTo(
                "Der Dienst ist gerade sehr ausgelastet. Bitte versuchen Sie es gleich noch einmal.");

        releaseTheConnections();

        // once the pool has connections again: the same sign-in passes, and the session's page answers
        HttpResponse<String> again = post(signingIn, "/login", csrfOfTheLoginPage(signingIn), candidate);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(where ->
                assertThat(where).doesNotContain("login"));
        assertThat(signedIn.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_statement_that_runs_past_its_timeout_is_no_busy_pool_and_stays_a_500() throws Exception {
        HttpResponse<String> answer = HTTP.send(request(FailingApiEndpoint.SLOW_PATH, "Authorization", basic(candidate))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Retry-After")).isEmpty();
        assertThat(json.readTree(answer.body()).path("errorId").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("pg_sleep", "statement_timeout", "SQL", "Exception", "org.");
    }

    private void busy(HttpResponse<String> answer, String path) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("title").asText()).isEqualTo("Service busy");
        assertThat(problem.path("detail").asText()).isEqualTo(
                "The service is very busy just now. Please try again shortly; Retry-After gives the seconds to wait.");
        assertThat(problem.path("instance").asText()).isEqualTo(path);
        assertThat(answer.body()).doesNotContain("Hikari", "JDBC", "Connection is not available", "SQL",
                "Exception", "org.", "java.", candidate.username());
    }

    /** Takes every connection of the pool, trying again while a background task (the mail poll) has one. */
    private void holdEveryConnection() throws Exception {
        for (int attempt = 0; held.size() < POOL && attempt < 200; attempt++) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLTransientConnectionException stillInUse) {
                // the other holder gives it back within its transaction; the next attempt waits for it again
            }
        }
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        assertThat(held).hasSize(POOL);
        assertThat(pool.getActiveConnections()).isEqualTo(POOL);
        assertThat(pool.getIdleConnections()).isZero();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** The login page's CSRF token, for the form's POST (the page itself needs no database). */
    private String csrfOfTheLoginPage(HttpClient client) throws Exception {
        String page = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> signIn(HttpClient client, CurrentUser user) throws Exception {
        return post(client, "/login", csrfOfTheLoginPage(client), user);
    }

    /** The login form's POST, as the page sends it. */
    private HttpResponse<String> post(HttpClient client, String path, String csrf, CurrentUser user) throws Exception {
        String form = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return HTTP.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private static String basic(CurrentUser user) {
        return "Basic " + Base64.getEncoder().encodeToString((user.username() + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
