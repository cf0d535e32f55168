package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed sign-ins are counted per account and per client address, in buckets kept in
 * PostgreSQL; the tests that need time to pass drive a clock of their own.
 */
@CityCertSpringTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void after_five_failed_basic_sign_ins_the_api_answers_429_with_retry_after_even_for_the_right_password()
            throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/applications").with(httpBasic(user.username(), "wrong password " + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/applications").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                // five failures come back over 15 minutes: one every three minutes
                .andExpect(header().string("Retry-After", "180"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"))
                .andExpect(jsonPath("$.detail").value("Too many failed sign-ins. Try again in 180 seconds."));
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id = ?")
                .param("login:account:" + user.username() + ":from:127.0.0.1").query(Long.class).single())
                .as("the count is kept in the database, for every node").isOne();
    }

    @Test
    void a_success_forgives_the_account_its_failures() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/api/applications").with(httpBasic(user.username(), "wrong")))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/applications").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void the_form_login_sends_a_throttled_sign_in_to_the_login_page_with_its_own_message() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", user.username()).param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?throttled"));
        // the same account is throttled on the API too: one count for both ways in
        mvc.perform(get("/api/applications").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void a_name_with_a_nul_character_is_an_unknown_account_that_is_throttled_like_any_other() throws Exception {
        // found by trying: HTTP Basic with "a<NUL>b" as the name failed the throttle's bucket in PostgreSQL (500)
        String name = "nul\u0000name-" + System.nanoTime();
        RequestPostProcessor fromOneAddress = request -> {
            request.setRemoteAddr("203.0.113.78");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/applications").with(httpBasic(name, "wrong " + i)).with(fromOneAddress))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/applications").with(httpBasic(name, "wrong")).with(fromOneAddress))
                .andExpect(status().isTooManyRequests());
        String stored = RateLimitBuckets.stored("login:account:" + name);
        assertThat(stored).startsWith("sha256:").doesNotContain("\u0000");
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id IN (:ids)")
                .param("ids", java.util.List.of(stored, RateLimitBuckets.stored(
                        "login:account:" + name + ":from:203.0.113.78"))).query(Long.class).single()).isEqualTo(2);
        // the sign-in form's name is a body parameter: refused before anything reads it, naming the field
        mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(
                        "username: remove the control characters")));
    }

    @Test
    void one_address_trying_many_accounts_is_throttled_too() {
        CurrentUser victim = accounts.create(Role.CANDIDATE);
        // the test profile allows an address very many failures; here a node with the default limits
        LoginThrottle throttle = new LoginThrottle(new RateLimitBuckets(dataSource, new MovableClock(Instant.now())),
                new LoginThrottleProperties(5, 3, 100, Duration.ofMinutes(15)));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("guess-" + i, "198.51.100.9")).isEmpty();
            throttle.failed("guess-" + i, "198.51.100.9");
        }
        assertThat(throttle.waitBefore(victim.username(), "198.51.100.9")).as("a new account, the same address")
                .contains(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore(victim.username(), "198.51.100.10")).as("another address").isEmpty();
    }

    @Test
    void the_client_address_is_the_one_the_request_came_from() throws Exception {
        RequestPostProcessor fromOneAddress = request -> {
            request.setRemoteAddr("203.0.113.77");
            return request;
        };
        mvc.perform(get("/api/applications").with(httpBasic("nobody-" + System.nanoTime(), "wrong"))
                .with(fromOneAddress)).andExpect(status().isUnauthorized());

        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id = 'login:address:203.0.113.77'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void failures_come_back_with_time_and_two_nodes_share_the_count() {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
        LoginThrottleProperties limits = new LoginThrottleProperties(5, 20, 100, Duration.ofMinutes(15));
        LoginThrottle nodeA = new LoginThrottle(new RateLimitBuckets(dataSource, clock), limits);
        LoginThrottle nodeB = new LoginThrottle(new RateLimitBuckets(dataSource, clock), limits);
        String account = "shared-" + System.nanoTime();

        for (int i = 0; i < 3; i++) {
            nodeA.failed(account, "192.0.2.1");
        }
        nodeB.failed(account, "192.0.2.1");
        nodeB.failed(account, "192.0.2.1");
        assertThat(nodeA.waitBefore(account, "192.0.2.1")).contains(Duration.ofMinutes(3));
        assertThat(nodeB.waitBefore(account, "192.0.2.1")).contains(Duration.ofMinutes(3));

        clock.advance(Duration.ofMinutes(2));
        assertThat(nodeB.waitBefore(account, "192.0.2.1")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeB.waitBefore(account, "192.0.2.1")).as("one attempt came back").isEmpty();
        nodeB.failed(account, "192.0.2.1");
        assertThat(nodeA.waitBefore(account, "192.0.2.1")).contains(Duration.ofMinutes(3));

        nodeA.succeeded(account, "192.0.2.1");
        assertThat(nodeB.waitBefore(account, "192.0.2.1")).as("a success forgives the account").isEmpty();
    }

    @Test
    void someone_failing_on_an_account_from_their_address_does_not_lock_its_owner_out_of_theirs() {
        LoginThrottle throttle = new LoginThrottle(new RateLimitBuckets(dataSource, new MovableClock(Instant.now())),
                new LoginThrottleProperties(5, 20, 12, Duration.ofMinutes(15)));
        String account = "victim-" + System.nanoTime();

        for (int i = 0; i < 5; i++) {
            throttle.failed(account, "198.51.100.66");
        }
        assertThat(throttle.waitBefore(account, "198.51.100.66")).as("the guesser waits").isPresent();
        assertThat(throttle.waitBefore(account, "203.0.113.5")).as("the owner, elsewhere, does not").isEmpty();

        // guessing spread over many addresses meets the account's overall limit
        for (int i = 0; i < 7; i++) {
            throttle.failed(account, "198.51.100." + (100 + i));
        }
        assertThat(throttle.waitBefore(account, "203.0.113.5")).as("twelve failures from anywhere")
                .contains(Duration.ofSeconds(75));
    }

    @Test
    void the_login_form_refuses_a_post_without_csrf_token() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.not(containsString("error"))));
    }
}
