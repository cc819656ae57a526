package io.aifashion.launcher.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** 120 users in three taste groups over 90 items, MovieLens layout. */
    private static Path movieLensFile(Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder();
        for (int u = 1; u <= 120; u++) {
            int group = u % 3;
            for (int n = 0; n < 15; n++) {
                int item = r.nextDouble() < 0.8 ? 1 + group * 30 + r.nextInt(30) : 1 + r.nextInt(90);
                sb.append(u).append('\t').append(item).append('\t').append(3 + r.nextInt(3)).append('\t')
                        .append(880_000_000 + r.nextInt(1_000_000)).append('\n');
            }
        }
        Path file = dir.resolve("u.data");
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void jsonReportHasOneEntryPerAlgorithmWithNdcgAndNothingElseOnStdout(@TempDir Path dir) throws Exception {
        Path file = movieLensFile(dir);
        int code = run("--interactions", file.toString(), "--format", "movielens", "--positive-threshold", "4",
                "--split", "random", "--test-fraction", "0.2", "--seed", "42", "--k", "10", "--json", "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.get("protocol").get("split").asString()).isEqualTo("random");
        assertThat(root.get("protocol").get("positiveThreshold").asDouble()).isEqualTo(4.0);
        JsonNode results = root.get("results");
        assertThat(results).hasSize(4);
        for (JsonNode r : results) {
            assertThat(r.get("algorithm").asString()).isIn("pop", "itemknn", "ials", "ease");
            for (String key : new String[] {"precision", "recall", "ndcg", "map", "coverage", "trainSeconds", "scoringMillisPerUser"}) {
                assertThat(r.has(key)).as(key).isTrue();
            }
            assertThat(r.get("ndcg").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(err.toString()).contains("validation nDCG@10");
    }

    @Test
    void tableIsTheDefaultAndTheSameSeedGivesTheSameNumbers(@TempDir Path dir) throws Exception {
        Path file = movieLensFile(dir);
        String[] args = {"--interactions", file.toString(), "--positive-threshold", "4", "--algorithms", "pop,itemknn",
                "--no-tune", "--threads", "1"};
        assertThat(run(args)).isZero();
        String first = out.toString();
        assertThat(first).contains("nDCG@10").contains("precision@10").contains("MAP@10").contains("coverage")
                .contains("score ms/user").contains("itemknn");
        out.getBuffer().setLength(0);
        assertThat(run(args)).isZero();
        assertThat(metricColumns(out.toString())).isEqualTo(metricColumns(first));
    }

    private static String metricColumns(String table) {
        StringBuilder sb = new StringBuilder();
        for (String line : table.split("\n")) {
            if (line.startsWith("pop") || line.startsWith("itemknn")) {
                String[] f = line.trim().split("\\s+");
                sb.append(String.join(" ", f[0], f[1], f[2], f[3], f[4], f[5])).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void generatesTheSyntheticShopAndEvaluatesTheHybridOnIt(@TempDir Path dir) {
        Path shop = dir.resolve("shop");
        assertThat(run("--generate-synthetic", shop.toString(), "--users", "400", "--items", "150", "--seed", "3")).isZero();
        assertThat(shop.resolve("interactions.csv")).exists();
        assertThat(shop.resolve("items.csv")).exists();
        assertThat(shop.resolve("users.csv")).exists();
        out.getBuffer().setLength(0);
        int code = run("--interactions", shop.toString(), "--algorithms", "pop,ease,content,hybrid", "--no-tune", "--json",
                "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString()).get("results");
        assertThat(results).extracting(r -> r.get("algorithm").asString()).containsExactly("pop", "ease", "content", "hybrid");
        assertThat(results.get(3).get("parameters").get("base").asString()).isEqualTo("ease");
    }

    @Test
    void badInputIsReportedWithItsLineAndExitStatusOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.data");
        Files.writeString(file, "1\t2\t5\t100\n1\tx\n");
        assertThat(run("--interactions", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 2");
        assertThat(out.toString()).isEmpty();

        assertThat(run("--interactions", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void usageErrorsExitWithStatusTwo(@TempDir Path dir) throws Exception {
        Path file = movieLensFile(dir);
        assertThat(run()).isEqualTo(2);
        assertThat(run("--interactions", file.toString(), "--algorithms", "hybrid")).isEqualTo(2);
        assertThat(err.toString()).contains("--item-features");
        assertThat(run("--interactions", file.toString(), "--algorithms", "magic")).isEqualTo(2);
        assertThat(run("--interactions", file.toString(), "--split", "k-fold")).isEqualTo(2);
        assertThat(run("--interactions", file.toString(), "--test-fraction", "1.5")).isEqualTo(2);
    }
}
