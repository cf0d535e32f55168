package eu.skills4cities.citycert.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API as a script calls it: plain HTTP, a bearer token or HTTP Basic, no session. An answer
 * of 5xx and a failed connection are {@link NodeDown}, so that the caller tries the other node.
 */
final class ClusterApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        Answer expect(int... statuses) {
            for (int status : statuses) {
                if (this.status == status) {
                    return this;
                }
            }
            throw new AssertionError("expected " + java.util.Arrays.toString(statuses) + ", got " + status + ": " + body);
        }
    }

    /** The node did not answer, or answered with a server error: try again, perhaps on the other node. */
    static final class NodeDown extends Exception {
        NodeDown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(CityCertNode node, String path, String auth) throws NodeDown {
        return send(node, HttpRequest.newBuilder(uri(node, path)).GET(), auth);
    }

    Answer post(CityCertNode node, String path, String auth, Object body) throws NodeDown {
        try {
            return send(node, HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), auth);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A multipart form: text fields and one file. */
    Answer postForm(CityCertNode node, String path, String auth, Map<String, String> fields, String fileField,
                    String fileName, String fileType, byte[] file) throws NodeDown {
        String boundary = "cluster-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
        out.writeBytes(file);
        write(out, "\r\n--" + boundary + "--\r\n");
        return send(node, HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())), auth);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static URI uri(CityCertNode node, String path) {
        return URI.create(node.baseUrl() + path);
    }

    private Answer send(CityCertNode node, HttpRequest.Builder request, String auth) throws NodeDown {
        request.timeout(Duration.ofSeconds(120)).header("Accept", "application/json").header("Accept-Language", "en");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpRequest built = request.build();
        try {
            HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500) {
                throw new NodeDown(node.name() + " answered " + answer.statusCode() + " to " + built.method() + " "
                        + built.uri().getPath() + ": " + answer.body(), null);
            }
            return new Answer(answer.statusCode(), answer.body());
        } catch (IOException e) {
            throw new NodeDown(node.name() + " did not answer " + built.method() + " " + built.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
