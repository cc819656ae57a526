package io.aifashion.launcher.analyze;

import io.aifashion.color.skin.ToneScale;
import io.aifashion.vision.AnalysisOptions;
import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.SkinToneAnalyzer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.bytedeco.opencv.global.opencv_core;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ai-fashion analyze PATH...}: skin-tone analysis of photos. Results go to stdout (a table,
 * or JSON Lines with {@code --json}), or to a CSV file with {@code --csv FILE}; a progress bar and
 * errors go to stderr. A file that cannot be analysed gives an entry with an {@code error} field and
 * the batch goes on; the exit status is 1 if any file failed.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = io.aifashion.launcher.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Measures skin tone from photos (JPEG, PNG, WebP; the format is read from the bytes): finds the faces, "
                        + "estimates the light and corrects it to daylight (D65), segments the skin and reports per face the "
                        + "Monk tone with its confidence, the skin colour (hex and CIELAB), ITA°, undertone, hair and eye "
                        + "colour, the 12-season type and quality warnings; 'retake' says why a photo cannot be trusted.",
                ""},
        footer = {"",
                "Examples:",
                "  ai-fashion analyze selfie.jpg",
                "  ai-fashion analyze photos/ --recursive --json > results.jsonl",
                "  ai-fashion analyze photos/ --csv results.csv --report-dir reports --threads 4",
                "  ai-fashion analyze crop.png --no-face-detection --scale '#f6ede4,#d7bd96,#604134'",
                "",
                "Exit status: 0 all files analysed (a 'retake' answer counts as analysed), 1 a file could not be read "
                        + "or was refused, 2 bad command line."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Photos, or folders of photos (*.jpg, *.jpeg, *.png, *.webp).")
    private List<Path> paths;

    @Option(names = "--recursive", description = "Also analyse photos in sub-folders.")
    private boolean recursive;

    @Option(names = "--no-face-detection",
            description = "Treat each picture as an already cropped face or a skin patch (no face search).")
    private boolean noFaceDetection;

    @Option(names = "--scale", paramLabel = "monk|fitzpatrick|HEX,HEX,...",
            description = "An extra scale to place the skin on: fitzpatrick, or your own colours (e.g. foundation shades). "
                    + "The Monk tone is always reported.")
    private String scale;

    @Option(names = "--json", description = "Print one JSON object per photo (JSON Lines) to standard output.")
    private boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per face (or per photo without faces) to FILE.")
    private Path csv;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write a report image per photo (face boxes, skin mask, swatches beside the Monk scale) to DIR.")
    private Path reportDir;

    @Option(names = "--threads", paramLabel = "N", description = "Photos analysed in parallel (default: the number of cores).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        ToneScale extra;
        try {
            extra = ScaleOption.parse(scale);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<Path> files = ImageFiles.expand(paths, recursive);
        if (reportDir != null) {
            Files.createDirectories(reportDir);
        }
        AnalysisOptions options = AnalysisOptions.defaults().withFaceDetection(!noFaceDetection)
                .withReport(reportDir != null).withScale(extra);
        // Photos are the unit of parallelism here; OpenCV's own worker threads would only compete.
        opencv_core.setNumThreads(n > 1 ? 1 : 0);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper mapper = JsonMapper.builder().build();
        CsvOutput csvOut = csv == null ? null : new CsvOutput(csv);
        int failed = 0;
        try (SkinToneAnalyzer analyzer = new SkinToneAnalyzer();
             ExecutorService pool = Executors.newFixedThreadPool(n);
             ProgressBar progress = new ProgressBarBuilder().setTaskName("analyze").setInitialMax(files.size())
                     .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                     .setUpdateIntervalMillis(250).build()) {
            List<Future<AnalysisRecord>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    AnalysisRecord r = analyse(analyzer, file, options);
                    progress.step();
                    return r;
                }));
            }
            // Results are written in input order, each as soon as it and all before it are done.
            for (Future<AnalysisRecord> f : futures) {
                AnalysisRecord r;
                try {
                    r = f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("analysis crashed", e.getCause());
                }
                if (r.failed()) {
                    failed++;
                    err.println(r.file() + ": " + r.errorCode() + ": " + r.errorMessage());
                    err.flush();
                }
                if (json) {
                    out.println(mapper.writeValueAsString(r.toMap()));
                } else if (csvOut == null) {
                    out.println(summary(r));
                }
                out.flush();
                if (csvOut != null) {
                    csvOut.write(r);
                }
            }
        } finally {
            if (csvOut != null) {
                csvOut.close();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private AnalysisRecord analyse(SkinToneAnalyzer analyzer, Path file, AnalysisOptions options) {
        long t0 = System.nanoTime();
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > 20L * 1024 * 1024) {
                return AnalysisRecord.failed(name, "too-large", String.format(Locale.ROOT,
                        "The file has %,d bytes; the limit is %,d bytes.", size, 20L * 1024 * 1024), ms(t0));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return AnalysisRecord.failed(name, "not-found", "No such file.", ms(t0));
        } catch (IOException e) {
            return AnalysisRecord.failed(name, "unreadable", String.valueOf(e.getMessage()), ms(t0));
        }
        try {
            SkinToneAnalysis a = analyzer.analyze(bytes, options);
            if (reportDir != null && a.report() != null) {
                writeReport(file, a.report());
            }
            return AnalysisRecord.of(name, a, ms(t0));
        } catch (ImageRejectedException e) {
            return AnalysisRecord.failed(name, e, ms(t0));
        } catch (RuntimeException e) {
            // Not expected for any input; reported as an entry so that one bad file never stops the batch.
            return AnalysisRecord.failed(name, "internal-error", e.toString(), ms(t0));
        }
    }

    private void writeReport(Path file, byte[] png) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        Path target = reportDir.resolve((dot > 0 ? base.substring(0, dot) : base) + ".report.png");
        try {
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** One human-readable line per photo. */
    static String summary(AnalysisRecord r) {
        if (r.failed()) {
            return r.file() + "  ERROR " + r.errorCode() + ": " + r.errorMessage();
        }
        SkinToneAnalysis a = r.analysis();
        StringBuilder sb = new StringBuilder(r.file());
        if (a.faces().isEmpty()) {
            sb.append("  no face");
        }
        int k = 1;
        for (FaceAnalysis f : a.faces()) {
            sb.append("  [face ").append(k++).append("] ");
            if (f.measured()) {
                sb.append(String.format(Locale.ROOT, "Monk %d (%.2f) %s ITA %.0f %s %s", f.tone().monk().tone(),
                        f.tone().monk().confidence(), f.skin().hex(), f.tone().ita().degrees(),
                        f.tone().undertone().type().displayName(), f.season().season().displayName()));
            } else {
                sb.append("retake: ").append(f.retake().code());
            }
        }
        if (a.retake() != null) {
            sb.append("  RETAKE ").append(a.retake().code()).append(": ").append(a.retake().message());
        } else if (!a.warnings().isEmpty()) {
            sb.append("  warnings: ").append(String.join(", ", a.warnings().stream().map(w -> w.code()).toList()));
        }
        return sb.toString();
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
