package eu.skills4cities.citycert.certificate.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Optional;

import eu.skills4cities.citycert.base.Sha256;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * Asks the configured RFC 3161 timestamp authority to date a signature: the SHA-256 of the
 * signature value goes out with a fresh nonce, and the answer is accepted only if the authority
 * granted it for exactly that imprint and nonce. Any failure (unreachable, refused, a mismatched
 * answer) is an exception, so the issuing step fails and the engine retries it: with an authority
 * configured, no seal goes out without its timestamp.
 */
@Component
class TimestampAuthority {

    private static final String QUERY = "application/timestamp-query";

    private final TimestampProperties properties;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    TimestampAuthority(TimestampProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    boolean configured() {
        return properties.configured();
    }

    /** The authority's token over the signature value, or empty when no authority is configured. */
    Optional<TimeStampToken> stamp(byte[] signatureValue) {
        if (!configured()) {
            return Optional.empty();
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, Sha256.digest(signatureValue),
                new BigInteger(64, random));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(properties.url())
                    .timeout(properties.timeout())
                    .header("Content-Type", QUERY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the timestamp authority " + properties.url() + " answered HTTP "
                        + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IllegalStateException("the timestamp authority " + properties.url() + " refused: "
                        + response.getStatusString());
            }
            return Optional.of(response.getTimeStampToken());
        } catch (IOException | TSPException e) {
            throw new IllegalStateException("no timestamp from " + properties.url() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the timestamp authority", e);
        }
    }
}
