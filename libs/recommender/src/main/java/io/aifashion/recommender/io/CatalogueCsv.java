package io.aifashion.recommender.io;

import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Product features as CSV: header {@code item,category,price,colour}, where {@code colour} holds
 * the colour coordinates separated by spaces (e.g. {@code 52.1 -3.4 20.0} for CIELAB).
 */
public final class CatalogueCsv {

    public ItemCatalog read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public ItemCatalog read(BufferedReader reader, String source) throws IOException {
        String header = reader.readLine();
        long lineNumber = 1;
        if (header == null) {
            throw new InputFormatException(source, 1, "empty file: expected header item,category,price,colour");
        }
        List<String> columns = CsvLine.split(header.startsWith("\uFEFF") ? header.substring(1) : header)
                .stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int item = columns.indexOf("item");
        int category = columns.indexOf("category");
        int price = columns.indexOf("price");
        int colour = columns.indexOf("colour") >= 0 ? columns.indexOf("colour") : columns.indexOf("color");
        if (item < 0 || category < 0 || price < 0 || colour < 0) {
            throw new InputFormatException(source, 1, "header must name item, category, price and colour columns");
        }
        List<ItemFeatures> products = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() < columns.size()) {
                throw new InputFormatException(source, lineNumber, "expected " + columns.size() + " fields, got " + f.size());
            }
            try {
                String[] parts = f.get(colour).strip().split("\\s+");
                double[] coordinates = new double[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    coordinates[k] = Double.parseDouble(parts[k]);
                }
                products.add(new ItemFeatures(f.get(item), f.get(category), FeatureVector.of(coordinates),
                        Double.parseDouble(f.get(price))));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, lineNumber, e.getMessage() == null ? "malformed number" : e.getMessage());
            }
        }
        try {
            return ItemCatalog.of(products);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, lineNumber, e.getMessage());
        }
    }

    public void write(ItemCatalog catalogue, Writer out) throws IOException {
        out.write("item,category,price,colour\n");
        for (int i = 0; i < catalogue.size(); i++) {
            ItemFeatures f = catalogue.features(i);
            out.write(CsvLine.quote(f.itemId()) + "," + CsvLine.quote(f.category()) + ","
                    + String.format(Locale.ROOT, "%.2f", f.price()) + "," + coordinates(f.colour()) + "\n");
        }
    }

    static String coordinates(FeatureVector v) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < v.dimension(); k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%.2f", v.get(k)));
        }
        return sb.toString();
    }
}
