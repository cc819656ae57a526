package io.aifashion.catalog.web;

import io.aifashion.catalog.application.ImportProducts;
import io.aifashion.catalog.application.ImportProgress;
import io.aifashion.catalog.application.ImportReport;
import io.aifashion.catalog.application.RegenerateDemoCatalogue;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.infrastructure.config.CatalogueProperties;
import io.aifashion.catalog.infrastructure.importing.CountingInputStream;
import io.aifashion.catalog.infrastructure.importing.ProductSources;
import io.aifashion.kit.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bulk catalogue writes for ADMIN: feed imports and the demo catalogue. */
@RestController
@RequestMapping("/api/v1/products")
public class ImportController {

    /** Largest demo catalogue the API generates (the CLI's direct mode is for bigger ones). */
    static final int MAX_DEMO_PRODUCTS = 200_000;

    private final ImportProducts imports;
    private final RegenerateDemoCatalogue demo;
    private final ProductSources sources;
    private final CatalogueProperties props;

    public ImportController(ImportProducts imports, RegenerateDemoCatalogue demo, ProductSources sources,
                            CatalogueProperties props) {
        this.imports = imports;
        this.demo = demo;
        this.sources = sources;
        this.props = props;
    }

    /**
     * Imports the request body: CSV ({@code text/csv}) in the styles.csv or the full layout, or
     * JSON lines ({@code application/x-ndjson}, {@code application/jsonl}); {@code ?format=csv|jsonl}
     * overrides the content type. Answers with the import report.
     */
    @PostMapping("/imports")
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importFeed(HttpServletRequest request) throws IOException {
        QueryParams p = new QueryParams(request.getParameterMap(), Set.of("format"));
        String format = p.text("format");
        if (format == null) {
            format = formatOf(request.getContentType());
        } else if (!Set.of("csv", "jsonl", "ndjson").contains(format.toLowerCase(Locale.ROOT))) {
            throw ApiProblem.badRequest("format", "format '" + format + "' is not csv or jsonl");
        }
        long length = request.getContentLengthLong();
        if (length > props.importMaxBytes()) {
            throw tooLarge();
        }
        InputStream body = request.getInputStream();
        try (ProductSource source = sources.open(format, body, props.importMaxBytes())) {
            return imports.run(source, ImportProgress.NONE);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CountingInputStream.TooLargeException) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Import too large",
                "an import may be at most " + props.importMaxBytes() + " bytes; split the file", Map.of());
    }

    private static String formatOf(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return "csv";
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/x-jsonlines") || type.startsWith("application/jsonlines")) {
            return "jsonl";
        }
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send text/csv or application/x-ndjson, or say ?format=csv|jsonl", Map.of());
    }

    /**
     * Regenerates the demo catalogue with {@code products} products (default 6000) from
     * {@code seed}; other products are left alone.
     */
    @PostMapping("/demo-data")
    @PreAuthorize("hasRole('ADMIN')")
    public RegenerateDemoCatalogue.Report regenerateDemo(HttpServletRequest request) {
        QueryParams p = new QueryParams(request.getParameterMap(), Set.of("products", "seed"));
        int products = p.integer("products", 6000);
        if (products < 1 || products > MAX_DEMO_PRODUCTS) {
            throw ApiProblem.badRequest("products", "products must be between 1 and " + MAX_DEMO_PRODUCTS
                    + "; got " + products);
        }
        long seed = p.integer("seed", 42);
        return demo.run(products, seed, ImportProgress.NONE);
    }
}
