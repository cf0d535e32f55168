package eu.skills4cities.citycert.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Candidates sitting exams through the real HTTP API ({@code /api/exam/sessions}), each signed in with their own
 * API token ({@code Authorization: Bearer}): start a session, save answers at a pace with jitter, submit. Every
 * call's latency is taken on the client, from sending the request to having read the whole answer.
 */
final class ExamSitters {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final ObjectMapper json;

    ExamSitters(int port, ObjectMapper json) {
        this.base = "http://localhost:" + port + "/api/exam";
        this.json = json;
    }

    /** One candidate with an application waiting at "Sit the exam", and what they learn once their session runs. */
    static final class Sitter {
        final String token;
        final UUID applicationId;
        volatile UUID sessionId;
        /** The number of options of each item, by its position in the form (from 1). */
        volatile int[] options = new int[0];

        Sitter(String token, UUID applicationId) {
            this.token = token;
            this.applicationId = applicationId;
        }
    }

    /** The latencies of a batch of calls and how many failed (anything but the expected status). */
    record Calls(long[] nanos, int failed, String firstFailure, long maxLateNanos) {

        Latencies latencies() {
            return Latencies.of(nanos);
        }
    }

    /** p50, p95, p99 and the largest of a set of latencies, in nanoseconds. */
    record Latencies(int count, double p50, double p95, double p99, double max) {

        static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latencies(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
        }
    }

    /** Every sitter starts their session at once (an exam hall at nine); 201 Created is a success. */
    Calls startAll(List<Sitter> sitters) throws InterruptedException {
        return all(sitters, sitter -> {
            HttpResponse<String> response = send(sitter, HttpRequest.newBuilder(URI.create(base + "/sessions"))
                    .POST(body("{\"applicationId\":\"" + sitter.applicationId + "\"}")));
            if (response.statusCode() == 201) {
                JsonNode sitting = json.readTree(response.body());
                sitter.sessionId = UUID.fromString(sitting.path("sessionId").asText());
                int[] options = new int[sitting.path("items").size() + 1];
                sitting.path("items").forEach(item -> options[item.path("position").asInt()] =
                        item.path("options").size());
                sitter.options = options;
            }
            return response.statusCode() == 201 ? 0 : response.statusCode();
        });
    }

    /** Every sitter submits at once; 200 OK is a success. */
    Calls submitAll(List<Sitter> sitters) throws InterruptedException {
        return all(sitters, sitter -> {
            int status = send(sitter, HttpRequest.newBuilder(URI.create(base + "/sessions/" + sitter.sessionId
                    + "/submit")).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
            return status == 200 ? 0 : status;
        });
    }

    /**
     * Each sitter saves {@code answers} answers, one every {@code paceMillis} give or take {@code jitterMillis}
     * (uniformly), the first at a random moment of the first pace, so the saves spread as a hall's would: a random
     * item, one option chosen at random (valid for single and multiple choice). The next save is planned from
     * when the last was planned, not from when it ended; how late a save left against its plan is reported, so a
     * client that could not keep up shows.
     */
    Calls paced(List<Sitter> sitters, int answers, long paceMillis, long jitterMillis) throws InterruptedException {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong maxLate = new AtomicLong();
        List<String> failures = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(sitters.size());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(Math.min(sitters.size(), 200));
        try {
            long start = System.nanoTime();
            for (Sitter sitter : sitters) {
                long first = start + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(paceMillis));
                plan(clock, new Pacing(sitter, answers, paceMillis, jitterMillis, nanos, failed, maxLate, failures,
                        done), first, 0);
            }
            long allowed = answers * (paceMillis + jitterMillis) * 3 + 60_000;
            if (!done.await(allowed, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The sitters did not finish their saves within " + allowed + " ms");
            }
        } finally {
            clock.shutdownNow();
        }
        synchronized (failures) {
            return new Calls(nanos.stream().mapToLong(Long::longValue).toArray(), failed.get(),
                    failures.isEmpty() ? null : failures.get(0), maxLate.get());
        }
    }

    private record Pacing(Sitter sitter, int answers, long paceMillis, long jitterMillis,
                          ConcurrentLinkedQueue<Long> nanos, AtomicInteger failed, AtomicLong maxLate,
                          List<String> failures, CountDownLatch done) {
    }

    private void plan(ScheduledExecutorService clock, Pacing pacing, long at, int saved) {
        clock.schedule(() -> {
            pacing.maxLate().accumulateAndGet(System.nanoTime() - at, Math::max);
            save(pacing);
            if (saved + 1 == pacing.answers()) {
                pacing.done().countDown();
                return;
            }
            long next = at + TimeUnit.MILLISECONDS.toNanos(pacing.paceMillis()
                    + ThreadLocalRandom.current().nextLong(-pacing.jitterMillis(), pacing.jitterMillis() + 1));
            plan(clock, pacing, next, saved + 1);
        }, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void save(Pacing pacing) {
        Sitter sitter = pacing.sitter();
        int position = 1 + ThreadLocalRandom.current().nextInt(sitter.options.length - 1);
        int chosen = ThreadLocalRandom.current().nextInt(sitter.options[position]);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = send(sitter, HttpRequest.newBuilder(URI.create(base + "/sessions/"
                    + sitter.sessionId + "/answers/" + position)).PUT(body("{\"chosen\":[" + chosen + "]}")));
            pacing.nanos().add(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                failure(pacing, response.statusCode() + " " + response.body());
            }
        } catch (IOException | RuntimeException e) {
            failure(pacing, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure(pacing, e.toString());
        }
    }

    private static void failure(Pacing pacing, String what) {
        pacing.failed().incrementAndGet();
        synchronized (pacing.failures()) {
            pacing.failures().add(what);
        }
    }

    private interface Call {
        /** 0 on success, else the status or -1. */
        int run(Sitter sitter) throws IOException, InterruptedException;
    }

    /** Runs the call for every sitter at once, on a thread each. */
    private Calls all(List<Sitter> sitters, Call call) throws InterruptedException {
        long[] nanos = new long[sitters.size()];
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(sitters.size(), 200));
        try {
            CountDownLatch done = new CountDownLatch(sitters.size());
            for (int i = 0; i < sitters.size(); i++) {
                int index = i;
                pool.execute(() -> {
                    long started = System.nanoTime();
                    try {
                        int status = call.run(sitters.get(index));
                        if (status != 0) {
                            failed.incrementAndGet();
                            synchronized (failures) {
                                failures.add("status " + status);
                            }
                        }
                    } catch (IOException | RuntimeException | InterruptedException e) {
                        failed.incrementAndGet();
                        synchronized (failures) {
                            failures.add(e.toString());
                        }
                    } finally {
                        nanos[index] = System.nanoTime() - started;
                        done.countDown();
                    }
                });
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The sitters' calls did not end within 10 minutes");
            }
        } finally {
            pool.shutdownNow();
        }
        synchronized (failures) {
            return new Calls(nanos, failed.get(), failures.isEmpty() ? null : failures.get(0), 0);
        }
    }

    private HttpResponse<String> send(Sitter sitter, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + sitter.token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    /** The size in bytes of one save's answer, for the report. */
    int answerSize(Sitter sitter) throws IOException, InterruptedException {
        return send(sitter, HttpRequest.newBuilder(URI.create(base + "/sessions/" + sitter.sessionId + "/answers/1"))
                .PUT(body("{\"chosen\":[0]}"))).body().getBytes(StandardCharsets.UTF_8).length;
    }
}
