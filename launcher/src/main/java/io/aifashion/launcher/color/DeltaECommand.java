package io.aifashion.launcher.color;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code ai-fashion color delta-e}: reads {@code L1,a1,b1,L2,a2,b2} lines from standard input and
 * writes one CIEDE2000 value per line, in input order, with full double precision. A first line
 * that starts with a letter is a header and is skipped; blank lines are skipped. A malformed line is
 * reported on standard error with its line number, the other lines are still answered, and the exit
 * status is 1 if any line was malformed.
 */
@Command(name = "delta-e",
        mixinStandardHelpOptions = true,
        description = {"CIEDE2000 (Sharma, Wu & Dalal 2005) for each line L1,a1,b1,L2,a2,b2 of standard input.",
                "A header line is allowed. Malformed lines are reported on stderr with their line number; exit status 1 if any."})
public final class DeltaECommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream input;

    public DeltaECommand() {
        this(System.in);
    }

    DeltaECommand(InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int malformed = 0;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || (lineNumber == 1 && Character.isLetter(trimmed.charAt(0)))) {
                    continue;
                }
                try {
                    out.println(Double.toString(deltaE(trimmed)));
                } catch (IllegalArgumentException e) {
                    malformed++;
                    err.println("line " + lineNumber + ": " + e.getMessage());
                }
            }
        }
        out.flush();
        if (malformed > 0) {
            err.println(malformed + " malformed line" + (malformed == 1 ? "" : "s") + " skipped");
            err.flush();
            return 1;
        }
        return 0;
    }

    /** CIEDE2000 of one {@code L1,a1,b1,L2,a2,b2} line. @throws IllegalArgumentException saying what is wrong */
    static double deltaE(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new IllegalArgumentException("expected 6 comma-separated numbers L1,a1,b1,L2,a2,b2, got "
                    + fields.length + " field" + (fields.length == 1 ? "" : "s") + ": '" + line + "'");
        }
        String[] names = {"L1", "a1", "b1", "L2", "a2", "b2"};
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            try {
                v[i] = Double.parseDouble(fields[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(names[i] + " '" + fields[i].strip() + "' is not a number");
            }
        }
        return Ciede2000.deltaE(lab(1, v[0], v[1], v[2]), lab(2, v[3], v[4], v[5]));
    }

    private static Lab lab(int which, double l, double a, double b) {
        try {
            return new Lab(l, a, b);
        } catch (InvalidColorException e) {
            throw new IllegalArgumentException("colour " + which + ": " + e.getMessage());
        }
    }
}
