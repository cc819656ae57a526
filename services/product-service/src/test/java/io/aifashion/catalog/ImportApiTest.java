package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aifashion.color.naming.ColorNameDictionary;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Imports over HTTP: both CSV layouts and JSON lines, reports, idempotence, batches. */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class ImportApiTest extends CatalogueTestBase {

    /** The Fashion Product Images styles.csv (licence unknown: read in place, never copied). */
    static Path stylesCsv() {
        String configured = System.getProperty("aifashion.styles-csv");
        return configured != null ? Path.of(configured) : Path.of("../../../shared/data/fashion/styles.csv");
    }

    @Autowired
    MeterRegistry meters;

    double importedRows(String outcome) {
        Counter c = meters.find("aifashion.catalog.import.rows").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    long outboxRows() {
        return count("select count(*) from outbox_event");
    }

    HttpResponse<String> importCsv(String csv, String token) {
        return send("POST", "/api/v1/products/imports", "text/csv", csv, token);
    }

    @Test
    void importsStylesCsvAndAReimportChangesNothing() throws IOException {
        Path file = stylesCsv();
        assumeTrue(Files.isReadable(file), "styles.csv not found at " + file.toAbsolutePath()
                + " (set -Daifashion.styles-csv=...); skipping the real-feed import test");
        List<String> lines = Files.readAllLines(file);
        long dataRows = lines.stream().skip(1).filter(l -> !l.isBlank()).count();
        long unknown = lines.stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1))
                .filter(f -> f.length < 6 || ColorNameDictionary.standard().lookup(f[5]).isEmpty())
                .count();
        String csv = String.join("\n", lines);

        long outboxBefore = outboxRows();
        JsonNode first = ok(importCsv(csv, ADMIN));
        assertThat(first.get("layout").asString()).isEqualTo("csv/styles");
        assertThat(first.get("rows").asLong()).isEqualTo(dataRows);
        assertThat(first.get("failed").asLong()).isEqualTo(first.get("errors").size());
        assertThat(first.get("created").asLong() + first.get("updated").asLong() + first.get("unchanged").asLong()
                + first.get("failed").asLong()).isEqualTo(dataRows);
        assertThat(first.get("unknownColours").asLong()).isEqualTo(unknown);
        long changed = first.get("created").asLong() + first.get("updated").asLong();
        assertThat(outboxRows() - outboxBefore).as("one event per changed product").isEqualTo(changed);
        System.out.printf("styles.csv import: %d rows in %d ms (%d rows/s)%n", dataRows, first.get("millis").asLong(),
                first.get("rowsPerSecond").asLong());

        // A product from the file, as imported.
        JsonNode listed = ok(get("/api/v1/products?q=" + enc("Turtle Check Navy Blue Shirt") + "&limit=5"));
        JsonNode shirt = listed.get("items").get(0).get("product");
        assertThat(shirt.get("sku").asString()).isEqualTo("15970");
        assertThat(shirt.get("brand").asString()).isEqualTo("Turtle Check");
        assertThat(shirt.get("primaryColor").get("family").asString()).isEqualTo("blue");

        long outboxAfterFirst = outboxRows();
        JsonNode again = ok(importCsv(csv, ADMIN));
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(first.get("created").asLong()
                + first.get("updated").asLong() + first.get("unchanged").asLong());
        assertThat(outboxRows()).as("an idempotent re-import publishes nothing").isEqualTo(outboxAfterFirst);
    }

    @Test
    void reportsEveryBadRowByLineAndImportsEveryGoodOne() {
        String csv = """
                id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName
                900001,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Acme Men Navy Blue Shirt
                ,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Acme Men No Id Shirt
                900003,Men,Apparel,Topwear,Shirts,Blue,Fall,twenty,Casual,Acme Men Blue Shirt
                900004,Martian,Apparel,Topwear,Shirts,Blue,Fall,2011,Casual,Acme Martian Shirt
                900005,Women,Apparel,Topwear,Tops,Multi,Summer,2012,Casual,Acme Women Multi Top, Printed
                900006,Women,Apparel,Topwear,Tops,Multi,Summer,2012,Casual,Acme Women Multi Top
                900001,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Acme Men Navy Blue Shirt Again
                900008,Women,Apparel,Topwear,Tops,NA,Summer,,NA,Acme Women Top
                """;
        double imported = importedRows("imported");
        double rejected = importedRows("rejected");
        double unknown = importedRows("unknown-colour");
        JsonNode report = ok(importCsv(csv, ADMIN));
        assertThat(importedRows("imported") - imported).isEqualTo(3);
        assertThat(importedRows("rejected") - rejected).isEqualTo(5);
        assertThat(importedRows("unknown-colour") - unknown).isEqualTo(2);
        assertThat(report.get("rows").asLong()).isEqualTo(8);
        assertThat(report.get("created").asLong()).isEqualTo(3);
        assertThat(report.get("failed").asLong()).isEqualTo(5);
        assertThat(report.get("unknownColours").asLong()).isEqualTo(2);
        JsonNode errors = report.get("errors");
        assertThat(errors.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(errors.get(0).get("reason").asString()).isEqualTo("missing id");
        assertThat(errors.get(1).get("line").asLong()).isEqualTo(4);
        assertThat(errors.get(1).get("reason").asString()).contains("year 'twenty' is not a whole number");
        assertThat(errors.get(2).get("line").asLong()).isEqualTo(5);
        assertThat(errors.get(2).get("reason").asString()).contains("gender 'Martian'");
        assertThat(errors.get(3).get("line").asLong()).isEqualTo(6);
        assertThat(errors.get(3).get("reason").asString()).contains("expected 10 fields, found 11");
        assertThat(errors.get(4).get("line").asLong()).isEqualTo(8);
        assertThat(errors.get(4).get("reason").asString()).contains("duplicate sku 900001 (first on line 2)");
        JsonNode multi = ok(get("/api/v1/products?q=" + enc("Acme Multi Top") + "&limit=5")).get("items").get(0)
                .get("product");
        assertThat(multi.get("primaryColor").get("name").asString()).isEqualTo("Multi");
        assertThat(multi.get("primaryColor").get("family").asString()).isEqualTo("unknown");
        assertThat(multi.get("primaryColor").get("hex").isNull()).isTrue();
    }

    @Test
    void importsTheFullLayoutAndJsonLines() {
        String csv = """
                sku,name,brand,gender,masterCategory,subCategory,articleType,price,currency,sizes,primaryColorName,primaryColorHex,secondaryColors,shadeName,shadeHex,availability
                F-900,Skin Tint 220 Warm Beige,Acme Beauty,women,Personal Care,Makeup,Foundation and Primer,29.90,EUR,30 ml,Skin,#c89f7c,,220 Warm Beige,#c89f7c,in_stock
                D-900,"Wrap Dress, Midi",Acme,women,Apparel,Dress,Dresses,89.00,EUR,S|M|L,Emerald,,Gold:#d4af37,,,preorder
                """;
        JsonNode report = ok(importCsv(csv, ADMIN));
        assertThat(report.get("layout").asString()).isEqualTo("csv/full");
        assertThat(report.get("created").asLong()).isEqualTo(2);
        JsonNode dress = ok(get("/api/v1/products?q=" + enc("Acme wrap dress"))).get("items").get(0).get("product");
        assertThat(dress.get("name").asString()).isEqualTo("Wrap Dress, Midi");
        assertThat(dress.get("primaryColor").get("hex").asString()).isEqualTo("#50c878");
        assertThat(dress.get("secondaryColors").get(0).get("name").asString()).isEqualTo("Gold");
        assertThat(dress.get("availability").asString()).isEqualTo("preorder");
        assertThat(dress.get("inStock").asBoolean()).isFalse();

        String jsonl = """
                {"sku":"J-900","name":"Acme Linen Trousers","brand":"Acme","gender":"women","masterCategory":"Apparel","subCategory":"Bottomwear","articleType":"Trousers","price":69,"currency":"EUR","sizes":["S","M"],"primaryColor":{"name":"Sage","hex":"#9caf88"}}
                {"sku":"J-901","name":"Acme Bad","gender":"women","masterCategory":"Apparel","subCategory":"Bottomwear","articleType":"Trousers","price":"ten","currency":"EUR"}
                """;
        JsonNode jr = ok(send("POST", "/api/v1/products/imports", "application/x-ndjson", jsonl, ADMIN));
        assertThat(jr.get("layout").asString()).isEqualTo("jsonl");
        assertThat(jr.get("created").asLong()).isEqualTo(1);
        assertThat(jr.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(jr.get("errors").get(0).get("reason").asString()).contains("price 'ten' is not a number");
    }

    @Test
    void aFileItCannotReadImportsNothing() {
        long before = count("select count(*) from product");
        badRequest(importCsv("colour,size\nred,M\n", ADMIN), "file");
        HttpResponse<String> unsupported = send("POST", "/api/v1/products/imports", "application/pdf", "%PDF", ADMIN);
        assertThat(unsupported.statusCode()).isEqualTo(415);
        badRequest(send("POST", "/api/v1/products/imports?format=xml", "text/csv", "sku\n", ADMIN), "format");
        assertThat(count("select count(*) from product")).isEqualTo(before);
    }

    @Test
    void aBatchTheDatabaseRefusesLeavesNothingAndEarlierBatchesStay() {
        // A real database failure in the second batch: a trigger that rejects one SKU.
        jdbc.sql("""
                create or replace function reject_poison() returns trigger language plpgsql as $$
                begin
                  if new.sku = 'POISON' then raise exception 'poisoned row'; end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger reject_poison before insert on product for each row execute function reject_poison()")
                .update();
        try {
            StringBuilder csv = new StringBuilder("sku,name,gender,masterCategory,subCategory,articleType\n");
            for (int i = 0; i < 1500; i++) {
                String sku = i == 1200 ? "POISON" : "BATCH-" + i;
                csv.append(sku).append(",Batch Item ").append(i).append(",unisex,Accessories,Bags,Backpacks\n");
            }
            HttpResponse<String> r = importCsv(csv.toString(), ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            JsonNode problem = json.readTree(r.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://aifashion.io/problems/import-aborted");
            assertThat(problem.get("failedBatchFirstLine").asLong()).isEqualTo(1002);
            assertThat(problem.get("created").asLong()).isEqualTo(1000);
            assertThat(r.body()).doesNotContain("poisoned row");
            assertThat(count("select count(*) from product where sku like 'BATCH-%'")).isEqualTo(1000);
            assertThat(count("select count(*) from product where sku in ('BATCH-1000', 'BATCH-1499')")).isZero();
        } finally {
            jdbc.sql("drop trigger reject_poison on product").update();
        }
    }

    @Test
    void twoImportsAtOnceAreSerialisedAndPublishOneEventPerProduct() throws Exception {
        // Each import writes its own batches side by side under the shared catalogue lock; the
        // bulk-writer lock must keep a second import from inserting the same SKUs beside it.
        StringBuilder csv = new StringBuilder("sku,name,gender,masterCategory,subCategory,articleType\n");
        for (int i = 0; i < 3500; i++) {
            csv.append("TWICE-").append(i).append(",Twice Item ").append(i).append(",unisex,Accessories,Bags,Backpacks\n");
        }
        long outboxBefore = outboxRows();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> importCsv(csv.toString(), ADMIN));
            var b = pool.submit(() -> importCsv(csv.toString(), ADMIN));
            JsonNode ra = ok(a.get());
            JsonNode rb = ok(b.get());
            assertThat(ra.get("created").asLong() + rb.get("created").asLong()).isEqualTo(3500);
            assertThat(ra.get("unchanged").asLong() + rb.get("unchanged").asLong()).isEqualTo(3500);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from product where sku like 'TWICE-%'")).isEqualTo(3500);
        assertThat(outboxRows() - outboxBefore).as("one event per created product").isEqualTo(3500);
    }
}
