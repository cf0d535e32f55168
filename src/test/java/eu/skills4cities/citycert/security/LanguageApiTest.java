package eu.skills4cities.citycert.security;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API answers in the best match of Accept-Language, says which in Content-Language, and its problem details
 * are written in it; the signed-in person's own language (pages and mail) is read and chosen at
 * {@code /api/me/language}.
 */
@CityCertSpringTest
class LanguageApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountSettings settings;

    @Test
    void a_problem_detail_is_written_in_the_language_of_accept_language() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        mvc.perform(put("/api/me/language").with(httpBasic(user.username(), TestAccounts.PASSWORD))
                        .header("Accept-Language", "fr-CH, fr;q=0.9, de-AT;q=0.8")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"fr\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Language", "de"))
                .andExpect(jsonPath("$.problems[0]").value("CityCert bietet die Sprache fr nicht an; wählen Sie eine "
                        + "dieser Sprachen: English, Български, Español, Deutsch, Română, Ελληνικά."));

        mvc.perform(put("/api/me/language").with(httpBasic(user.username(), TestAccounts.PASSWORD))
                        .header("Accept-Language", "el")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"klingon\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Language", "el"))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(
                        "Το CityCert δεν προσφέρει τη γλώσσα klingon")));
        assertThat(settings.of(user).language()).as("nothing changed").isEqualTo("en");
    }

    @Test
    void english_when_citycert_offers_none_of_the_languages_asked_for() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        for (String acceptLanguage : new String[] {"it, pt;q=0.5", ""}) {
            mvc.perform(put("/api/me/language").with(httpBasic(user.username(), TestAccounts.PASSWORD))
                            .header("Accept-Language", acceptLanguage)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"it\"}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(header().string("Content-Language", "en"))
                    .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith(
                            "CityCert does not offer the language it; choose one of: English, Български")));
        }
    }

    @Test
    void the_security_filters_answers_say_their_language_too() throws Exception {
        mvc.perform(get("/api/me/language").header("Accept-Language", "bg-BG"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Language", "bg"));
    }

    @Test
    void a_person_reads_and_chooses_their_language_through_the_api() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        mvc.perform(put("/api/me/language").with(httpBasic(user.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"es-MX\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me/language").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.offered[5].tag").value("el"))
                .andExpect(jsonPath("$.offered[5].name").value("Ελληνικά"));
        assertThat(settings.of(user).language()).isEqualTo("es");
    }
}
