package eu.skills4cities.citycert.certificate.badge;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status that travels with a credential: its entries name published lists, and the lists
 * themselves (fetched, signature checked, decoded as the W3C spec says) follow the register.
 */
@CityCertSpringTest
class StatusListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    AccountLinksProperties links;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void each_new_credential_has_a_revocation_and_a_suspension_entry_in_published_signed_lists() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedTo(holder);

        JsonNode credential = payload(credential(holder, certificate.number()));
        JsonNode entries = credential.path("credentialStatus");
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(e -> e.path("statusPurpose").asText()).containsExactly("revocation", "suspension");
        for (JsonNode entry : entries) {
            assertThat(entry.path("type").asText()).isEqualTo("BitstringStatusListEntry");
            int index = Integer.parseInt(entry.path("statusListIndex").asText());
            assertThat(index).isBetween(0, 131_071);
            String list = entry.path("statusListCredential").asText();
            assertThat(list).startsWith(links.publicUrl() + "/api/issuer/status/" + entry.path("statusPurpose").asText() + "/");
            assertThat(entry.path("id").asText()).isEqualTo(list + "#" + index);

            JsonNode published = publishedList(list);
            assertThat(published.path("type").toString()).contains("BitstringStatusListCredential");
            assertThat(published.path("id").asText()).isEqualTo(list);
            assertThat(published.path("credentialSubject").path("statusPurpose").asText())
                    .isEqualTo(entry.path("statusPurpose").asText());
            assertThat(bit(published, index)).isFalse();
        }
        // two certificates do not share a place
        CurrentUser second = accounts.create(Role.CANDIDATE);
        JsonNode other = payload(credential(second, issuedTo(second).number()));
        assertThat(other.path("credentialStatus").get(0).path("id").asText())
                .isNotEqualTo(entries.get(0).path("id").asText());
    }

    @Test
    void suspension_sets_the_bit_reinstatement_clears_it_and_withdrawal_revokes_for_good() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = issuedTo(holder);
        String jwt = credential(holder, certificate.number());
        JsonNode entries = payload(jwt).path("credentialStatus");
        JsonNode revocation = entries.get(0);
        JsonNode suspension = entries.get(1);

        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint under review.", true);
        assertThat(bitOf(suspension)).isTrue();
        assertThat(bitOf(revocation)).isFalse();
        JsonNode verdict = verify(jwt);
        assertThat(verdict.path("outcome").asText()).isEqualTo("NOT_CURRENT");
        assertThat(verdict.path("statusList").path("suspension").asBoolean()).isTrue();

        register.decide(officer, certificate.number(), StatusDecision.REINSTATE, "Complaint not upheld.", true);
        assertThat(bitOf(suspension)).isFalse();
        assertThat(verify(jwt).path("outcome").asText()).isEqualTo("VALID");

        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Forged evidence.", true);
        assertThat(bitOf(revocation)).isTrue();
        assertThat(verify(jwt).path("statusList").path("revocation").asBoolean()).isTrue();
    }

    @Test
    void a_status_change_that_rolls_back_leaves_the_published_list_as_it_was() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = issuedTo(holder);
        JsonNode suspension = payload(credential(holder, certificate.number())).path("credentialStatus").get(1);
        String before = fetch(suspension.path("statusListCredential").asText());

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Rolled back.", true);
            throw new IllegalStateException("the transaction fails after the decision");
        })).hasMessageContaining("fails after");

        assertThat(fetch(suspension.path("statusListCredential").asText())).isEqualTo(before);
        assertThat(bitOf(suspension)).isFalse();
    }

    @Test
    void unknown_lists_are_not_found() throws Exception {
        for (String path : new String[]{"/api/issuer/status/revocation/999999", "/api/issuer/status/other/1",
                "/api/issuer/status/revocation/x", "/api/issuer/status/suspension/0"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));
        }
    }

    /** The bitstring of a published list, decoded as the W3C spec says: multibase "u", base64url, GZIP. */
    static boolean bit(JsonNode list, int index) throws Exception {
        String encoded = list.path("credentialSubject").path("encodedList").asText();
        assertThat(encoded).startsWith("u");
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        byte[] bits;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bits = gzip.readAllBytes();
        }
        assertThat(bits.length).as("at least 131 072 entries").isGreaterThanOrEqualTo(16_384);
        // index 0 is the left-most (most significant) bit of the first byte
        return (bits[index / 8] & (1 << (7 - index % 8))) != 0;
    }

    private boolean bitOf(JsonNode entry) throws Exception {
        return bit(publishedList(entry.path("statusListCredential").asText()),
                Integer.parseInt(entry.path("statusListIndex").asText()));
    }

    /** The list fetched from its published address, its signature checked with the issuer's published keys. */
    private JsonNode publishedList(String url) throws Exception {
        JWSObject jws = JWSObject.parse(fetch(url));
        JWKSet keys = JWKSet.parse(mvc.perform(get("/api/issuer/jwks.json")).andReturn().getResponse().getContentAsString());
        assertThat(jws.verify(new RSASSAVerifier(keys.getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey()))).isTrue();
        return json.readTree(jws.getPayload().toString());
    }

    private String fetch(String url) throws Exception {
        return mvc.perform(get(url.substring(links.publicUrl().length())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vc+jwt"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode verify(String jwt) throws Exception {
        return json.readTree(mvc.perform(post("/api/verify/credential").contentType(MediaType.TEXT_PLAIN).content(jwt))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String credential(CurrentUser user, String number) throws Exception {
        return mvc.perform(get("/api/certificates/" + number + "/credential").with(httpBasic(user.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode payload(String jwt) throws Exception {
        return json.readTree(JWSObject.parse(jwt).getPayload().toString());
    }

    private CertificateInfo issuedTo(CurrentUser holder) {
        return certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
    }
}
