package io.aifashion.launcher.color;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ColorCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = new CommandLine(new ColorCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void describePrintsOneObjectPerColour() {
        Run r = run("describe", "#a07e56", "825c43");
        assertThat(r.exitCode()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.get("hex").asString()).isEqualTo("#a07e56");
        assertThat(first.get("monk").get("tone").asInt()).isEqualTo(6);
        assertThat(first.get("monk").get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(first.get("lab").get("l").asDouble()).isBetween(55.0, 55.2);
        assertThat(first.get("itaCategory").asString()).isEqualTo("tan");
        assertThat(first.get("undertone").asString()).isEqualTo("warm");
        assertThat(array.get(1).get("hex").asString()).isEqualTo("#825c43");
    }

    @Test
    void describeRejectsMalformedHexNamingIt() {
        Run r = run("describe", "#a07e56", "#zz0000");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'#zz0000'").contains("not a hexadecimal digit");
    }

    @Test
    void seasonPrintsAnalysisWithPalette() {
        Run r = run("season", "--skin", "#8d5a36", "--hair", "#2b1a10", "--eyes", "#3b2416");
        assertThat(r.exitCode()).isZero();
        JsonNode o = JsonMapper.builder().build().readTree(r.out());
        assertThat(o.get("season").asString()).isEqualTo("Deep Autumn");
        assertThat(o.get("scores").size()).isEqualTo(12);
        assertThat(o.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(o.get("explanation").asString()).startsWith("Deep Autumn:");
        assertThat(o.get("palette").get("wearable").size()).isGreaterThanOrEqualTo(24);
        assertThat(o.get("palette").get("personalised").asBoolean()).isTrue();
    }

    @Test
    void seasonWorksFromSkinAloneAndRejectsBadHex() {
        assertThat(run("season", "--skin", "#a07e56").exitCode()).isZero();
        Run bad = run("season", "--skin", "#a07e56", "--hair", "brown");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--hair").contains("'brown'");
        assertThat(run("season").exitCode()).isNotZero(); // --skin is required
    }
}
