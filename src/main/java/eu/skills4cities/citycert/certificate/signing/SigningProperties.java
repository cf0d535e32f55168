package eu.skills4cities.citycert.certificate.signing;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the certification body's signing key comes from (docs/operations.md, "Signing key").
 *
 * @param keystore             PKCS#12 file holding the private key and its certificate chain; empty for a key that
 *                             lives only as long as the process (tests)
 * @param password             the keystore's password (and the key's); from configuration, never from the repository
 * @param alias                the key's alias in the keystore; empty for its only key entry
 * @param generateIfMissing    create a self-signed key in {@code keystore} when the file does not exist (demo only)
 * @param previousCertificates certificates (PEM or DER files) of keys used before the current one: signatures made
 *                             with them still verify, and the issuer's published keys include them
 * @param keySize              RSA key size of a generated key
 */
@ConfigurationProperties("citycert.signing")
public record SigningProperties(Path keystore, String password, String alias, boolean generateIfMissing,
                                List<Path> previousCertificates, int keySize) {

    public SigningProperties {
        previousCertificates = previousCertificates == null ? List.of() : List.copyOf(previousCertificates);
        keySize = keySize <= 0 ? 3072 : keySize;
    }
}
