package eu.skills4cities.citycert.security;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registration tells a stranger nothing about who has an account: the answer is the same
 * whether the username or the address is free or taken, and only the mailbox learns more.
 */
@CityCertSpringTest
class RegistrationEnumerationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private MockHttpServletResponse register(String username, String email) throws Exception {
        return mvc.perform(post("/api/accounts/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"fullName\":\"Probe Person\",\"email\":\"" + email
                                + "\",\"password\":\"a long passphrase\"}"))
                .andReturn().getResponse();
    }

    private List<String> subjectsTo(String recipient) {
        return jdbc.sql("SELECT subject FROM mail_message WHERE recipient = ? ORDER BY created_at")
                .param(recipient).query(String.class).list();
    }

    private long accountsWithEmail(String email) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE lower(email) = lower(?)").param(email)
                .query(Long.class).single();
    }

    @Test
    void taken_and_free_names_and_addresses_get_the_same_answer_and_only_the_mailbox_learns_more() throws Exception {
        CurrentUser existing = accounts.create(Role.CANDIDATE);
        String existingEmail = accounts.email(existing);

        MockHttpServletResponse fresh = register("fresh." + unique(), "fresh." + unique() + "@example.org");
        String probeEmail = "probe." + unique() + "@example.org";
        MockHttpServletResponse takenEmail = register("other." + unique(), existingEmail.toUpperCase());
        MockHttpServletResponse takenName = register(existing.username(), probeEmail);
        MockHttpServletResponse both = register(existing.username(), existingEmail);

        for (MockHttpServletResponse answer : List.of(takenEmail, takenName, both)) {
            assertThat(answer.getStatus()).isEqualTo(fresh.getStatus()).isEqualTo(202);
            assertThat(answer.getContentAsString()).isEqualTo(fresh.getContentAsString());
            assertThat(answer.getHeaderNames()).containsExactlyInAnyOrderElementsOf(fresh.getHeaderNames());
        }
        // the holder of the address hears of the attempt, twice; nothing was created
        assertThat(subjectsTo(existingEmail)).containsExactly(
                "Someone tried to register with your address at CityCert",
                "Someone tried to register with your address at CityCert");
        assertThat(accountsWithEmail(existingEmail)).isOne();
        // the registrant's own mailbox learns that the username is taken, and nobody else does
        assertThat(subjectsTo(probeEmail)).containsExactly("Your CityCert registration: choose another username");
        assertThat(accountsWithEmail(probeEmail)).isZero();
        String body = jdbc.sql("SELECT body FROM mail_message WHERE recipient = ?").param(probeEmail)
                .query(String.class).single();
        assertThat(body).contains(existing.username()).doesNotContain(existingEmail);
    }

    @Test
    void registering_again_before_confirming_sends_a_new_link_and_creates_nothing() throws Exception {
        String email = "twice." + unique() + "@example.org";
        String first = "first." + unique();
        register(first, email);
        String second = "second." + unique();

        assertThat(register(second, email).getStatus()).isEqualTo(202);

        assertThat(subjectsTo(email)).containsExactly("Confirm your email address for CityCert",
                "Confirm your email address for CityCert");
        assertThat(jdbc.sql("SELECT username FROM user_account WHERE lower(email) = lower(?)").param(email)
                .query(String.class).list()).containsExactly(first);
    }

    @Test
    void problems_of_the_form_itself_are_still_named() throws Exception {
        CurrentUser existing = accounts.create(Role.CANDIDATE);
        MockHttpServletResponse answer = register(existing.username(), "not-an-address");
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("The email address is not valid.")
                .doesNotContain("taken");
    }
}
