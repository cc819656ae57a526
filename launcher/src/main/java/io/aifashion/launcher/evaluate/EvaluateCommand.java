package io.aifashion.launcher.evaluate;

import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.evaluation.Algorithm;
import io.aifashion.recommender.evaluation.Algorithms;
import io.aifashion.recommender.evaluation.EvaluationProtocol;
import io.aifashion.recommender.evaluation.EvaluationReport;
import io.aifashion.recommender.evaluation.OfflineEvaluation;
import io.aifashion.recommender.evaluation.Split;
import io.aifashion.recommender.io.SyntheticFashionFiles;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.synthetic.SyntheticFashionConfig;
import io.aifashion.recommender.synthetic.SyntheticFashionData;
import io.aifashion.recommender.synthetic.SyntheticFashionGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ai-fashion evaluate}: offline evaluation of the recommender algorithms, or generation of
 * the synthetic fashion data set. Results go to stdout (a table, or JSON with {@code --json});
 * progress and errors go to stderr.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = io.aifashion.launcher.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Offline evaluation of the recommender: splits the interactions, tunes each algorithm on a validation "
                        + "split carved from the training part, then ranks ALL items for every test user (training items "
                        + "excluded) and reports precision@k, recall@k, nDCG@k, MAP@k, catalogue coverage, training time and "
                        + "scoring time per user.",
                "",
                "Or, with --generate-synthetic DIR, writes a synthetic fashion shop (interactions.csv, items.csv, users.csv) "
                        + "to DIR; evaluate it with: ai-fashion evaluate --interactions DIR",
                ""},
        footer = {"",
                "Examples:",
                "  ai-fashion evaluate --interactions u.data --format movielens \\",
                "      --positive-threshold 4 --split random --seed 42 --k 10",
                "  ai-fashion evaluate --generate-synthetic shop --users 5000 --items 2000",
                "  ai-fashion evaluate --interactions shop --split temporal --json",
                "",
                "Exit status: 0 done, 1 unreadable or invalid input, 2 bad command line."})
public final class EvaluateCommand implements Callable<Integer> {

    private static final Set<String> KNOWN = Set.of("pop", "itemknn", "ials", "ease", "content", "hybrid");

    @Spec
    private CommandSpec spec;

    @Option(names = "--interactions", paramLabel = "FILE|DIR",
            description = "Interactions to evaluate: a MovieLens u.data file, a CSV with a header (user,item,rating|weight|event[,timestamp]), "
                    + "or a directory written by --generate-synthetic.")
    private Path interactions;

    @Option(names = "--format", paramLabel = "movielens|csv",
            description = "Layout of the interactions file (default: csv for *.csv, movielens otherwise).")
    private String format;

    @Option(names = "--positive-threshold", paramLabel = "RATING",
            description = "Keep only ratings/weights >= RATING, as positives of weight 1 (e.g. 4 on MovieLens). "
                    + "Without it every value is an implicit weight (negative = dislike).")
    private Double positiveThreshold;

