package eu.skills4cities.citycert.certificate.badge;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone may verify a credential at {@code POST /api/verify/credential}: a genuine one shows
 * what the register says; altered ones, foreign keys and text that is no JWT are told apart.
 */
@CityCertSpringTest
class CredentialVerificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    DigitalCredentialService credentials;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private CertificateInfo certificate;
    private String jwt;

    private void issued() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        certificate = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        jwt = credentials.ensureIssued(certificate.id()).orElseThrow();
    }

    private ResultActions verify(String body) throws Exception {
        return mvc.perform(post("/api/verify/credential").contentType(MediaType.TEXT_PLAIN).content(body));
    }

    private String resigned(JWSHeader header, String payload, JWSSigner signer) throws Exception {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        jws.sign(signer);
        return jws.serialize();
    }

    @Test
    void a_genuine_credential_is_valid_and_shows_what_the_register_says() throws Exception {
        issued();

        verify(jwt + "\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VALID"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.unexpired").value(true))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.message").value(containsString(certificate.number() + " is active")))
                .andExpect(jsonPath("$.certificate.number").value(certificate.number()))
                .andExpect(jsonPath("$.certificate.holderName").value(certificate.holderName()))
                .andExpect(jsonPath("$.certificate.roleTitle").value("Smart City Project Developer"))
                .andExpect(jsonPath("$.certificate.units[0].code").value("SCPD-U1"))
                .andExpect(jsonPath("$.certificate.issuedOn").value(certificate.issuedOn().toString()))
                .andExpect(jsonPath("$.certificate.validUntil").value(certificate.validUntil().toString()));
        // the same as JSON, and the other media type of a VC-JWT
        mvc.perform(post("/api/verify/credential").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("credential", jwt))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VALID"));
        mvc.perform(post("/api/verify/credential").contentType("application/vc+jwt").content(jwt))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("VALID"));
    }

    @Test
    void changing_one_character_of_the_payload_breaks_the_signature() throws Exception {
        issued();
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String number = certificate.number();
        // one character of the certificate number, wherever it stands in the payload
        String altered = payload.replace(number, number.substring(0, number.length() - 1)
                + (number.endsWith("1") ? "2" : "1"));
        String tampered = parts[0] + "." + Base64URL.encode(altered.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        verify(tampered)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SIGNATURE_INVALID"))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.unexpired").value(nullValue()))
                .andExpect(jsonPath("$.certificate").value(nullValue()))
                .andExpect(jsonPath("$.message").value(containsString("changed after signing")));
    }

    @Test
    void a_credential_signed_with_a_foreign_key_is_refused() throws Exception {
        issued();
        JWSObject genuine = JWSObject.parse(jwt);
        String payload = genuine.getPayload().toString();
        RSAKey foreign = new RSAKeyGenerator(2048).keyID("https://forger.example/keys/1").generate();

        // a key of its own: not one the issuer publishes
        verify(resigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreign.getKeyID()).build(), payload,
                new RSASSASigner(foreign)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UNKNOWN_KEY"))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.certificate").value(nullValue()));
        // its public key carried in the header instead
        verify(resigned(new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(foreign.toPublicJWK()).build(), payload,
                new RSASSASigner(foreign)))
                .andExpect(jsonPath("$.outcome").value("UNKNOWN_KEY"));
        // naming the issuer's key, but signed with another
        verify(resigned(genuine.getHeader(), payload, new RSASSASigner(foreign)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SIGNATURE_INVALID"))
                .andExpect(jsonPath("$.signatureValid").value(false));
    }

    @Test
    void text_that_is_no_signed_jwt_gets_422() throws Exception {
        verify("not a credential")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Not a credential"))
                .andExpect(jsonPath("$.detail").value(containsString("compact form")));
        verify("   ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("Send the credential")));
        // an unsecured JWT (alg none) is not signed
        verify("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.")
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/verify/credential").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void a_signature_of_the_issuer_over_something_else_names_no_certificate() throws Exception {
        issued();
        JWSObject genuine = JWSObject.parse(jwt);
        ObjectNode payload = (ObjectNode) json.readTree(genuine.getPayload().toString());
        payload.put("jti", "urn:uuid:00000000-0000-0000-0000-000000000000");
        RSASSASigner issuerKey = new RSASSASigner(signingKeys.privateKey());

        verify(resigned(genuine.getHeader(), json.writeValueAsString(payload), issuerKey))
                .andExpect(jsonPath("$.outcome").value("NOT_A_CERTIFICATE"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.certificate").value(nullValue()));
        verify(resigned(genuine.getHeader(), "[1, 2, 3]", issuerKey))
                .andExpect(jsonPath("$.outcome").value("NOT_A_CERTIFICATE"));
    }

    @Test
    void a_suspended_certificate_makes_a_genuine_credential_not_current() throws Exception {
        issued();
        jdbc.sql("UPDATE certificate SET status = 'SUSPENDED' WHERE id = ?").param(certificate.id()).update();

        verify(jwt)
                .andExpect(jsonPath("$.outcome").value("NOT_CURRENT"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.unexpired").value(true))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.message").value(containsString("is suspended")))
                .andExpect(jsonPath("$.certificate.number").value(certificate.number()));
    }

    @Test
    void an_expired_credential_is_genuine_but_not_current() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        certificate = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        jdbc.sql("UPDATE certificate SET issued_on = ?, valid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().minusYears(3)),
                        java.sql.Date.valueOf(LocalDate.now().minusYears(1)), certificate.id())
                .update();
        jwt = credentials.ensureIssued(certificate.id()).orElseThrow();

        verify(jwt)
                .andExpect(jsonPath("$.outcome").value("NOT_CURRENT"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.unexpired").value(false))
                .andExpect(jsonPath("$.status").value("EXPIRED"))
                .andExpect(jsonPath("$.message").value(containsString("has expired")));
    }
}
