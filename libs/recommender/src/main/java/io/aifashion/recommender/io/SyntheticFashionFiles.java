package io.aifashion.recommender.io;

import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.synthetic.ShopEvent;
import io.aifashion.recommender.synthetic.SyntheticFashionData;
import io.aifashion.recommender.synthetic.SyntheticShopper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic fashion data set as three CSV files in a directory:
 * <ul>
 *   <li>{@code interactions.csv}: {@code user,item,weight,timestamp,event} (weights from {@link EventWeights});</li>
 *   <li>{@code items.csv}: {@code item,category,price,colour} (colour = CIELAB coordinates);</li>
 *   <li>{@code users.csv}: {@code user,season,palette,categories,priceTier,styles} (palette = CIELAB colours separated by ';').</li>
 * </ul>
 */
public final class SyntheticFashionFiles {

    public static final String INTERACTIONS = "interactions.csv";
    public static final String ITEMS = "items.csv";
    public static final String USERS = "users.csv";

    /** @return the three files written */
    public List<Path> write(SyntheticFashionData data, EventWeights weights, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path interactions = directory.resolve(INTERACTIONS);
        Path items = directory.resolve(ITEMS);
        Path users = directory.resolve(USERS);
        try (Writer out = Files.newBufferedWriter(interactions, StandardCharsets.UTF_8)) {
            out.write("user,item,weight,timestamp,event\n");
            for (ShopEvent e : data.events()) {
                out.write(e.userId() + "," + e.itemId() + "," + formatWeight(weights.weightOf(e.type())) + ","
                        + e.timestamp() + "," + e.type().label() + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(items, StandardCharsets.UTF_8)) {
            new CatalogueCsv().write(data.catalogue(), out);
        }
        try (Writer out = Files.newBufferedWriter(users, StandardCharsets.UTF_8)) {
            out.write("user,season,palette,categories,priceTier,styles\n");
            for (SyntheticShopper s : data.shoppers()) {
                out.write(s.userId() + "," + s.season().name().toLowerCase(Locale.ROOT) + ","
                        + PaletteCsv.formatPalette(s.palette()) + "," + String.join("|", s.preferredCategories()) + ","
                        + String.format(Locale.ROOT, "%.3f", s.priceTier()) + ","
                        + s.styles().stream().map(String::valueOf).reduce((a, b) -> a + "|" + b).orElse("") + "\n");
            }
        }
        return List.of(interactions, items, users);
    }

    private static String formatWeight(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    }
}
