package io.aifashion.launcher.catalog;

import io.aifashion.catalog.application.ImportAbortedException;
import io.aifashion.catalog.application.ImportReport;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.infrastructure.importing.ProductSources;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ai-fashion import products FILE}: a product feed into the catalogue, with a progress bar
 * and the import report (rows created, updated, unchanged, failed with line and reason).
 */
@Command(name = "products",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Import products from a CSV file (the styles.csv layout: id,gender,masterCategory,subCategory,"
                        + "articleType,baseColour,season,year,usage,productDisplayName; or the catalogue's full layout, "
                        + "see docs/catalog.md) or JSON lines. Idempotent by SKU: importing the same file again changes nothing.",
                ""},
        footer = {"",
                "Examples:",
                "  ai-fashion import products ../shared/data/fashion/styles.csv",
                "  ai-fashion import products feed.jsonl --server http://localhost:8080 --token $ADMIN_TOKEN",
                "",
                "Exit status: 0 imported (rows that could not be are listed), 1 the import failed, 2 bad command line."})
public final class ImportProductsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The feed to import.")
    Path file;

    @Option(names = "--format", paramLabel = "csv|jsonl",
            description = "File format (default: jsonl for *.jsonl/*.ndjson, csv otherwise).")
    String format;

    @Option(names = "--json", description = "Print the import report as JSON on stdout.")
    boolean json;

    @Mixin
    CatalogueTarget target;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
        }
        String fmt = format == null ? ProductSources.formatOf(file.toString()) : format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv or jsonl");
        }
        if (target.viaServer() && target.direct) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --server or --direct, not both");
        }
        long size = Files.size(file);
        boolean large = size >= 1024 * 1024;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing " + file.getFileName())
                .setInitialMax(size).setUnit(large ? " MiB" : " B", large ? 1024 * 1024 : 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            JsonNode report = target.viaServer() ? viaServer(fmt, bar, err) : direct(fmt, bar, err);
            if (report == null) {
                return 1;
            }
            bar.stepTo(size);
            bar.close();
            print(report, out);
            return 0;
        }
    }

    private JsonNode direct(String fmt, ProgressBar bar, PrintWriter err) throws IOException {
        try (CatalogueTarget.Direct d = target.openDirect(err)) {
            ImportReport report = d.catalogue().importFile(file, fmt, (bytes, rows) -> bar.stepTo(bytes));
            return mapper.valueToTree(report);
        } catch (ImportAbortedException e) {
            err.println("error: " + e.getMessage());
            err.println("The batches before it are imported; run the same import again to finish (it is idempotent).");
            return null;
        } catch (InvalidProductException e) {
            err.println("error: " + e.getMessage());
            return null;
        } catch (UncheckedIOException | org.springframework.dao.DataAccessException e) {
            err.println("error: " + rootMessage(e));
            return null;
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.flywaydb") || e.getCause() instanceof java.sql.SQLException) {
                err.println("error: cannot use the database at " + target.database(System.getenv()).url() + ": "
                        + rootMessage(e));
                return null;
            }
            throw e;
        }
    }

    private JsonNode viaServer(String fmt, ProgressBar bar, PrintWriter err) throws IOException, InterruptedException {
        String token = target.token();
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--server needs an admin token: --token JWT or the AIFASHION_TOKEN environment variable");
        }
        AtomicLong sent = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.serverBase() + "/api/v1/products/imports?format=" + fmt))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", fmt.equals("csv") ? "text/csv" : "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, sent, bar)))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            err.println("error: cannot reach " + target.server + ": " + rootMessage(e));
            return null;
        }
        JsonNode body = response.body().isBlank() ? null : mapper.readTree(response.body());
        if (response.statusCode() != 200) {
            err.println("error: the server answered " + response.statusCode()
                    + (body != null && body.has("detail") ? ": " + body.get("detail").asString() : ""));
            return null;
        }
        return body;
    }

    private static InputStream counting(Path file, AtomicLong sent, ProgressBar bar) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bar.stepTo(sent.addAndGet(n));
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(JsonNode report, PrintWriter out) {
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "%s: %d rows (%s) in %.1f s, %d rows/s%n", file.getFileName(), report.get("rows").asLong(),
                report.get("layout").asString(), report.get("millis").asLong() / 1000.0,
                report.get("rowsPerSecond").asLong());
        out.printf(Locale.ROOT, "  imported %d: %d created, %d updated, %d unchanged%n", report.get("imported").asLong(),
                report.get("created").asLong(), report.get("updated").asLong(), report.get("unchanged").asLong());
        out.printf(Locale.ROOT, "  %d with a colour the dictionary does not know (kept as \"unknown\")%n",
                report.get("unknownColours").asLong());
        long failed = report.get("failed").asLong();
        out.printf(Locale.ROOT, "  %d could not be imported%s%n", failed, failed == 0 ? "" : ":");
        int shown = 0;
        for (JsonNode e : report.get("errors")) {
            if (shown++ == 50) {
                out.printf(Locale.ROOT, "    ... and %d more (use --json for the first %d)%n", failed - 50,
                        report.get("errors").size());
                break;
            }
            out.printf(Locale.ROOT, "    line %d: %s%n", e.get("line").asLong(), e.get("reason").asString());
        }
        out.flush();
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
