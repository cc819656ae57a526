package io.aifashion.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates signed-in test shoppers through the gateway with the real sign-up flow: register,
 * verify with the link from the mail drop, log in. Sign-in is deliberately expensive (Argon2id,
 * docs/security.md), so this runs before the measured part, a few accounts at a time; the
 * gateway's {@code auth} rate limit must be raised for it
 * ({@code AIFASHION_EDGE_RATELIMITS_AUTH_TOKENSPERSECOND}, bench/load/run.sh).
 */
public final class ShopperAccounts {

    private static final String PASSWORD = "violet-harbour-lantern-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final MailDrop mailDrop;

    public ShopperAccounts(String baseUrl, MailDrop mailDrop) {
        this.baseUrl = baseUrl;
        this.mailDrop = mailDrop;
    }

    public static List<Shopper> create(LoadSettings s, String prefix) {
        MailDrop drop = new MailDrop(s.mailRoot(), Instant.now().minusSeconds(2));
        return new ShopperAccounts(s.baseUrl(), drop).create(s.shoppers(), prefix + "-" + s.runId());
    }

    public List<Shopper> create(int count, String tag) {
        Set<String> emails = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            emails.add("load-" + tag + "-" + i + "@example.com");
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> registered = new ArrayList<>();
            int i = 0;
            for (String email : emails) {
                int n = i++;
                registered.add(pool.submit(() -> expect(post("/api/v1/auth/register", Map.of("email", email,
                        "password", PASSWORD, "displayName", "Load Shopper " + n)), 202, "register " + email)));
            }
            await(registered);
            Map<String, String> tokens = mailDrop.verificationTokens(emails, Duration.ofSeconds(120));
            List<Future<Shopper>> shoppers = new ArrayList<>();
            for (String email : emails) {
                shoppers.add(pool.submit(() -> {
                    expect(post("/api/v1/auth/verify", Map.of("token", tokens.get(email))), 204, "verify " + email);
                    HttpResponse<String> login = expect(post("/api/v1/auth/login",
                            Map.of("email", email, "password", PASSWORD)), 200, "login " + email);
                    return new Shopper(email, JSON.readTree(login.body()).get("accessToken").asString());
                }));
            }
            List<Shopper> out = new ArrayList<>();
            for (Future<Shopper> f : shoppers) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating shoppers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("creating shoppers failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static void await(List<Future<?>> fs) throws InterruptedException, java.util.concurrent.ExecutionException {
        for (Future<?> f : fs) {
            f.get();
        }
    }

    /** Parses a JSON body (for callers that read ids out of answers). */
    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
