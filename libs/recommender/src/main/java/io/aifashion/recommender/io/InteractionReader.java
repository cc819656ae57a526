package io.aifashion.recommender.io;

import io.aifashion.recommender.data.EventType;
import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionLog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads interaction files into a log.
 *
 * <p>With a positive threshold (e.g. 4 on MovieLens' 1–5 stars) rows whose rating/weight is below it
 * are dropped and the rest become positives of weight 1 — the usual way to turn explicit ratings
 * into implicit feedback. Without one, the value itself is the implicit weight (negative = dislike).
 */
public final class InteractionReader {

    private final EventWeights eventWeights;

    public InteractionReader(EventWeights eventWeights) {
        this.eventWeights = eventWeights;
    }

    public InteractionReader() {
        this(EventWeights.defaults());
    }

    /**
     * @param threshold positive threshold, or empty to keep values as weights
     * @param into      the builder to fill (e.g. {@code InteractionLog.builder(catalogue.items())})
     * @throws InputFormatException  on a malformed line (nothing is returned)
     * @throws UncheckedIOException  if the file cannot be read
     */
    public ReadSummary read(Path file, InteractionFileFormat format, OptionalDouble threshold, InteractionLog.Builder into) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), format, threshold, into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public ReadSummary read(BufferedReader reader, String source, InteractionFileFormat format, OptionalDouble threshold,
                            InteractionLog.Builder into) throws IOException {
        Counters counters = new Counters();
        if (format == InteractionFileFormat.MOVIELENS) {
            readMovieLens(reader, source, threshold, into, counters);
        } else {
            readCsv(reader, source, threshold, into, counters);
        }
        if (counters.lines == 0) {
            throw new InputFormatException(source, Math.max(1, counters.lineNumber), "no interactions found");
        }
        return new ReadSummary(into.build(), counters.lines, counters.belowThreshold, counters.zero);
    }

    private void readMovieLens(BufferedReader reader, String source, OptionalDouble threshold, InteractionLog.Builder into,
                               Counters counters) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            counters.lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.contains("::") ? trimmed.split("::") : trimmed.split("\\s+");
            if (parts.length < 3) {
                throw new InputFormatException(source, counters.lineNumber,
                        "expected user, item, rating and timestamp separated by tabs, got '" + abbreviate(line) + "'");
            }
            double value = number(parts[2], "rating", source, counters.lineNumber);
            long time = parts.length > 3 ? (long) number(parts[3], "timestamp", source, counters.lineNumber) : 0L;
            accept(parts[0], parts[1], value, time, threshold, into, counters, source);
        }
    }

    private void readCsv(BufferedReader reader, String source, OptionalDouble threshold, InteractionLog.Builder into,
                         Counters counters) throws IOException {
        String header = null;
        while (header == null) {
            String line = reader.readLine();
            if (line == null) {
                throw new InputFormatException(source, Math.max(1, counters.lineNumber), "empty file: expected a header line");
            }
            counters.lineNumber++;
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                header = line.startsWith("\uFEFF") ? line.substring(1) : line;
            }
        }
        List<String> columns = CsvLine.split(header).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int user = column(columns, "user", "user_id", "userid");
        int item = column(columns, "item", "item_id", "itemid", "product", "product_id");
        int value = column(columns, "rating", "weight", "value");
        int event = column(columns, "event", "event_type", "type");
        int time = column(columns, "timestamp", "time", "ts");
        if (user < 0 || item < 0 || (value < 0 && event < 0)) {
            throw new InputFormatException(source, counters.lineNumber,
                    "header must name user, item and rating|weight (or event) columns, got '" + abbreviate(header) + "'");
        }
        String line;
        while ((line = reader.readLine()) != null) {
            counters.lineNumber++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<String> f = CsvLine.split(line);
            int needed = Math.max(Math.max(user, item), Math.max(value, Math.max(event, time)));
            if (f.size() <= needed) {
                throw new InputFormatException(source, counters.lineNumber,
                        "expected " + columns.size() + " fields, got " + f.size() + ": '" + abbreviate(line) + "'");
            }
            double weight;
            if (value >= 0 && !f.get(value).isEmpty()) {
                weight = number(f.get(value), columns.get(value), source, counters.lineNumber);
            } else if (event >= 0) {
                try {
                    weight = eventWeights.weightOf(EventType.parse(f.get(event)));
                } catch (IllegalArgumentException e) {
                    throw new InputFormatException(source, counters.lineNumber, e.getMessage());
                }
            } else {
                throw new InputFormatException(source, counters.lineNumber, "missing " + columns.get(value));
            }
            long t = time >= 0 && !f.get(time).isEmpty() ? (long) number(f.get(time), "timestamp", source, counters.lineNumber) : 0L;
            accept(f.get(user), f.get(item), weight, t, threshold, into, counters, source);
        }
    }

    private static void accept(String user, String item, double value, long time, OptionalDouble threshold,
                               InteractionLog.Builder into, Counters counters, String source) {
        counters.lines++;
        if (user.isBlank() || item.isBlank()) {
            throw new InputFormatException(source, counters.lineNumber, "user and item must not be blank");
        }
        double weight = value;
        if (threshold.isPresent()) {
            if (value < threshold.getAsDouble()) {
                counters.belowThreshold++;
                return;
            }
            weight = 1;
        } else if (value == 0) {
            counters.zero++;
            return;
        }
        try {
            into.add(user, item, weight, time);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, counters.lineNumber, e.getMessage());
        }
    }

    private static int column(List<String> columns, String... names) {
        for (String n : names) {
            int i = columns.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static double number(String text, String what, String source, long line) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, line, what + " '" + abbreviate(text) + "' is not a number");
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static final class Counters {
        long lineNumber;
        long lines;
        long belowThreshold;
        long zero;
    }
}
