package io.aifashion.launcher.catalog;

import io.aifashion.catalog.application.RegenerateDemoCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ai-fashion demo-data}: (re)generates the demo catalogue — products across genders,
 * categories and the whole colour wheel, with a few hundred foundation shades over the Monk scale.
 * Products that are not demo products are left alone.
 */
@Command(name = "demo-data",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Regenerate the demo catalogue (SKUs DEMO-...): the same size and seed always give the same"
                + " products, so running it twice changes nothing; a smaller size removes the surplus demo products.", ""},
        footer = {"", "Examples:", "  ai-fashion demo-data --products 20000",
                "  ai-fashion demo-data --server http://localhost:8080 --token $ADMIN_TOKEN", "",
                "Exit status: 0 done, 1 failed, 2 bad command line."})
public final class DemoDataCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--products", defaultValue = "6000", description = "Products to generate (default: ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    int seed;

    @Mixin
    CatalogueTarget target;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (products < 1 || products > 5_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--products must be between 1 and 5000000");
        }
        if (target.viaServer() && target.direct) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --server or --direct, not both");
        }
        JsonNode report;
        if (target.viaServer()) {
            report = viaServer(err);
        } else {
            try (CatalogueTarget.Direct d = target.openDirect(err);
                 ProgressBar bar = new ProgressBarBuilder().setTaskName("Generating").setInitialMax(products)
                         .setStyle(ProgressBarStyle.ASCII)
                         .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
                RegenerateDemoCatalogue.Report r = d.catalogue().regenerateDemo(products, seed,
                        (bytes, rows) -> bar.stepTo(rows));
                report = JsonMapper.builder().build().valueToTree(r);
            } catch (RuntimeException e) {
                err.println("error: " + ImportProductsCommand.rootMessage(e));
                return 1;
            }
        }
        if (report == null) {
            return 1;
        }
        out.printf(Locale.ROOT, "demo catalogue of %d products in %.1f s: %d created, %d updated, %d unchanged, %d removed%n",
                report.get("products").asLong(), report.get("millis").asLong() / 1000.0, report.get("created").asLong(),
                report.get("updated").asLong(), report.get("unchanged").asLong(), report.get("removed").asLong());
        out.flush();
        return 0;
    }

    private JsonNode viaServer(PrintWriter err) throws InterruptedException {
        String token = target.token();
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--server needs an admin token: --token JWT or the AIFASHION_TOKEN environment variable");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.serverBase()
                        + "/api/v1/products/demo-data?products=" + products + "&seed=" + seed))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : JsonMapper.builder().build().readTree(response.body());
            if (response.statusCode() != 200) {
                err.println("error: the server answered " + response.statusCode()
                        + (body != null && body.has("detail") ? ": " + body.get("detail").asString() : ""));
                return null;
            }
            return body;
        } catch (IOException e) {
            err.println("error: cannot reach " + target.server + ": " + ImportProductsCommand.rootMessage(e));
            return null;
        }
    }
}
