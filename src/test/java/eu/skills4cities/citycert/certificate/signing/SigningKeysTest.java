package eu.skills4cities.citycert.certificate.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing key from a PKCS#12 file: generated once for the demo, read as it is afterwards. */
class SigningKeysTest {

    static final CertificateIssuer ISSUER = new CertificateIssuer("Test Certification Body", null, null, null);

    @TempDir
    Path folder;

    @Test
    void the_demo_key_is_generated_once_readable_only_by_its_owner_and_read_again_on_the_next_start() throws Exception {
        Path keystore = folder.resolve("signing/certification-body.p12");

        SigningKeys first = keys(new SigningProperties(keystore, "secret", null, true, List.of(), 2048));
        SigningKeys second = keys(new SigningProperties(keystore, "secret", null, false, List.of(), 2048));

        assertThat(Files.getPosixFilePermissions(keystore)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
        assertThat(first.certificate().getSubjectX500Principal().getName())
                .contains("CN=Test Certification Body (demonstration seal)");
    }

    @Test
    void the_demo_seal_is_issued_by_a_demo_root_that_a_verifier_can_trust() throws Exception {
        SigningKeys keys = keys(new SigningProperties(folder.resolve("chain.p12"), "secret", null, true, List.of(), 2048));

        var seal = keys.certificate();
        var root = keys.root().orElseThrow();
        assertThat(keys.chain()).containsExactly(seal, root);
        assertThat(root.getSubjectX500Principal().getName()).contains("CN=Test Certification Body (demonstration root)");
        assertThat(seal.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(seal.getBasicConstraints()).as("the seal is no CA").isEqualTo(-1);
        assertThat(seal.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(seal.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(root.getBasicConstraints()).as("the root is a CA of path length 0").isEqualTo(0);
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(root.getKeyUsage()[0]).as("the root signs no documents").isFalse();
        assertThat(seal.getNonCriticalExtensionOIDs()).as("RFC 9608 noRevAvail").contains("2.5.29.56");

        // the JDK's own path validation, with the root as the only trust anchor
        var path = java.security.cert.CertificateFactory.getInstance("X.509").generateCertPath(List.of(seal));
        var parameters = new java.security.cert.PKIXParameters(
                java.util.Set.of(new java.security.cert.TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        java.security.cert.CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }

    @Test
    void a_self_signed_seal_has_no_root_to_publish() throws Exception {
        SigningKeys keys = keys(new SigningProperties(folder.resolve("chain.p12"), "secret", null, true, List.of(), 2048));
        // a keystore whose only certificate is self-signed (as demo keystores made before the root were)
        Path single = folder.resolve("single.p12");
        var store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, "secret".toCharArray());
        store.setKeyEntry("seal", keys.privateKey(), "secret".toCharArray(),
                new java.security.cert.Certificate[]{keys.certificate()});
        try (var out = Files.newOutputStream(single)) {
            store.store(out, "secret".toCharArray());
        }

        SigningKeys sealOnly = keys(new SigningProperties(single, "secret", null, false, List.of(), 2048));

        assertThat(sealOnly.root()).as("the seal is not self-signed here, and no root is in the file").isEmpty();
    }

    @Test
    void without_a_keystore_or_its_password_nothing_starts() {
        Path missing = folder.resolve("missing.p12");

        assertThatThrownBy(() -> keys(new SigningProperties(missing, "secret", null, false, List.of(), 2048)))
                .hasMessageContaining("No keystore at");
        assertThatThrownBy(() -> keys(new SigningProperties(null, "secret", null, false, List.of(), 2048)))
                .hasMessageContaining("citycert.signing.keystore is not set");
        assertThatThrownBy(() -> keys(new SigningProperties(missing, "", null, true, List.of(), 2048)))
                .hasMessageContaining("citycert.signing.password is not set");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_wrong_password_or_alias_is_named() {
        Path keystore = folder.resolve("seal.p12");
        keys(new SigningProperties(keystore, "secret", null, true, List.of(), 2048));

        assertThatThrownBy(() -> keys(new SigningProperties(keystore, "wrong", null, false, List.of(), 2048)))
                .hasMessageContaining("Cannot load the signing key");
        assertThatThrownBy(() -> keys(new SigningProperties(keystore, "secret", "other", false, List.of(), 2048)))
                .hasMessageContaining("no key entry named other");
    }

    @Test
    void the_certificates_of_earlier_keys_are_trusted_after_the_current_one() throws Exception {
        SigningKeys old = keys(new SigningProperties(folder.resolve("old.p12"), "secret", null, true, List.of(), 2048));
        Path pem = folder.resolve("old.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(old.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        SigningKeys current = keys(new SigningProperties(folder.resolve("new.p12"), "secret", null, true,
                List.of(pem), 2048));

        assertThat(current.trusted()).containsExactly(current.certificate(), old.certificate());
    }

    private static SigningKeys keys(SigningProperties properties) {
        return new SigningKeys(properties, ISSUER, Clock.systemUTC());
    }
}
