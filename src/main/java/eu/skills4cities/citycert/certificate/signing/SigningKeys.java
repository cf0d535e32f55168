package eu.skills4cities.citycert.certificate.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.Sha256;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
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
 * a demonstration root and the seal it issues are generated there on first start.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** id-ce-noRevAvail (RFC 9608): the certificate's issuer publishes no revocation information for it. */
    private static final ASN1ObjectIdentifier NO_REVOCATION_AVAILABLE = new ASN1ObjectIdentifier("2.5.29.56");

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

    /**
     * The root the seal's chain ends in, when the keystore holds it (a self-signed last certificate
     * other than the seal itself): what a verifier installs to trust the seal.
     */
    public Optional<X509Certificate> root() {
        X509Certificate last = chain.get(chain.size() - 1);
        boolean selfSigned = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
        return chain.size() > 1 && selfSigned ? Optional.of(last) : Optional.empty();
    }

    /** The current signing certificate and those of earlier keys: every certificate a valid seal may carry. */
    public List<X509Certificate> trusted() {
        List<X509Certificate> all = new ArrayList<>(previous.size() + 1);
        all.add(certificate());
        all.addAll(previous);
        return Collections.unmodifiableList(all);
    }

    /** A certificate in PEM, as OpenSSL, browsers and PDF readers import it. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode " + certificate.getSubjectX500Principal(), e);
        }
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
            log.warn("Generated a demonstration root and seal key in {}. Install the certification body's "
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

    /**
     * A demonstration chain: a root of the certification body (CA, may sign certificates only,
     * twenty years) and the seal certificate it issues (not a CA, for signing documents only, ten
     * years), both RSA with SHA-256. A verifier who installs the published root (docs/operations.md,
     * "Trusting the seal") sees the seal as trusted, which a self-signed seal never is in Adobe
     * Reader, poppler or NSS. The root's private key is dropped once it has signed: nothing else
     * is ever issued from it, and the keystore holds one key.
     */
    private static void generate(KeyStore store, char[] password, int keySize, String issuerName, Clock clock)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(keySize, new SecureRandom());
        KeyPair rootPair = generator.generateKeyPair();
        KeyPair sealPair = generator.generateKeyPair();
        X500Name rootName = name(issuerName + " (demonstration root)", issuerName);
        X500Name sealName = name(issuerName + " (demonstration seal)", issuerName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            var root = new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(7300, ChronoUnit.DAYS)), rootName, rootPair.getPublic());
            root.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            root.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            root.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(rootPair.getPublic()));
            X509Certificate rootCertificate = signed(root, rootPair);

            var seal = new JcaX509v3CertificateBuilder(rootCertificate, serial(),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), sealName,
                    sealPair.getPublic());
            seal.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            seal.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            seal.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(sealPair.getPublic()));
            seal.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(rootCertificate));
            // RFC 9608: no CRL or OCSP will ever answer for this certificate (nothing can revoke it
            // once the root's key is gone); the register is the authority on each certificate's status
            seal.addExtension(NO_REVOCATION_AVAILABLE, false, DERNull.INSTANCE);
            X509Certificate sealCertificate = signed(seal, rootPair);
            store.setKeyEntry("certification-body", sealPair.getPrivate(), password,
                    new Certificate[]{sealCertificate, rootCertificate});
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot create the demonstration certificates", e);
        }
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.C, "EU").build();
    }

    private static BigInteger serial() {
        return new BigInteger(127, new SecureRandom());
    }

    private static X509Certificate signed(JcaX509v3CertificateBuilder builder, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
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
