package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it, without a browser: an HTTP session (its own cookies) and one Vaadin UI,
 * driven over Flow's own protocol as the Flow client in the page drives it. It loads the bootstrap page, sends the
 * init request that creates the UI ({@code ?v-r=init}), keeps from every answer which state node each element
 * id is on ({@link UiTree}), and sends events as RPCs to {@code ?v-r=uidl}: navigation ({@code ui-navigate}), a
 * changed value ({@code mSync} of the property, then the DOM event that synchronises it), a click. Each RPC is one server round
 * trip, timed by the caller. Sign-in is Spring Security's form login, as the login page posts it.
 *
 * <p>Not thread-safe: one tab sends one request at a time, as the Flow client does (it queues events while a
 * request is out). Many tabs share one {@link HttpClient}.
 */
final class FlowClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    /** What a desktop browser tells the init request about itself (the values do not matter to the server). */
    private static final String BROWSER = "&v-sw=1920&v-sh=1080&v-wn=benchmark&v-tzo=0&v-rtzo=0&v-dstd=0"
            + "&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux&v-bw=1280&v-bh=800";
    /** The data a button's click listener asks the client for ({@code ClickEvent}'s event data). */
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.clientX", 10, "event.clientY", 10, "event.altKey",
            false, "event.button", 0, "event.screenX", 10, "event.screenY", 10);

    /** What the UI shows for an unexpected error (the English text of {@code error.unexpected}). */
    private static final String UNEXPECTED_ERROR = "Something went wrong.";

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Path dump;
    private UiTree tree = new UiTree();
    private String securityKey;
    private int uiId;
    private int clientId;
    private int syncId;
    private int requests;

    /**
     * @param dump a folder to write every answer to (to see what the server sends), or null
     */
    FlowClient(HttpClient http, int port, ObjectMapper json, Path dump) {
        this.http = http;
        this.base = URI.create("http://localhost:" + port + "/");
        this.json = json;
        this.dump = dump;
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in with the login form: the login page (for its CSRF token), then the form's POST. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("login")).GET());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String where = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || where.contains("error") || where.contains("login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer.statusCode() + " " + where);
        }
    }

    /**
     * Opens the route in a new UI, as a browser opening the page does: the bootstrap page, the init request, and the
     * navigation the Flow client then sends, which builds the view. Returns the navigation's round trip.
     */
    Round open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(route)).GET());
        check(page, "the page " + route);
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=" + BROWSER + "&v-curdate="
                + System.currentTimeMillis())).GET());
        check(init, "the init request of " + route);
        JsonNode config = json.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        if (securityKey == null) {
            throw new IllegalStateException("the init answer of " + route + " has no security key");
        }
        uiId = config.path("v-uiId").asInt(uidl.path("v-uiId").asInt(0));
        tree = new UiTree();
        tree.apply(uidl);
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        write("init", init.body());
        return navigate(route);
    }

    /** The router's navigation to the route inside the UI (a link followed without a page load). */
    Round navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = json.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(event(1, "ui-navigate", data));
    }

    /**
     * The user changes a field's value: the property's new value ({@code mSync}), then the DOM event the field's
     * value is synchronised on, as the Flow client sends them together.
     */
    Round changeValue(String elementId, String property, Object value, String domEvent)
            throws IOException, InterruptedException {
        int node = tree.require(elementId);
        ObjectNode sync = json.createObjectNode().put("type", "mSync").put("node", node)
                .put("feature", UiTree.PROPERTIES).put("property", property);
        sync.set("value", json.valueToTree(value));
        return rpc(sync, event(node, domEvent, json.createObjectNode()));
    }

    /** A click on the element (a button). */
    Round click(String elementId) throws IOException, InterruptedException {
        return rpc(event(tree.require(elementId), "click", json.valueToTree(CLICK)));
    }

    /**
     * A call of a method the server publishes to the element's client side ({@code @ClientCallable}), as the
     * components' connectors make them: the grid's connector asks for the rows in view this way.
     */
    Round call(String elementId, String method, Object... arguments) throws IOException, InterruptedException {
        ObjectNode rpc = json.createObjectNode().put("type", "publishedEventHandler")
                .put("node", tree.require(elementId)).put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", json.valueToTree(List.of(arguments)));
        rpc.put("promise", 0);
        return rpc(rpc);
    }

    private ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc = json.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** One round trip: the RPCs in one request, the answer applied to the tree.  */
    private Round rpc(ObjectNode... rpcs) throws IOException, InterruptedException {
        ObjectNode message = json.createObjectNode().put("csrfToken", securityKey);
        ArrayNode list = message.putArray("rpc");
        for (ObjectNode each : rpcs) {
            list.add(each);
        }
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message)));
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request);
        long took = System.nanoTime() - start;
        check(answer, "a UIDL request");
        String body = answer.body();
        write("uidl", body);
        // "for(;;);[{...}]": a prefix that keeps the answer from being run as a script
        String payload = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode uidl = json.readTree(payload);
        uidl = uidl.isArray() ? uidl.get(0) : uidl;
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("the server refused the UIDL request: " + meta);
        }
        if (payload.contains("Vaadin-Refresh")) {
            throw new IllegalStateException("the server asked the client to reload (the UI is out of sync)");
        }
        if (payload.contains(UNEXPECTED_ERROR)) {
            throw new IllegalStateException("the UI shows an unexpected error (see the server's log)");
        }
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId + 1);
        tree.apply(uidl);
        return new Round(took, body);
    }

    /** One server round trip: its time on the client, from sending to having read the whole answer, and the answer. */
    record Round(long nanos, String answer) {

        /** The round trip, after checking that the answer says what the interaction should have shown. */
        Round expect(String text) {
            if (!answer.contains(text)) {
                throw new IllegalStateException("the answer does not hold '" + text + "'");
            }
            return this;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return answer;
    }

    private static void check(HttpResponse<String> answer, String what) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + answer.statusCode());
        }
    }

    private void write(String kind, String body) throws IOException {
        if (dump != null) {
            Files.createDirectories(dump);
            Files.writeString(dump.resolve("%03d-%s.json".formatted(++requests, kind)), body);
        }
    }
}
