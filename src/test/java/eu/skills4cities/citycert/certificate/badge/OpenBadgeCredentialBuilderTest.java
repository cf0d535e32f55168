package eu.skills4cities.citycert.certificate.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.UnitDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the credential of a unit certificate, and of a certificate without a known framework
 * version, says it certifies; with the sample framework as published.
 */
@CityCertSpringTest
class OpenBadgeCredentialBuilderTest {

    @Autowired
    OpenBadgeCredentialBuilder builder;
    @Autowired
    FrameworkCatalogue framework;

    private static CertificateInfo certificate(PublishedRole role, UnitDefinition unit) {
        return new CertificateInfo(UUID.randomUUID(), "CC-2026-TEST-0001", UUID.randomUUID(), "holder", "Holder Name",
                role.role().code(), role.role().title(), role.role().eqfLevel(), unit == null ? null : role.versionId(),
                unit == null ? null : role.versionLabel(), LocalDate.of(2026, 3, 2), LocalDate.of(2028, 3, 2),
                unit == null ? null : unit.code(), unit == null ? null : unit.title(), "ACTIVE", null);
    }

    @Test
    void a_unit_certificate_certifies_its_unit_against_the_pass_mark_of_the_role() {
        PublishedRole role = framework.publishedRole("SCPD").orElseThrow();
        UnitDefinition unit = role.role().units().get(1);
        CertificateInfo certificate = certificate(role, unit);

        JsonNode credential = builder.credential(new OpenBadgeCredentialBuilder.Content(certificate,
                List.of(new CertifiedUnit(unit.code(), unit.title())), Optional.of(role), "holder@example.org", "s"));

        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        assertThat(achievement.path("name").asText())
                .isEqualTo("Unit " + unit.title() + " of the role " + role.role().title());
        assertThat(credential.path("name").asText()).isEqualTo(achievement.path("name").asText());
        assertThat(achievement.path("id").asText()).endsWith("/api/catalogue/SCPD#unit-" + unit.code());
        assertThat(achievement.path("humanCode").asText()).isEqualTo(unit.code());
        assertThat(achievement.path("achievementType").asText()).isEqualTo("Certification");
        String passMark = role.role().scheme().passMarkPercent().stripTrailingZeros().toPlainString();
        assertThat(achievement.path("criteria").path("narrative").asText())
                .startsWith("Pass the assessment of this unit by ")
                .contains(passMark + " %")
                .endsWith("\n\n- " + unit.code() + " " + unit.title())
                .doesNotContain(role.role().units().get(0).code());
    }

    @Test
    void without_its_framework_version_a_certificate_lists_the_units_it_covers() {
        PublishedRole role = framework.publishedRole("SCPD").orElseThrow();
        CertificateInfo certificate = certificate(role, null);
        List<CertifiedUnit> covered = List.of(new CertifiedUnit("U1", "First"), new CertifiedUnit("U2", "Second"));

        JsonNode credential = builder.credential(new OpenBadgeCredentialBuilder.Content(certificate, covered,
                Optional.empty(), "Holder@Example.org", "pepper"));

        assertThat(credential.path("credentialSubject").path("achievement").path("criteria").path("narrative").asText())
                .endsWith("covers these units:\n\n- U1 First\n- U2 Second");
        assertThat(credential.path("credentialSubject").path("achievement").has("version")).isFalse();
        assertThat(credential.path("description").asText())
                .isEqualTo("Certificate CC-2026-TEST-0001, issued by CityCert Certification Body."
                        + " Units certified: U1 First; U2 Second.");
        // the address is hashed in lower case: an address differs only in case from the same address
        assertThat(credential.path("credentialSubject").path("identifier").get(0).path("identityHash").asText())
                .isEqualTo(OpenBadgeCredentialBuilder.identityHash("holder@example.org", "pepper"))
                .isEqualTo("sha256$" + sha256Hex("holder@example.orgpepper"));
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
