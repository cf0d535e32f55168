package eu.skills4cities.citycert.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens: created and revoked by their holder or an administrator, checked without bcrypt. */
@CityCertSpringTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private JsonNode create(CurrentUser owner, String name, int days) throws Exception {
        String answer = mvc.perform(post("/api/me/tokens").with(httpBasic(owner.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"validDays\":" + days + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    @Test
    void a_token_opens_the_api_as_its_holder_and_only_its_hash_is_stored() throws Exception {
        CurrentUser owner = accounts.create(Role.CANDIDATE);
        JsonNode created = create(owner, "enrolment integration", 30);
        String token = created.get("token").asText();
        UUID id = UUID.fromString(created.get("info").get("id").asText());
        assertThat(token).startsWith("cct_").hasSizeGreaterThan(40);
        assertThat(created.get("info").get("name").asText()).isEqualTo("enrolment integration");

        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(Sha256.hex(token));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR name = ? OR created_by = ?")
                .params(token, token, token).query(Long.class).single()).as("the token itself is nowhere").isZero();
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?").param(id).query(Timestamp.class)
                .optional()).isEmpty();

        mvc.perform(get("/api/me/data").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.username").value(owner.username()));
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?").param(id).query(Timestamp.class)
                .single()).as("last used").isNotNull();
        // listed without the token
        mvc.perform(get("/api/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("enrolment integration"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
        // a token call needs no CSRF token and keeps no session
        var second = mvc.perform(post("/api/me/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"second\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        assertThat(second.getRequest().getSession(false)).isNull();
    }

    @Test
    void revoked_expired_and_unknown_tokens_get_401() throws Exception {
        CurrentUser owner = accounts.create(Role.CANDIDATE);
        JsonNode revoked = create(owner, "to revoke", 30);
        JsonNode expired = create(owner, "to expire", 1);
        mvc.perform(delete("/api/me/tokens/{id}", revoked.get("info").get("id").asText())
                        .with(httpBasic(owner.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), UUID.fromString(expired.get("info").get("id").asText()))
                .update();

        for (String token : new String[] {revoked.get("token").asText(), expired.get("token").asText(),
                "cct_" + "x".repeat(43), "junk"}) {
            mvc.perform(get("/api/me/data").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                    .andExpect(jsonPath("$.title").value("API token refused"));
        }
        mvc.perform(get("/api/me/tokens").with(httpBasic(owner.username(), TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$[*].revokedAt", hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void a_token_of_a_closed_account_opens_nothing() throws Exception {
        CurrentUser owner = accounts.create(Role.CANDIDATE);
        String token = create(owner, "integration", 30).get("token").asText();
        mvc.perform(delete("/api/me").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + owner.username() + "\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me/data").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void only_the_holder_and_administrators_manage_an_account_tokens() throws Exception {
        CurrentUser service = accounts.create(Role.REVIEWER);
        CurrentUser admin = accounts.create(Role.ADMIN);
        CurrentUser stranger = accounts.create(Role.CANDIDATE);

        String answer = mvc.perform(post("/api/users/{username}/tokens", service.username())
                        .with(httpBasic(admin.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"service account\",\"validDays\":366}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.info.createdBy").value(admin.username()))
                .andExpect(jsonPath("$.info.username").value(service.username()))
                .andReturn().getResponse().getContentAsString();
        String token = json.readTree(answer).get("token").asText();
        mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/api/users/{username}/tokens", service.username())
                        .with(httpBasic(stranger.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users/{username}/tokens", service.username())
                        .with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("service account"));
        mvc.perform(delete("/api/me/tokens/{id}", json.readTree(answer).get("info").get("id").asText())
                        .with(httpBasic(stranger.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/users/{username}/tokens", "nobody-at-all")
                        .with(httpBasic(admin.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_bad_request_names_the_field() throws Exception {
        CurrentUser owner = accounts.create(Role.CANDIDATE);
        mvc.perform(post("/api/me/tokens").with(httpBasic(owner.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"validDays\":9999}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(2));
    }

    @Test
    void the_openapi_description_offers_bearer_and_basic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/me/tokens'].post.responses['422']").exists());
    }
}
