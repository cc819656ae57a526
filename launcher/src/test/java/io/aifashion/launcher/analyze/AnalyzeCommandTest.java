package io.aifashion.launcher.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnalyzeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Run(int exitCode, String out, String err) {
        List<JsonNode> lines() {
            List<JsonNode> l = new ArrayList<>();
            for (String s : out.split("\n")) {
                if (!s.isBlank()) {
                    l.add(JSON.readTree(s));
                }
            }
            return l;
        }
    }

    private static Run run(String... args) {
        CommandLine cli = new CommandLine(new AnalyzeCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A textured patch of #a07e56 (Monk 6) written as PNG or JPEG. */
    private static void patch(Path file, String format) throws IOException {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(5);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                int n = r.nextInt(5) - 2;
                img.setRGB(x, y, (0xA0 + n) << 16 | (0x7E + n) << 8 | (0x56 + n));
            }
        }
        assertThat(ImageIO.write(img, format, file.toFile())).isTrue();
    }

    private static void sky(Path file) throws IOException {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                img.setRGB(x, y, y < 120 ? (100 + y / 2) << 16 | (150 + y / 3) << 8 | 230 : 0x3C7A2A);
            }
        }
        ImageIO.write(img, "jpg", file.toFile());
    }

    @Test
    void writesOneJsonLinePerFileAndKeepsGoingPastBadFiles(@TempDir Path dir) throws IOException {
        sky(dir.resolve("a-landscape.jpg"));
        Files.write(dir.resolve("b-empty.jpg"), new byte[0]);
        Files.writeString(dir.resolve("c-document.jpg"), "%PDF-1.7\nnot a photo", StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("notes.txt"), "not picked up from a folder");
        Run r = run(dir.toString(), "--json", "--threads", "2");
        assertThat(r.exitCode()).as("a file failed").isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        JsonNode landscape = lines.get(0);
        assertThat(landscape.get("file").asString()).endsWith("a-landscape.jpg");
        assertThat(landscape.get("faces").size()).isZero();
        assertThat(landscape.get("retake").asString()).isEqualTo("no-face");
        assertThat(landscape.get("warnings").get(0).asString()).isEqualTo("no-face");
        assertThat(landscape.has("millis")).isTrue();
        assertThat(lines.get(1).get("error").get("code").asString()).isEqualTo("empty");
        assertThat(lines.get(2).get("error").get("code").asString()).isEqualTo("unsupported-format");
        assertThat(lines.get(2).get("error").get("message").asString()).contains("PDF");
        assertThat(r.err()).contains("c-document.jpg").contains("unsupported-format");
    }

    @Test
    void measuresACroppedSkinPatchWithoutFaceDetectionOnAnExtraScale(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("patch.png");
        patch(png, "png");
        Run r = run(png.toString(), "--json", "--no-face-detection", "--scale", "#f3e7db,#a07e56,#3a312a");
        assertThat(r.exitCode()).isZero();
        JsonNode face = r.lines().get(0).get("faces").get(0);
        assertThat(face.get("monkTone").asInt()).isEqualTo(6);
        assertThat(face.get("skinHex").asString()).startsWith("#");
        assertThat(face.get("skinLab").size()).isEqualTo(3);
        assertThat(face.get("scale").get("tone").asInt()).isEqualTo(2);
        assertThat(face.get("season").asString()).isNotBlank();
        assertThat(face.get("box").get("width").asInt()).isEqualTo(200);
        for (String k : new String[] {"confidence", "ita", "undertone", "hairHex", "eyeHex", "warnings"}) {
            assertThat(face.has(k)).as(k).isTrue();
        }
    }

    @Test
    void writesCsvAndReportImages(@TempDir Path dir) throws IOException {
        Path jpg = dir.resolve("patch.jpg");
        patch(jpg, "jpg");
        Path csv = dir.resolve("out.csv");
        Path reports = dir.resolve("reports");
        Run r = run(jpg.toString(), "--no-face-detection", "--csv", csv.toString(), "--report-dir", reports.toString());
        assertThat(r.exitCode()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(CsvOutput.HEADER);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(jpg.toString() + ",1,0,0,200,200,6,");
        byte[] png = Files.readAllBytes(reports.resolve("patch.report.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void refusesABadScaleAsACommandLineError(@TempDir Path dir) throws IOException {
        Path jpg = dir.resolve("patch.jpg");
        patch(jpg, "jpg");
        assertThat(run(jpg.toString(), "--scale", "#zzzzzz").exitCode()).isEqualTo(2);
        assertThat(run(jpg.toString(), "--threads", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void findsBothFacesInTheTwoPeoplePhoto() {
        Path photo = Path.of("../../shared/data/faces/fr_two_people_obama_biden.jpg");
        assumeTrue(Files.isRegularFile(photo), "shared face photos not found at ../../shared/data/faces: skipped");
        Run r = run(photo.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode line = r.lines().get(0);
        assertThat(line.get("faces").size()).isEqualTo(2);
        assertThat(line.get("warnings").toString()).contains("multiple-faces");
        for (JsonNode f : line.get("faces")) {
            assertThat(f.get("monkTone").asInt()).isBetween(1, 10);
        }
    }
}
