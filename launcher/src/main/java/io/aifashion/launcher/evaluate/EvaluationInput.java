package io.aifashion.launcher.evaluate;

import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.io.CatalogueCsv;
import io.aifashion.recommender.io.InteractionFileFormat;
import io.aifashion.recommender.io.InteractionReader;
import io.aifashion.recommender.io.PaletteCsv;
import io.aifashion.recommender.io.ReadSummary;
import io.aifashion.recommender.io.SyntheticFashionFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The files an evaluation reads: interactions, and optionally product features and user palettes
 * (needed by the content and hybrid algorithms). A directory written by
 * {@code --generate-synthetic} supplies all three.
 */
record EvaluationInput(ReadSummary interactions, Optional<ItemCatalog> catalogue, Map<String, List<FeatureVector>> palettes,
                       InteractionFileFormat format) {

    static EvaluationInput load(Path interactions, String format, OptionalDouble threshold, Path itemFeatures, Path palettes) {
        Path file = interactions;
        Path items = itemFeatures;
        Path users = palettes;
        if (Files.isDirectory(interactions)) {
            file = interactions.resolve(SyntheticFashionFiles.INTERACTIONS);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(interactions + " is a directory without " + SyntheticFashionFiles.INTERACTIONS);
            }
            if (items == null && Files.isRegularFile(interactions.resolve(SyntheticFashionFiles.ITEMS))) {
                items = interactions.resolve(SyntheticFashionFiles.ITEMS);
            }
            if (users == null && Files.isRegularFile(interactions.resolve(SyntheticFashionFiles.USERS))) {
                users = interactions.resolve(SyntheticFashionFiles.USERS);
            }
        } else if (!Files.isRegularFile(interactions)) {
            throw new IllegalArgumentException("no such file: " + interactions);
        }
        InteractionFileFormat fileFormat = format != null ? InteractionFileFormat.parse(format)
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? InteractionFileFormat.CSV
                : InteractionFileFormat.MOVIELENS;
        Optional<ItemCatalog> catalogue = Optional.ofNullable(items).map(p -> new CatalogueCsv().read(p));
        InteractionLog.Builder builder = catalogue.map(c -> InteractionLog.builder(c.items())).orElseGet(InteractionLog::builder);
        ReadSummary summary = new InteractionReader().read(file, fileFormat, threshold, builder);
        Map<String, List<FeatureVector>> known = users == null ? Map.of() : new PaletteCsv().read(users);
        return new EvaluationInput(summary, catalogue, known, fileFormat);
    }
}
