package eu.skills4cities.citycert.certificate.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.signing.CertificateIssuer;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.X509CertUtils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static eu.skills4cities.citycert.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Open Badges 3.0 credential of a real issued certificate: its content, its signature
 * against the published keys, who may download it, and that it is made once.
 */
@CityCertSpringTest
class DigitalCredentialTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    eu.skills4cities.citycert.certificate.signing.SigningKeys signingKeys;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    DigitalCredentialService credentials;
    @Autowired
    FrameworkCatalogue framework;
    @Autowired
    UserAccountService users;
    @Autowired
    CertificateIssuer issuer;
    @Autowired
    AccountLinksProperties links;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transactions;

    private CertificateInfo issuedTo(CurrentUser holder) {
        return certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
    }

    /** A certificate as one issued before credentials were: without its credential. */
    private CertificateInfo issuedWithoutCredential(CurrentUser holder) {
        CertificateInfo certificate = issuedTo(holder);
        jdbc.sql("UPDATE certificate SET badge_jwt = NULL, badge_salt = NULL WHERE id = ?").param(certificate.id()).update();
        return certificate;
    }

    private String download(CurrentUser user, String number) throws Exception {
        return mvc.perform(get("/api/certificates/" + number + "/credential")
                        .with(httpBasic(user.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vc+jwt"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(number + ".jwt")))
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode payload(String jwt) throws Exception {
        return json.readTree(JWSObject.parse(jwt).getPayload().toString());
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void the_credential_is_an_open_badge_credential_with_every_required_field() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedTo(holder);

        String jwt = download(holder, certificate.number());

        JWSObject jws = JWSObject.parse(jwt);
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jws.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(jws.getHeader().getKeyID()).startsWith(links.publicUrl() + "/api/issuer/keys/");
        // Open Badges 3.0 allows no JOSE headers beyond alg, kid, jwk and typ
        assertThat(jws.getHeader().getIncludedParams()).isEqualTo(Set.of("alg", "typ", "kid"));

        JsonNode vc = payload(jwt);
        String issuerId = links.publicUrl() + "/api/issuer";
        assertThat(texts(vc.path("@context"))).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(texts(vc.path("type"))).containsExactlyInAnyOrder("VerifiableCredential", "OpenBadgeCredential");
        assertThat(vc.path("id").asText()).isEqualTo("urn:uuid:" + certificate.id());
        assertThat(vc.path("name").asText()).isEqualTo("Smart City Project Developer");
        assertThat(vc.path("description").asText()).contains(certificate.number());
        assertThat(vc.path("validFrom").asText()).isEqualTo(certificate.issuedOn() + "T00:00:00Z");
        assertThat(vc.path("validUntil").asText()).isEqualTo(certificate.validUntil() + "T23:59:59Z");
        assertThat(vc.path("credentialSchema").get(0).path("type").asText()).isEqualTo("1EdTechJsonSchemaValidator2019");
        assertThat(vc.path("credentialSchema").get(0).path("id").asText()).endsWith("ob_v3p0_achievementcredential_schema.json");

        JsonNode profile = vc.path("issuer");
        assertThat(profile.path("id").asText()).isEqualTo(issuerId);
        assertThat(texts(profile.path("type"))).containsExactly("Profile");
        assertThat(profile.path("name").asText()).isEqualTo(issuer.name());
        assertThat(profile.path("url").asText()).isEqualTo(issuer.url());
        assertThat(profile.path("email").asText()).isEqualTo(issuer.email());

        // the registered claims Open Badges 3.0 maps from the credential; no sub, the subject has no id
        assertThat(vc.path("iss").asText()).isEqualTo(issuerId);
        assertThat(vc.path("jti").asText()).isEqualTo(vc.path("id").asText());
        assertThat(vc.path("nbf").asLong())
                .isEqualTo(certificate.issuedOn().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        assertThat(vc.path("exp").asLong())
                .isEqualTo(certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1);
        assertThat(vc.has("sub")).isFalse();
        assertThat(vc.has("vc")).isFalse();

        JsonNode subject = vc.path("credentialSubject");
        assertThat(texts(subject.path("type"))).containsExactly("AchievementSubject");
        assertThat(subject.has("id")).isFalse();
        assertThat(subject.path("licenseNumber").asText()).isEqualTo(certificate.number());
        JsonNode identity = subject.path("identifier").get(0);
        assertThat(identity.path("type").asText()).isEqualTo("IdentityObject");
        assertThat(identity.path("identityType").asText()).isEqualTo("emailAddress");
        assertThat(identity.path("hashed").asBoolean()).isTrue();
        assertThat(identity.path("identityHash").asText()).startsWith("sha256$");
        assertThat(identity.path("salt").asText()).isNotBlank();

        JsonNode achievement = subject.path("achievement");
        assertThat(achievement.path("id").asText()).isEqualTo(links.publicUrl() + "/api/catalogue/SCPD");
        assertThat(texts(achievement.path("type"))).containsExactly("Achievement");
        assertThat(achievement.path("achievementType").asText()).isEqualTo("Certification");
        assertThat(achievement.path("name").asText()).isEqualTo("Smart City Project Developer");
        assertThat(achievement.path("humanCode").asText()).isEqualTo("SCPD");
        assertThat(achievement.path("version").asText()).isEqualTo(certificate.frameworkLabel());
        assertThat(achievement.path("description").asText())
                .contains("Smart City Project Developer", "EQF level " + certificate.eqfLevel());
        RoleDefinition role = framework.role(certificate.frameworkVersionId(), "SCPD").orElseThrow().role();
        String narrative = achievement.path("criteria").path("narrative").asText();
        assertThat(role.units()).isNotEmpty();
        for (UnitDefinition unit : role.units()) {
            assertThat(narrative).contains("- " + unit.code() + " " + unit.title());
        }
        assertThat(narrative).contains(issuer.name());
    }

    @Test
    void the_identity_hash_is_the_sha256_of_the_holders_email_and_the_stored_salt() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedTo(holder);

        JsonNode identity = payload(download(holder, certificate.number()))
                .path("credentialSubject").path("identifier").get(0);

        String salt = jdbc.sql("SELECT badge_salt FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).single();
        assertThat(identity.path("salt").asText()).isEqualTo(salt);
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((accounts.email(holder) + salt).getBytes(StandardCharsets.UTF_8));
        assertThat(identity.path("identityHash").asText())
                .isEqualTo("sha256$" + java.util.HexFormat.of().formatHex(digest));
        // another certificate, another salt: two credentials of one holder cannot be linked by their hash
        CertificateInfo second = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPM")).id()).get(0);
        JsonNode other = payload(download(holder, second.number())).path("credentialSubject").path("identifier").get(0);
        assertThat(other.path("salt").asText()).isNotEqualTo(salt);
        assertThat(other.path("identityHash").asText()).isNotEqualTo(identity.path("identityHash").asText());
    }

    @Test
    void the_signature_verifies_with_the_key_the_issuer_publishes() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        JWSObject jws = JWSObject.parse(download(holder, issuedTo(holder).number()));

        String published = mvc.perform(get("/api/issuer/jwks.json"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/jwk-set+json")))
                .andReturn().getResponse().getContentAsString();
        JWKSet keys = JWKSet.parse(published);
        JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());

        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(X509CertUtils.parse(key.getX509CertChain().get(0).decode()).getPublicKey())
                .isEqualTo(key.toRSAKey().toPublicKey());
        assertThat(jws.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();

        // the key id is a URL that answers with the key
        String path = jws.getHeader().getKeyID().substring(links.publicUrl().length());
        String single = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JWK.parse(single).toRSAKey().toPublicKey()).isEqualTo(key.toRSAKey().toPublicKey());
        mvc.perform(get("/api/issuer/keys/no-such-key")).andExpect(status().isNotFound());
    }

    @Test
    void the_root_the_seal_chains_to_is_published_for_pdf_readers_to_trust() throws Exception {
        var response = mvc.perform(get("/api/issuer/root.pem"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/x-pem-file")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("certification-body-root.pem")))
                .andReturn().getResponse();
        var root = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(response.getContentAsByteArray()));

        assertThat(root).isEqualTo(signingKeys.chain().get(signingKeys.chain().size() - 1));
        signingKeys.certificate().verify(root.getPublicKey());
    }

    @Test
    void the_issuer_profile_is_public() throws Exception {
        mvc.perform(get("/api/issuer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(links.publicUrl() + "/api/issuer"))
                .andExpect(jsonPath("$.type[0]").value("Profile"))
                .andExpect(jsonPath("$.name").value(issuer.name()))
                .andExpect(jsonPath("$.email").value(issuer.email()))
                .andExpect(jsonPath("$['@context'][1]")
                        .value("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    }

    @Test
    void only_the_holder_and_staff_who_read_certificates_may_download_it() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedTo(holder);
        String path = "/api/certificates/" + certificate.number() + "/credential";

        CurrentUser other = accounts.create(Role.CANDIDATE);
        mvc.perform(get(path).with(httpBasic(other.username(), PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No such certificate is available to you."));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        mvc.perform(get(path).with(httpBasic(reviewer.username(), PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/certificates/C-0000-99999/credential").with(httpBasic(holder.username(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());

        String holders = download(holder, certificate.number());
        assertThat(download(accounts.create(Role.AUDITOR), certificate.number())).isEqualTo(holders);
        assertThat(download(accounts.create(Role.CERTIFICATION_OFFICER), certificate.number())).isEqualTo(holders);
    }

    @Test
    void issuing_a_certificate_issues_its_credential() {
        CertificateInfo certificate = issuedTo(accounts.create(Role.CANDIDATE));

        assertThat(jdbc.sql("SELECT badge_jwt FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).single()).isNotBlank();
    }

    @Test
    void ensure_issued_makes_the_credential_once() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedWithoutCredential(holder);
        assertThat(jdbc.sql("SELECT badge_jwt FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).optional()).isEmpty();

        String first = credentials.ensureIssued(certificate.id()).orElseThrow();
        String second = credentials.ensureIssued(certificate.id()).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT badge_jwt FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).single()).isEqualTo(first);
        assertThat(credentials.credential(holder, certificate.number())).isEqualTo(first);
    }

    @Test
    void a_second_call_racing_the_first_waits_for_it_and_gets_its_credential() throws Exception {
        CertificateInfo certificate = issuedWithoutCredential(accounts.create(Role.CANDIDATE));
        CountDownLatch firstMade = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> transactions.execute(tx -> {
                String jwt = credentials.ensureIssued(certificate.id()).orElseThrow();
                firstMade.countDown();
                await(firstMayCommit);
                return jwt;
            }));
            await(firstMade);
            Future<String> second = threads.submit(() -> transactions.execute(
                    tx -> credentials.ensureIssued(certificate.id()).orElseThrow()));
            // the second waits on the certificate's row lock until the first commits
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE '%badge_jwt FROM certificate%'")
                    .query(Integer.class).single() == 1);
            firstMayCommit.countDown();

            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(first.get(20, TimeUnit.SECONDS));
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_certificate_whose_holder_erased_the_account_has_no_credential_to_make() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = issuedWithoutCredential(holder);
        users.erase(holder.username(), true);

        assertThat(credentials.ensureIssued(certificate.id())).isEmpty();
        mvc.perform(get("/api/certificates/" + certificate.number() + "/credential")
                        .with(httpBasic(accounts.create(Role.AUDITOR).username(), PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("No digital credential can be made for certificate "
                        + certificate.number() + ": the holder's account has no email address any more."));
        assertThat(jdbc.sql("SELECT badge_jwt FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).optional()).isEmpty();
    }
}
