package io.aifashion.launcher.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ai-fashion admin rebuild-recommendations}: asks the recommendation service to throw away the
 * read models derived from the interaction log and rebuild them by replaying the log
 * ({@code POST /api/v1/recommendations/rebuild}); with {@code --train}, then retrains the models.
 */
@Command(name = "rebuild-recommendations",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Rebuild the recommendation read models by replaying the interaction log. The models are kept,"
                + " so recommendations come out the same; add --train to retrain them afterwards.", ""},
        footer = {"", "Examples:", "  ai-fashion admin rebuild-recommendations --token $ADMIN_TOKEN",
                "  ai-fashion admin rebuild-recommendations --server https://shop.example --train", "",
                "Exit status: 0 done, 1 the server refused or failed, 2 bad command line, 3 server unreachable."})
public final class RebuildRecommendationsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "The gateway (or the recommendation service) to call (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--token", paramLabel = "JWT", description = "Admin access token (default: $AIFASHION_TOKEN).")
    String token;

    @Option(names = "--train", description = "Retrain the models after the rebuild.")
    boolean train;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for the server (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String jwt = token != null ? token : System.getenv("AIFASHION_TOKEN");
        if (jwt == null || jwt.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "an admin token is needed: --token JWT or the AIFASHION_TOKEN environment variable");
        }
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        URI base;
        try {
            base = URI.create(server.endsWith("/") ? server.substring(0, server.length() - 1) : server);
            if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server '" + server + "' is not a URL: "
                    + e.getMessage());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            JsonNode rebuilt = post(http, base + "/api/v1/recommendations/rebuild", jwt, err);
            if (rebuilt == null) {
                return 1;
            }
            out.printf(Locale.ROOT, "replayed %d interactions of %d users into %d user-product pairs in %.1f s%n",
                    rebuilt.get("replayedInteractions").asLong(), rebuilt.get("users").asLong(),
                    rebuilt.get("userProductPairs").asLong(), rebuilt.get("tookMillis").asLong() / 1000.0);
            if (train) {
                JsonNode trained = post(http, base + "/api/v1/recommendations/models/train", jwt, err);
                if (trained == null) {
                    return 1;
                }
                out.printf(Locale.ROOT, "trained models over %d products and %d users in %.1f s: %s%n",
                        trained.get("products").asLong(), trained.path("users").asLong(),
                        trained.path("tookMillis").asLong() / 1000.0, trained.get("models"));
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("error: cannot reach " + server + ": " + e.getMessage());
            return 3;
        }
    }

    private JsonNode post(HttpClient http, String url, String jwt, PrintWriter err)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + jwt)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        try {
            body = response.body().isBlank() ? null : json.readTree(response.body());
        } catch (RuntimeException notJson) {
            // an HTML error page from a proxy, say; reported by status below
        }
        if (response.statusCode() != 200) {
            err.println("error: " + url + " answered " + response.statusCode()
                    + (body != null && body.has("detail") ? ": " + body.get("detail").asString() : ""));
            return null;
        }
        return body;
    }
}