    @Option(names = "--split", defaultValue = "random", paramLabel = "random|temporal|leave-one-out",
            description = "How test pairs are held out (default: ${DEFAULT-VALUE}).")
    private String split;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "Share of positive pairs held out by random and temporal splits (default: ${DEFAULT-VALUE}).")
    private double testFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for splits, models and generated data (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--k", defaultValue = "10", description = "Cut-off of the metrics (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--algorithms", split = ",", paramLabel = "NAME",
            description = "Comma-separated subset of pop, itemknn, ials, ease, content, hybrid "
                    + "(default: pop,itemknn,ials,ease, plus content,hybrid when item features are available).")
    private List<String> algorithms;

    @Option(names = "--json", description = "Print the report as JSON on stdout.")
    private boolean json;

    @Option(names = "--item-features", paramLabel = "FILE",
            description = "Product features CSV (item,category,price,colour) for content and hybrid.")
    private Path itemFeatures;

    @Option(names = "--user-palettes", paramLabel = "FILE",
            description = "Known user palettes CSV (user,palette) for content and hybrid.")
    private Path userPalettes;

    @Option(names = "--hybrid-base", paramLabel = "ease|itemknn|ials",
            description = "Collaborative part of the hybrid (default: ease when the catalogue is within the EASE limit, else itemknn).")
    private String hybridBase;

    @Option(names = "--tune", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Tune hyper-parameters on a validation split carved from the training part (default: on; --no-tune uses defaults).")
    private boolean tune;

    @Option(names = "--ease-max-items", defaultValue = "20000", paramLabel = "N",
            description = "EASE refuses catalogues larger than this (default: ${DEFAULT-VALUE}).")
    private int easeMaxItems;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    private Integer threads;

    @Option(names = "--generate-synthetic", paramLabel = "DIR",
            description = "Write a synthetic fashion data set to DIR instead of evaluating.")
    private Path generateSynthetic;

    @Option(names = "--users", defaultValue = "5000", description = "Shoppers to generate (default: ${DEFAULT-VALUE}).")
    private int users;

    @Option(names = "--items", defaultValue = "2000", description = "Products to generate (default: ${DEFAULT-VALUE}).")
    private int items;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((interactions == null) == (generateSynthetic == null)) {
            throw new ParameterException(spec.commandLine(), "give either --interactions FILE or --generate-synthetic DIR");
        }
        try {
            return generateSynthetic != null ? generate() : evaluate();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private int generate() throws IOException {
        if (users < 1 || items < 20) {
            throw new ParameterException(spec.commandLine(), "--users must be >= 1 and --items >= 20");
        }
        SyntheticFashionData data = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(users, items, seed));
        List<Path> files = new SyntheticFashionFiles().write(data, EventWeights.defaults(), generateSynthetic);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %,d events of %,d shoppers on %,d products:%n", data.events().size(), users, items);
        for (Path f : files) {
            out.println("  " + f);
        }
        out.println("evaluate with: ai-fashion evaluate --interactions " + generateSynthetic);
        out.flush();
        return 0;
    }

    private int evaluate() {
        validateNumbers();
        PrintWriter err = spec.commandLine().getErr();
        Split chosenSplit;
        try {
            chosenSplit = Split.parse(split, testFraction, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        OptionalDouble threshold = positiveThreshold == null ? OptionalDouble.empty() : OptionalDouble.of(positiveThreshold);
        err.println("reading " + interactions);
        err.flush();
        EvaluationInput input = EvaluationInput.load(interactions, format, threshold, itemFeatures, userPalettes);
        err.printf(Locale.ROOT, "read %,d lines: %,d interactions kept, %,d below the positive threshold%n",
                input.interactions().lines(), input.interactions().log().size(), input.interactions().belowThreshold());
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<Algorithm<?>> chosen = algorithms(input, workers);
        OfflineEvaluation evaluation = new OfflineEvaluation(new EvaluationProtocol(chosenSplit, k, tune, workers), line -> {
            err.println(line);
            err.flush();
        });
        EvaluationReport report = evaluation.run(input.interactions().log(), chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? new EvaluationJson().render(report, input, new EvaluationJson.OptionalThreshold(positiveThreshold)) + "\n"
                : new EvaluationTable().render(report));
        out.flush();
        return 0;
    }

    private void validateNumbers() {
        if (k < 1) {
            throw new ParameterException(spec.commandLine(), "--k must be at least 1");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new ParameterException(spec.commandLine(), "--test-fraction must be between 0 and 1");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (easeMaxItems < 1) {
            throw new ParameterException(spec.commandLine(), "--ease-max-items must be at least 1");
        }
    }

    private List<Algorithm<?>> algorithms(EvaluationInput input, int workers) {
        boolean content = input.catalogue().isPresent();
        Set<String> names = new LinkedHashSet<>();
        if (algorithms == null || algorithms.isEmpty()) {
            names.addAll(List.of("pop", "itemknn", "ials", "ease"));
            if (content) {
                names.addAll(List.of("content", "hybrid"));
            }
        } else {
            for (String a : algorithms) {
                String name = a.trim().toLowerCase(Locale.ROOT);
                if (!KNOWN.contains(name)) {
                    throw new ParameterException(spec.commandLine(), "unknown algorithm '" + a + "' (expected pop, itemknn, ials, ease, content, hybrid)");
                }
                names.add(name);
            }
        }
        if (!content && (names.contains("content") || names.contains("hybrid"))) {
            throw new ParameterException(spec.commandLine(),
                    "content and hybrid need product features: give --item-features FILE (and --user-palettes FILE), "
                            + "or evaluate a directory written by --generate-synthetic");
        }
        Algorithm<CollaborativeModel> pop = Algorithms.popularity();
        Algorithm<CollaborativeModel> knn = Algorithms.itemKnn(workers);
        Algorithm<CollaborativeModel> ials = Algorithms.implicitAls(workers, seed);
        Algorithm<CollaborativeModel> ease = Algorithms.ease(workers, easeMaxItems);
        List<Algorithm<?>> out = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "pop" -> out.add(pop);
                case "itemknn" -> out.add(knn);
                case "ials" -> out.add(ials);
                case "ease" -> out.add(ease);
                case "content" -> out.add(Algorithms.content(input.catalogue().orElseThrow(), input.palettes()));
                case "hybrid" -> out.add(Algorithms.hybrid(base(input, knn, ials, ease), input.catalogue().orElseThrow(), input.palettes()));
                default -> throw new IllegalStateException(name);
            }
        }
        return out;
    }

    private Algorithm<CollaborativeModel> base(EvaluationInput input, Algorithm<CollaborativeModel> knn,
                                               Algorithm<CollaborativeModel> ials, Algorithm<CollaborativeModel> ease) {
        String name = hybridBase == null
                ? (input.interactions().log().items().size() <= easeMaxItems ? "ease" : "itemknn")
                : hybridBase.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "ease" -> ease;
            case "itemknn" -> knn;
            case "ials" -> ials;
            default -> throw new ParameterException(spec.commandLine(), "--hybrid-base must be ease, itemknn or ials, not '" + hybridBase + "'");
        };
    }

    /** Runs the command on its own (mainly for tests and IDEs). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateCommand()).execute(args));
    }
}
