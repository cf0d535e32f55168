package eu.skills4cities.citycert.base;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.ApiTokenService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewApiToken;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API's OpenAPI description, called with odd values where a client may put text: each path
 * and query parameter in turn (a NUL, a NUL inside text, a negative number, 300 characters), and each field of a JSON
 * body in turn (a NUL, a text direction override, 100 000 characters, a number far too big, null, a list, an
 * object), as a candidate, an officer and an administrator. None may answer 5xx: bad input is the client's to mend,
 * and what the answer says about it is the other tests' business. Found by trying what this does by hand: the
 * auditor's search and the password reset answered 500 to a NUL (session 34). Runs in a context of its own, so its
 * drafts, complaints and refused attempts touch no other test's data.
 */
@CityCertSpringTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=api-fuzz-test")
class ApiFuzzTest {

    private static final String ZERO_ID = "00000000-0000-0000-0000-000000000000";
    private static final List<String> PARAMETER_VALUES = List.of("a%00b", "-1", "x".repeat(300));
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ObjectMapper json;

    private JsonNode schemas;

    @Test
    void no_operation_answers_5xx_to_odd_parameters_or_body_fields() throws Exception {
        JsonNode api = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn()
                .getResponse().getContentAsString());
        schemas = api.path("components").path("schemas");
        List<String> callers = List.of(token(Role.CANDIDATE), token(Role.CERTIFICATION_OFFICER), token(Role.ADMIN));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/test-only/")) {
                continue; // the error handling's own tests' endpoints, which fail on purpose
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase(java.util.Locale.ROOT));
                List<String> query = new ArrayList<>();
                operation.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                for (String caller : callers) {
                    for (String value : PARAMETER_VALUES) {
                        String uri = PATH_VARIABLE.matcher(path.getKey()).replaceAll(value)
                                + (query.isEmpty() ? "" : "?" + String.join("&",
                                query.stream().map(name -> name + "=" + value).toList()));
                        requests++;
                        check(failures, method, uri, caller, body.isMissingNode() ? null : "{}");
                    }
                    if (!body.isMissingNode()) {
                        String uri = PATH_VARIABLE.matcher(path.getKey()).replaceAll(ZERO_ID);
                        Map<String, Object> sample = sampleObject(body);
                        for (String field : sample.keySet()) {
                            for (Object bad : badValues()) {
                                Map<String, Object> changed = new LinkedHashMap<>(sample);
                                changed.put(field, bad);
                                requests++;
                                check(failures, method, uri, caller, json.writeValueAsString(changed));
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).as("requests made").isGreaterThan(1000);
        assertThat(failures).as("answers 5xx, of %d requests", requests).isEmpty();
    }

    private void check(List<String> failures, HttpMethod method, String uri, String caller, String body) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(uri))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String what = method + " " + uri + (body == null ? "" : " " + abbreviated(body));
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(status + " " + what);
            }
        } catch (Exception escaped) {
            // what escapes MockMvc would have been the container's 500
            failures.add(escaped.getClass().getSimpleName() + " " + what + ": "
                    + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(escaped).getMessage());
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static List<Object> badValues() {
        return java.util.Arrays.asList("a\u0000b", "\u202Etxt", "x".repeat(100_000), new java.math.BigInteger(
                "1" + "0".repeat(30)), null, List.of(), Map.of());
    }

    private String token(Role role) {
        CurrentUser user = accounts.create(role);
        return tokens.create(user, user.username(), new NewApiToken("fuzz", 1)).token();
    }

    /** A body of the schema's shape with a plain value in each field (nested objects to a small depth). */
    private Map<String, Object> sampleObject(JsonNode schema) {
        Object sample = sample(schema, 0);
        if (sample instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            return fields;
        }
        return Map.of();
    }

    private Object sample(JsonNode schema, int depth) {
        JsonNode s = resolved(schema);
        if (s.has("enum")) {
            return json.convertValue(s.path("enum").get(0), Object.class);
        }
        String type = s.path("type").asText("");
        if (type.equals("object") || s.has("properties")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (depth < 3) {
                s.path("properties").fields().forEachRemaining(f -> fields.put(f.getKey(), sample(f.getValue(),
                        depth + 1)));
            }
            return fields;
        }
        return switch (type) {
            case "array" -> List.of(sample(s.path("items"), depth + 1));
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            default -> switch (s.path("format").asText("")) {
                case "uuid" -> ZERO_ID;
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                default -> "text";
            };
        };
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.path("$ref").asText();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }
}
