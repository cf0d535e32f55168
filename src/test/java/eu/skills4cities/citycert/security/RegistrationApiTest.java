package eu.skills4cities.citycert.security;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registration and password reset over the API, for people who cannot sign in yet. */
@CityCertSpringTest
class RegistrationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationService registrations;

    @Test
    void anyone_registers_over_the_api_and_the_verification_mail_is_queued() throws Exception {
        String name = "api.reg." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        mvc.perform(post("/api/accounts/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"fullName\":\"Api Registrant\",\"email\":\"" + name
                                + "@example.org\",\"password\":\"a long passphrase\"}"))
                .andExpect(status().isAccepted());

        assertThat(jdbc.sql("SELECT subject FROM mail_message WHERE recipient = ?").param(name + "@example.org")
                .query(String.class).list()).containsExactly("Confirm your email address for CityCert");
    }

    @Test
    void a_bad_registration_lists_every_problem() throws Exception {
        mvc.perform(post("/api/accounts/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"X\",\"fullName\":\"\",\"email\":\"nope\",\"password\":\"short\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(4));
    }

    @Test
    void an_unknown_link_is_gone_and_unknown_addresses_get_the_same_answer() throws Exception {
        mvc.perform(post("/api/accounts/email-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"made-up\"}"))
                .andExpect(status().isGone());
        mvc.perform(post("/api/accounts/password-resets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nobody-at-all@example.org\"}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void an_address_with_a_nul_is_refused_naming_the_field_by_both_mailing_endpoints_and_by_the_service()
            throws Exception {
        // found by fuzzing the JSON bodies: the address went into the account lookup and PostgreSQL refused it (500)
        for (String path : java.util.List.of("/api/accounts/password-resets",
                "/api/accounts/email-verifications/resend")) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"a\\u0000b@example.org\"}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(
                            "email: remove the control characters")));
        }
        // the screens call the service directly: no account has such an address, and nothing is asked or mailed
        long mails = jdbc.sql("SELECT count(*) FROM mail_message").query(Long.class).single();
        registrations.requestPasswordReset("a\u0000b@example.org");
        registrations.resendVerification("a\u0000b@example.org");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message").query(Long.class).single()).isEqualTo(mails);
    }
}
