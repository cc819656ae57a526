package io.aifashion.launcher.color;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaECommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin) {
        CommandLine cli = new CommandLine(new DeltaECommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void answersEachLineInOrderWithFullPrecisionAndSkipsTheHeader() {
        Run r = run("""
                L1,a1,b1,L2,a2,b2
                50.0000,2.6772,-79.7751,50.0000,0.0000,-82.7485
                50,0,0,50,0,0
                2.0776,0.0795,-1.1350,0.9033,-0.0636,-0.5514
                """);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(Double.parseDouble(lines[0])).isBetween(2.04245, 2.04255); // Sharma pair 1: 2.0425
        assertThat(lines[1]).isEqualTo("0.0");
        assertThat(Double.parseDouble(lines[2])).isBetween(0.90815, 0.90825); // Sharma pair 34: 0.9082
        assertThat(lines[0].length()).isGreaterThan(8); // Double.toString, not rounded
    }

    @Test
    void malformedLinesAreReportedWithTheirNumberAndTheRestStillAnswered() {
        Run r = run("1,2,3,4,5,6\nnot,a,number\n50,0,0,50,0\n\n50,0,0,150,0,0\n60,1,1,61,1,1\n70,x,0,70,0,0\n");
        assertThat(r.exitCode()).isEqualTo(1);
        String[] out = r.out().strip().split("\\R");
        assertThat(out).hasSize(2); // lines 1 and 6
        assertThat(r.err())
                .contains("line 2: expected 6 comma-separated numbers L1,a1,b1,L2,a2,b2, got 3 fields")
                .contains("line 3: expected 6 comma-separated numbers")
                .contains("line 5: colour 2: CIELAB L* must be a number in [0, 100]; got 150.0")
                .contains("line 7: a1 'x' is not a number")
                .contains("4 malformed lines");
        assertThat(r.err()).doesNotContain("line 1:").doesNotContain("line 6:");
    }

    @Test
    void aHeaderIsOnlyAcceptedOnTheFirstLine() {
        Run r = run("50,0,0,50,0,0\nL1,a1,b1,L2,a2,b2\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("line 2:");
    }

    @Test
    void emptyInputIsFine() {
        Run r = run("");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
    }
}
