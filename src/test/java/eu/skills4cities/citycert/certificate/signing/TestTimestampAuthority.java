package eu.skills4cities.citycert.certificate.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 timestamp authority for tests, in the test's JVM: its own root and a
 * timestamping certificate issued from it, BouncyCastle's token generator, and the JDK's HTTP
 * server. It can also answer as a broken or dishonest authority would.
 */
final class TestTimestampAuthority implements AutoCloseable {

    /** How the authority answers. */
    enum Mode { HONEST, HTTP_ERROR, WRONG_IMPRINT }

    private final HttpServer server;
    private final X509Certificate root;
    private final X509Certificate tsa;
    private final TimeStampTokenGenerator tokens;
    private final AtomicLong serial = new AtomicLong(1);
    private volatile Mode mode = Mode.HONEST;
    private volatile Instant lastStamp;

    TestTimestampAuthority() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootPair = generator.generateKeyPair();
        KeyPair tsaPair = generator.generateKeyPair();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X500Name rootName = new X500Name("CN=Test TSA root,O=Test Trust Service,C=EU");
        var rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), rootName, rootPair.getPublic());
        rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        rootBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        root = certificate(rootBuilder, rootPair);
        var tsaBuilder = new JcaX509v3CertificateBuilder(root, BigInteger.TWO, Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), new X500Name("CN=Test TSA,O=Test Trust Service,C=EU"),
                tsaPair.getPublic());
        tsaBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        tsaBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        tsaBuilder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        tsaBuilder.addExtension(new ASN1ObjectIdentifier("2.5.29.56"), false, DERNull.INSTANCE);
        tsa = certificate(tsaBuilder, rootPair);

        tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaPair.getPrivate(), tsa),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa, root)));

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    X509Certificate root() {
        return root;
    }

    void answerAs(Mode mode) {
        this.mode = mode;
    }

    /** When the authority last granted a timestamp. */
    Instant lastStamp() {
        return lastStamp;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            if (mode == Mode.HTTP_ERROR) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            if (mode == Mode.WRONG_IMPRINT) {
                // a token for some other document, with the request's nonce
                request = new TimeStampRequestGenerator().generate(NISTObjectIdentifiers.id_sha256, new byte[32],
                        request.getNonce());
            }
            Date time = new Date();
            byte[] reply = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(serial.getAndIncrement()), time).getEncoded();
            lastStamp = time.toInstant();
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        } finally {
            exchange.close();
        }
    }

    private static X509Certificate certificate(JcaX509v3CertificateBuilder builder, KeyPair signer)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
