package eu.skills4cities.citycert.certificate.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import eu.skills4cities.citycert.base.Sha256;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The certification body's signing key and certificate chain, which seal every certificate PDF
 * and every Open Badges credential, and the certificates of earlier keys, which verification
 * still trusts. Loaded once at start from the configured PKCS#12 keystore; in the demo profile
 * a self-signed key is generated there on first start.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final List<X509Certificate> previous;

    SigningKeys(SigningProperties properties, CertificateIssuer issuer, Clock clock) {
        try {
            KeyStore store = load(properties, issuer, clock);
            String alias = alias(store, properties.alias());
            char[] password = password(properties);
            this.privateKey = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate certificate : certificates) {
                certs.add((X509Certificate) certificate);
            }
            this.chain = List.copyOf(certs);
            this.previous = readCertificates(properties.previousCertificates());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the signing key from citycert.signing.keystore ("
                    + properties.keystore() + "): " + e.getMessage() + ". See docs/operations.md, \"Signing key\".", e);
        }
        log.info("Signing with {} (SHA-256 {}), valid until {}; {} earlier key(s) trusted",
                certificate().getSubjectX500Principal().getName(), certificateSha256(certificate()),
                certificate().getNotAfter().toInstant(), previous.size());
    }

    /** The private key that signs. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signing certificate first, then the certificates that issued it, as the keystore holds them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The certificate of the signing key. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The current signing certificate and those of earlier keys: every certificate a valid seal may carry. */
    public List<X509Certificate> trusted() {
        List<X509Certificate> all = new ArrayList<>(previous.size() + 1);
        all.add(certificate());
        all.addAll(previous);
        return Collections.unmodifiableList(all);
    }

    /** SHA-256 (lower-case hex) of a certificate's DER encoding: how the register names the key that signed. */
    public static String certificateSha256(X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(SigningProperties properties, CertificateIssuer issuer, Clock clock)
            throws IOException, GeneralSecurityException {
        Path file = properties.keystore();
        char[] password = password(properties);
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (file == null || file.toString().isBlank()) {
            if (!properties.generateIfMissing()) {
                throw new IllegalStateException("citycert.signing.keystore is not set. Configure the certification "
                        + "body's PKCS#12 keystore (see docs/operations.md, \"Signing key\").");
            }
            // tests: a key that lives as long as the process
            store.load(null, password);
            generate(store, password, properties.keySize(), issuer.name(), clock);
            return store;
        }
        if (Files.notExists(file)) {
            if (!properties.generateIfMissing()) {
                throw new IllegalStateException("No keystore at " + file.toAbsolutePath());
            }
            store.load(null, password);
            generate(store, password, properties.keySize(), issuer.name(), clock);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            restrictToOwner(file);
            log.warn("Generated a self-signed signing key for demonstration in {}. Install the certification body's "
                    + "own key before issuing real certificates (docs/operations.md).", file.toAbsolutePath());
            return store;
        }
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static char[] password(SigningProperties properties) {
        if (properties.password() == null || properties.password().isEmpty()) {
            throw new IllegalStateException("citycert.signing.password is not set (CITYCERT_SIGNING_PASSWORD)");
        }
        return properties.password().toCharArray();
    }

    private static String alias(KeyStore store, String configured) throws GeneralSecurityException {
        if (configured != null && !configured.isBlank()) {
            if (!store.isKeyEntry(configured)) {
                throw new GeneralSecurityException("the keystore has no key entry named " + configured);
            }
            return configured;
        }
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new GeneralSecurityException("the keystore holds " + keys.size()
                    + " keys; name the signing key with citycert.signing.alias");
        }
        return keys.get(0);
    }

    /** A self-signed seal certificate: RSA, SHA-256, for signing documents only, ten years. */
    private static void generate(KeyStore store, char[] password, int keySize, String issuerName, Clock clock)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(keySize, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, issuerName + " (demonstration seal)")
                .addRDN(BCStyle.O, issuerName)
                .addRDN(BCStyle.C, "EU")
                .build();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(127, new SecureRandom()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject,
                    pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            store.setKeyEntry("certification-body", pair.getPrivate(), password, new Certificate[]{certificate});
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot create the demonstration certificate", e);
        }
    }

    private static List<X509Certificate> readCertificates(List<Path> files) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : factory.generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            }
        }
        return List.copyOf(certificates);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("could not restrict the permissions of {}", file, e);
        }
    }
}
