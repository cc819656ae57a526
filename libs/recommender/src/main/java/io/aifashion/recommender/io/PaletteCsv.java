package io.aifashion.recommender.io;

import io.aifashion.recommender.content.FeatureVector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known user palettes as CSV: a header with at least {@code user} and {@code palette} columns;
 * a palette is colours separated by {@code ;}, each colour's coordinates by spaces.
 */
public final class PaletteCsv {

    public Map<String, List<FeatureVector>> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Map<String, List<FeatureVector>> read(BufferedReader reader, String source) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new InputFormatException(source, 1, "empty file: expected a header with user and palette");
        }
        List<String> columns = CsvLine.split(header.startsWith("\uFEFF") ? header.substring(1) : header)
                .stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int user = columns.indexOf("user");
        int palette = columns.indexOf("palette");
        if (user < 0 || palette < 0) {
            throw new InputFormatException(source, 1, "header must name user and palette columns");
        }
        Map<String, List<FeatureVector>> out = new LinkedHashMap<>();
        String line;
        long lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() <= Math.max(user, palette)) {
                throw new InputFormatException(source, lineNumber, "expected " + columns.size() + " fields, got " + f.size());
            }
            try {
                out.put(f.get(user), parsePalette(f.get(palette)));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, lineNumber, "bad palette: " + e.getMessage());
            }
        }
        return out;
    }

    static List<FeatureVector> parsePalette(String text) {
        List<FeatureVector> colours = new ArrayList<>();
        for (String colour : text.split(";")) {
            if (colour.isBlank()) {
                continue;
            }
            String[] parts = colour.strip().split("\\s+");
            double[] v = new double[parts.length];
            for (int k = 0; k < parts.length; k++) {
                v[k] = Double.parseDouble(parts[k]);
            }
            colours.add(FeatureVector.of(v));
        }
        return colours;
    }

    static String formatPalette(List<FeatureVector> palette) {
        StringBuilder sb = new StringBuilder();
        for (FeatureVector c : palette) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(CatalogueCsv.coordinates(c));
        }
        return sb.toString();
    }
}
