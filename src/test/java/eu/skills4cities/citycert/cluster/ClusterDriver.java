package eu.skills4cities.citycert.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import eu.skills4cities.citycert.cluster.ClusterApi.NodeDown;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives applications through the JSON API of both nodes, as scripts would: candidates register (the
 * verification link comes by mail), apply on one node, and staff review, assess and decide on the other.
 * A call that finds its node down (no answer, or a 5xx) is tried again on the other node, after finding out
 * whether the first try took effect: a submission by the candidate's list of applications, a completed task
 * by the task no longer being open.
 */
final class ClusterDriver {

    private static final Logger log = LoggerFactory.getLogger(ClusterDriver.class);
    private static final String DEMO_PASSWORD = "citycert-demo";
    private static final Pattern VERIFY_LINK = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");
    private static final Duration GIVE_UP = Duration.ofMinutes(15);
    private static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);
    /** Roles of the demo framework assessed on the portfolio alone, taken in turn. */
    private static final List<String> ROLES = List.of("SCPM", "SCPMC");

    record Candidate(String username, String email, String token) {
    }

    record Driven(UUID id, String number, String candidate) {
    }

    private final Cluster cluster;
    private final ClusterApi api = new ClusterApi();
    private final String tag;
    private final Map<String, String> staffTokens = new HashMap<>();
    private String adminToken;
    final AtomicInteger retries = new AtomicInteger();

    ClusterDriver(Cluster cluster, String tag) {
        this.cluster = cluster;
        this.tag = tag;
    }

    ClusterApi api() {
        return api;
    }

    String staffToken(String username) {
        return staffTokens.get(username);
    }

    /** API tokens for the demo staff: the administrator makes its own with its password, then everyone else's. */
    void prepareStaff() throws NodeDown {
        adminToken = api.post(cluster.a, "/api/me/tokens", ClusterApi.basic("admin", DEMO_PASSWORD),
                Map.of("name", "cluster run", "validDays", 2)).expect(201).json().get("token").asText();
        for (String staff : List.of("reviewer", "assessor", "officer", "auditor")) {
            staffTokens.put(staff, tokenFor(cluster.a, staff));
        }
    }

    private String tokenFor(CityCertNode node, String username) throws NodeDown {
        return api.post(node, "/api/users/" + username + "/tokens", ClusterApi.bearer(adminToken),
                Map.of("name", "cluster run", "validDays", 2)).expect(201).json().get("token").asText();
    }

    /**
     * Registers {@code count} candidates through the API, alternately on each node, verifies each address with
     * the link from the mail GreenMail received, and has the administrator make each an API token.
     */
    List<Candidate> registerCandidates(int count, int threads) throws Exception {
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            usernames.add("cl" + tag + "." + String.format("%05d", i));
        }
        inParallel(threads, usernames.size(), i -> {
            String username = usernames.get(i);
            onNodes(i, node -> api.post(node, "/api/accounts/registrations", null, Map.of("username", username,
                    "fullName", "Cluster Candidate " + tag.toUpperCase() + " " + (i + 1), "email", email(username),
                    "password", "violet harbour lantern morning " + (7919L * (i + 1)))).expect(202));
            return null;
        });
        Map<String, String> verificationTokens = awaitVerificationMails(usernames);
        List<Candidate> candidates = new ArrayList<>(inParallel(threads, usernames.size(), i -> {
            String username = usernames.get(i);
            onNodes(i + 1, node -> api.post(node, "/api/accounts/email-verifications", null,
                    Map.of("token", verificationTokens.get(email(username)))).expect(204, 410));
            String token = onNodes(i, node -> tokenFor(node, username));
            return new Candidate(username, email(username), token);
        }));
        log.info("{} candidates registered and verified", candidates.size());
        return candidates;
    }

    private static String email(String username) {
        return username + "@cluster.citycert.test";
    }

    private Map<String, String> awaitVerificationMails(List<String> usernames) throws InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        usernames.forEach(u -> wanted.add(email(u)));
        int seen = 0;
        while (tokens.size() < wanted.size()) {
            MimeMessage[] messages = cluster.mail.getReceivedMessages();
            for (int m = seen; m < messages.length; m++) {
                try {
                    String to = messages[m].getAllRecipients()[0].toString();
                    if (wanted.contains(to) && messages[m].getContent() instanceof String body) {
                        Matcher link = VERIFY_LINK.matcher(body);
                        if (link.find()) {
                            tokens.put(to, link.group(1));
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError("unreadable mail", e);
                }
            }
            seen = messages.length;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("verification mail for only " + tokens.size() + " of " + wanted.size());
            }
            if (tokens.size() < wanted.size()) {
                Thread.sleep(500);
            }
        }
        return tokens;
    }

    /** Submits the candidate's application on node {@code i % 2}, and takes it through the stages on the other. */
    Driven drive(Candidate candidate, int i) {
        Driven application = submit(candidate, i);
        String[][] stages = {{"REVIEW", "reviewer"}, {"ASSESSMENT", "assessor"}, {"DECISION", "officer"}};
        for (String[] stage : stages) {
            complete(application, stage[0], staffTokens.get(stage[1]), i + 1);
        }
        return application;
    }

    private Driven submit(Candidate candidate, int i) {
        String auth = ClusterApi.bearer(candidate.token());
        boolean[] tried = {false};
        return onNodes(i, node -> {
            if (tried[0]) {
                // an earlier try may have committed before its node died
                List<JsonNode> mine = ClusterApi.list(api.get(node, "/api/applications", auth).expect(200).json());
                if (!mine.isEmpty()) {
                    log.info("Submission of {} had committed before its node died", candidate.username());
                    return driven(mine.get(0), candidate);
                }
            }
            tried[0] = true;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("roleCode", ROLES.get(i % ROLES.size()));
            fields.put("statement", "I led the smart street lighting programme of my city for three years.");
            fields.put("experienceYears", "10");
            fields.put("educationLevel", "7");
            fields.put("declaration", "true");
            JsonNode created = api.postForm(node, "/api/applications", auth, fields, "document", "portfolio.pdf",
                    "application/pdf", PDF).expect(201).json();
            return driven(created, candidate);
        });
    }

    private static Driven driven(JsonNode application, Candidate candidate) {
        return new Driven(UUID.fromString(application.get("id").asText()), application.get("number").asText(),
                candidate.username());
    }

    /** Claims and completes the application's task of this stage; a completion whose answer was lost counts once. */
    private void complete(Driven application, String stage, String token, int preferredNode) {
        String auth = ClusterApi.bearer(token);
        boolean[] posted = {false};
        onNodes(preferredNode, node -> {
            JsonNode task = awaitTask(node, auth, application, stage, posted[0]);
            if (task == null) {
                return null; // the earlier try completed it
            }
            String id = task.get("id").asText();
            api.post(node, "/api/tasks/" + id + "/claim", auth, Map.of()).expect(200);
            JsonNode plan = api.get(node, "/api/tasks/" + id + "/units", auth).expect(200).json();
            Object body = switch (stage) {
                case "REVIEW" -> Map.of("units", ClusterApi.list(plan.get("toAssess")).stream()
                        .map(unit -> Map.of("unitCode", unit.get("code").asText(), "verdict", "SUFFICIENT")).toList(),
                        "message", "Relevant and current.");
                case "ASSESSMENT" -> Map.of("units", scores(plan), "comment", "Interview held.");
                default -> Map.of("verdict", "CERTIFY", "reason", "Review and assessment support certification.",
                        "noConflictOfInterest", true);
            };
            posted[0] = true;
            String path = switch (stage) {
                case "REVIEW" -> "/review";
                case "ASSESSMENT" -> "/assessment";
                default -> "/decision";
            };
            api.post(node, "/api/tasks/" + id + path, auth, body).expect(200, 204);
            return null;
        });
    }

    /** A score of 80 for every unit the portfolio covers, or for each of its elements when the scheme scores elements. */
    private static List<Map<String, Object>> scores(JsonNode plan) {
        boolean elements = plan.get("scoreElements").asBoolean();
        List<String> portfolio = ClusterApi.list(plan.get("portfolioUnits")).stream().map(JsonNode::asText).toList();
        List<Map<String, Object>> units = new ArrayList<>();
        for (JsonNode unit : plan.get("toAssess")) {
            String code = unit.get("code").asText();
            if (!portfolio.isEmpty() && !portfolio.contains(code)) {
                continue;
            }
            if (elements) {
                Map<String, Object> perElement = new LinkedHashMap<>();
                unit.get("elements").forEach(element -> perElement.put(element.get("code").asText(), 80));
                units.add(Map.of("unitCode", code, "elementScores", perElement));
            } else {
                units.add(Map.of("unitCode", code, "score", 80));
            }
        }
        return units;
    }

    /**
     * The application's open task of the stage in the staff member's inbox; null when it is gone after a completion
     * was posted (the post took effect, its answer was lost).
     */
    private JsonNode awaitTask(CityCertNode node, String auth, Driven application, String stage, boolean posted)
            throws NodeDown {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode page = api.get(node, "/api/tasks?stage=" + stage + "&search=" + application.number(), auth)
                    .expect(200).json();
            for (JsonNode task : page.get("tasks")) {
                if (application.id().toString().equals(task.path("applicationId").asText())) {
                    return task;
                }
            }
            if (posted) {
                return null;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + stage + " task for " + application.number());
            }
            sleep(500);
        }
    }

    interface NodeCall<T> {
        T call(CityCertNode node) throws NodeDown;
    }

    /** Calls node {@code preferred % 2}; when it is down, the other one, and so on, for at most {@link #GIVE_UP}. */
    <T> T onNodes(int preferred, NodeCall<T> call) {
        List<CityCertNode> nodes = cluster.nodes();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        int attempt = 0;
        while (true) {
            CityCertNode node = nodes.get(Math.floorMod(preferred + attempt, nodes.size()));
            try {
                return call.call(node);
            } catch (NodeDown down) {
                retries.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no node answered: " + down.getMessage(), down);
                }
                log.info("Trying again on the other node: {}", down.getMessage());
                attempt++;
                sleep(attempt % nodes.size() == 0 ? 1000 : 100);
            }
        }
    }

    interface Indexed<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code task(0..count-1)} on a pool of threads; the results in index order; the first failure fails it. */
    static <T> List<T> inParallel(int threads, int count, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
