package io.aifashion.bench.vision;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.WhitePoint;
import io.aifashion.vision.AnalysisOptions;
import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.SkinToneAnalyzer;
import io.aifashion.vision.decode.DecodedImage;
import io.aifashion.vision.decode.ImageDecoder;
import io.aifashion.vision.face.DetectedFace;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.face.FaceDetector;
import io.aifashion.vision.light.CorrelatedColorTemperature;
import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.light.WhiteBalance;
import org.bytedeco.javacpp.PointerScope;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The skin-tone accuracy harness: re-tones real face photos to each of the ten Monk colours
 * ({@link ToneRenderer}), renders them under several lights, exposures and JPEG qualities, runs the
 * analyzer on every picture and reports exact and within-one-tone accuracy per tone, light, exposure
 * and quality, the worst tone, and the stability of the measured colour across lights.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.aifashion.bench.vision.SkinToneAccuracy \
 *     --faces ../shared/data/faces [--lights A,D50,D65,F2,F11,LED] [--exposures -1,-0.5,0,0.5,1]
 *     [--qualities 95,80,60] [--tones 1-10] [--threads 2] [--photos N] [--out report.md]
 *     [--trials trials.csv] [--cache DIR [--render-only true]] [--undertone none|own]
 * </pre>
 */
public final class SkinToneAccuracy {

    /** A test light: a CIE illuminant's white point, or a chromaticity given by CCT and Duv. */
    record Light(String name, String description, Illuminant illuminant) {
    }

    /** One analysed picture. */
    record Trial(String photo, int face, int tone, Lab target, String light, double ev, int quality, Integer measured, Lab lab,
                 String retake, double calibration) {
        boolean exact() {
            return measured != null && measured == tone;
        }

        boolean withinOne() {
            return measured != null && Math.abs(measured - tone) <= 1;
        }
    }

    private SkinToneAccuracy() {
    }

    static Map<String, Light> lights() {
        Map<String, Light> m = new LinkedHashMap<>();
        m.put("A", white("A", "CIE A, incandescent 2856 K", WhitePoint.A));
        m.put("D50", white("D50", "CIE D50, horizon daylight 5003 K", WhitePoint.D50));
        m.put("D65", white("D65", "CIE D65, noon daylight 6504 K (no cast)", WhitePoint.D65));
        m.put("F2", white("F2", "CIE F2, cool-white fluorescent 4230 K", WhitePoint.F2));
        m.put("F11", white("F11", "CIE F11, narrow-band fluorescent 4000 K", WhitePoint.F11));
        double[] led = CorrelatedColorTemperature.chromaticity(6800, 0.008);
        m.put("LED", new Light("LED", "cool LED, 6800 K with a green tint (Duv +0.008)",
                Illuminant.fromChromaticity(led[0], led[1], "LED")));
        return m;
    }

    private static Light white(String name, String description, WhitePoint w) {
        double s = w.x() + w.y() + w.z();
        return new Light(name, description, Illuminant.fromChromaticity(w.x() / s, w.y() / s, name));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        Path facesDir = Path.of(opt.getOrDefault("faces", "../shared/data/faces"));
        if (!Files.isDirectory(facesDir)) {
            System.err.println("no face photos at " + facesDir.toAbsolutePath() + " (pass --faces DIR)");
            System.exit(2);
        }
        Map<String, Light> allLights = lights();
        List<Light> lights = new ArrayList<>();
        for (String s : opt.getOrDefault("lights", String.join(",", allLights.keySet())).split(",")) {
            Light l = allLights.get(s.trim());
            if (l == null) {
                throw new IllegalArgumentException("unknown light " + s + "; known: " + allLights.keySet());
            }
            lights.add(l);
        }
        double[] exposures = doubles(opt.getOrDefault("exposures", "-1,-0.5,0,0.5,1"));
        int[] qualities = ints(opt.getOrDefault("qualities", "95,80,60"));
        int[] tones = range(opt.getOrDefault("tones", "1-10"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        int maxPhotos = Integer.parseInt(opt.getOrDefault("photos", "1000"));
        AnalysisOptions analysis = AnalysisOptions.defaults().withLightCorrection(!"false".equals(opt.get("correct-light")));
        Path cache = opt.containsKey("cache") ? Files.createDirectories(Path.of(opt.get("cache"))) : null;
        // --render-only true: fill the --cache and analyse nothing (prepare a run on a busy machine).
        boolean renderOnly = cache != null && "true".equals(opt.get("render-only"));
        // --undertone none (default, the published protocol): every face is re-toned exactly onto the
        // Monk colour; own: each face keeps its source person's offset from the Monk curve (Undertone),
        // and its truth is the Monk tone nearest that target.
        boolean ownUndertone = "own".equals(opt.getOrDefault("undertone", "none"));
        List<Path> photos;
        try (Stream<Path> s = Files.list(facesDir)) {
            photos = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted().limit(maxPhotos).toList();
        }
        long start = System.nanoTime();
        List<Trial> trials = Collections.synchronizedList(new ArrayList<>());
        double[] worstCalibration = {0};
        try (SkinToneAnalyzer analyzer = new SkinToneAnalyzer(); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (Path photo : photos) {
                byte[] bytes = Files.readAllBytes(photo);
                for (int tone : tones) {
                    futures.add(pool.submit(() -> {
                        runPhotoTone(analyzer, analysis, photo.getFileName().toString(), bytes, tone, lights, exposures, qualities,
                                trials, worstCalibration, cache, renderOnly, ownUndertone);
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (renderOnly) {
            System.out.printf(Locale.ROOT, "rendered into %s in %.0f s%n", cache, seconds);
            return;
        }
        String report = report(trials, lights, exposures, qualities, tones, photos.size(), worstCalibration[0], seconds, threads);
        System.out.println(report);
        if (opt.containsKey("trials")) {
            StringBuilder csv = new StringBuilder("photo,face,tone,light,ev,quality,measured,L,a,b,retake,targetL,targetA,targetB,dE00\n");
            for (Trial t : trials) {
                Lab target = t.target();
                csv.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%.1f,%d,%s,%s,%s,%s,%s,%.2f,%.2f,%.2f,%s%n", t.photo(), t.face(), t.tone(),
                        t.light(), t.ev(), t.quality(), t.measured() == null ? "" : t.measured(),
                        t.lab() == null ? "" : String.format(Locale.ROOT, "%.2f", t.lab().l()),
                        t.lab() == null ? "" : String.format(Locale.ROOT, "%.2f", t.lab().a()),
                        t.lab() == null ? "" : String.format(Locale.ROOT, "%.2f", t.lab().b()),
                        t.retake() == null ? "" : t.retake(), target.l(), target.a(), target.b(),
                        t.lab() == null ? "" : String.format(Locale.ROOT, "%.2f", Ciede2000.deltaE(t.lab(), target))));
            }
            Files.writeString(Path.of(opt.get("trials")), csv, StandardCharsets.UTF_8);
        }
        if (opt.containsKey("out")) {
            Files.writeString(Path.of(opt.get("out")), report, StandardCharsets.UTF_8);
        }
    }

    private static void runPhotoTone(SkinToneAnalyzer analyzer, AnalysisOptions analysis, String name, byte[] bytes, int tone, List<Light> lights,
                                     double[] exposures, int[] qualities, List<Trial> trials, double[] worst, Path cache,
                                     boolean renderOnly, boolean ownUndertone)
            throws ImageRejectedException, java.io.IOException {
        Lab reference = MonkScale.standard().reference(tone).toLab();
        List<FaceBox> boxes = new ArrayList<>();
        List<Lab> targets = new ArrayList<>();
        // With --cache DIR, rendered pictures are kept (and reused) as JPEG files named by photo, tone,
        // light, exposure and quality: a development loop then re-runs only the analyzer. The cache must
        // be deleted whenever ToneRenderer changes.
        List<Path> cached = new ArrayList<>();
        boolean allCached = cache != null;
        for (Light light : lights) {
            for (double ev : exposures) {
                for (int q : qualities) {
                    Path f = cache == null ? null : cache.resolve(String.format(Locale.ROOT, "%s_%d_%s_%+.1f_%d.jpg",
                            name.replaceAll("\\.[^.]*$", ""), tone, light.name(), ev, q));
                    cached.add(f);
                    allCached &= f != null && Files.isRegularFile(f);
                }
            }
        }
        ToneRenderer renderer = null;
        ToneRenderer.Retoned picture = null;
        try (PointerScope scope = new PointerScope(); FaceDetector detector = new FaceDetector()) {
            DecodedImage img = new ImageDecoder().decode(bytes);
            List<DetectedFace> faces = detector.detect(img.bgr(), 0.06);
            for (DetectedFace f : faces) {
                boxes.add(f.box());
            }
            Path sidecar = cached.get(0) == null ? null : cached.get(0).resolveSibling(String.format(Locale.ROOT, "%s_%d.targets",
                    name.replaceAll("\\.[^.]*$", ""), tone));
            allCached &= sidecar != null && Files.isRegularFile(sidecar);
            if (!allCached) {
                renderer = new ToneRenderer(img.bgr(), faces);
                for (ToneRenderer.Face f : renderer.faces()) {
                    targets.add(ownUndertone ? Undertone.of(f.meanLab()).applyTo(reference) : reference);
                }
                picture = renderer.retone(targets);
                if (sidecar != null) {
                    StringBuilder t = new StringBuilder();
                    for (Lab l : targets) {
                        t.append(String.format(Locale.ROOT, "%.4f %.4f %.4f%n", l.l(), l.a(), l.b()));
                    }
                    Files.writeString(sidecar, t);
                }
            } else {
                for (String line : Files.readAllLines(sidecar)) {
                    String[] v = line.trim().split(" ");
                    targets.add(new Lab(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])));
                }
            }
        }
        // Pictures read from the cache were calibrated when they were rendered: not recomputed (NaN).
        double calibration = picture == null ? Double.NaN : 0;
        if (picture != null) {
            for (int k = 0; k < picture.realised().size(); k++) {
                calibration = Math.max(calibration, Ciede2000.deltaE(picture.realised().get(k), targets.get(k)));
            }
        }
        synchronized (worst) {
            worst[0] = Math.max(worst[0], calibration);
        }
        int index = 0;
        for (Light light : lights) {
            WhiteBalance cast = light.name().equals("D65") ? null : WhiteBalance.fromD65(light.illuminant());
            for (double ev : exposures) {
                for (int q : qualities) {
                    Path file = cached.get(index++);
                    byte[] jpeg;
                    if (allCached) {
                        jpeg = Files.readAllBytes(file);
                    } else {
                        try (PointerScope scope = new PointerScope()) {
                            jpeg = renderer.render(picture, cast, ev, q);
                        }
                        if (file != null) {
                            Files.write(file, jpeg);
                        }
                    }
                    if (renderOnly) {
                        continue;
                    }
                    SkinToneAnalysis result = analyzer.analyze(jpeg, analysis);
                    for (int k = 0; k < boxes.size(); k++) {
                        FaceAnalysis match = match(result, boxes.get(k));
                        Integer measured = null;
                        Lab lab = null;
                        String retake;
                        if (match == null) {
                            retake = result.retake() != null ? result.retake().code() : "face-missed";
                        } else if (!match.measured()) {
                            retake = match.retake().code();
                        } else {
                            retake = null;
                            measured = match.tone().monk().tone();
                            lab = match.skin().lab();
                        }
                        // The truth is the Monk tone nearest the face's target (its own undertone may
                        // move it across a boundary; then that neighbour is the right answer).
                        Lab target = targets.get(k);
                        int truth = MonkScale.standard().classify(target).tone();
                        trials.add(new Trial(name, k, truth, target, light.name(), ev, q, measured, lab, retake, calibration));
                    }
                }
            }
        }
    }

    /** The analysed face whose box overlaps {@code box} most (intersection over union at least 0.3). */
    private static FaceAnalysis match(SkinToneAnalysis result, FaceBox box) {
        FaceAnalysis best = null;
        double bestIou = 0.3;
        for (FaceAnalysis f : result.faces()) {
            double inter = f.box().intersectionArea(box);
            double iou = inter / (f.box().area() + box.area() - inter);
            if (iou > bestIou) {
                bestIou = iou;
                best = f;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ report

    static String report(List<Trial> trials, List<Light> lights, double[] exposures, int[] qualities, int[] tones, int photos,
                         double calibration, double seconds, int threads) {
        StringBuilder sb = new StringBuilder();
        PrintStream out = null;
        long faces = trials.stream().map(t -> t.photo() + "#" + t.face()).distinct().count();
        String residual = Double.isNaN(calibration) ? "not recomputed (pictures read from --cache)"
                : String.format(Locale.ROOT, "ΔE00 %.2f", calibration);
        sb.append(String.format(Locale.ROOT, "%d trials: %d photos (%d faces) x %d tones x %d lights x %d exposures x %d JPEG qualities; "
                        + "%.0f s on %d threads. Largest calibration residual (realised D65 truth-region mean vs Monk reference): %s.%n%n",
                trials.size(), photos, faces, tones.length, lights.size(), exposures.length, qualities.length, seconds, threads, residual));
        Predicate<Trial> nominal = t -> t.ev() == 0;
        sb.append("**By light, at nominal exposure (0 EV), all JPEG qualities**\n\n");
        sb.append("| light | trials | exact | within one | retake | worst tone (exact) |\n|---|---:|---:|---:|---:|---|\n");
        for (Light l : lights) {
            List<Trial> sub = trials.stream().filter(nominal).filter(t -> t.light().equals(l.name())).toList();
            sb.append(row(l.name() + " — " + l.description(), sub)).append(" | ").append(worstTone(sub, tones)).append(" |\n");
        }
        List<Trial> allNominal = trials.stream().filter(nominal).toList();
        sb.append(row("**all lights**", allNominal)).append(" | ").append(worstTone(allNominal, tones)).append(" |\n\n");

        sb.append("**By Monk tone, at nominal exposure** (exact / within one)\n\n| tone |");
        for (Light l : lights) {
            sb.append(' ').append(l.name()).append(" |");
        }
        sb.append(" all lights |\n|---|");
        sb.append("---:|".repeat(lights.size() + 1)).append('\n');
        for (int tone : tones) {
            sb.append("| ").append(tone).append(" |");
            for (Light l : lights) {
                List<Trial> sub = allNominal.stream().filter(t -> t.tone() == tone && t.light().equals(l.name())).toList();
                sb.append(' ').append(pair(sub)).append(" |");
            }
            List<Trial> sub = allNominal.stream().filter(t -> t.tone() == tone).toList();
            sb.append(' ').append(pair(sub)).append(" |\n");
        }
        sb.append('\n');

        sb.append("**By exposure, all lights and qualities**\n\n| exposure | trials | exact | within one | retake |\n|---|---:|---:|---:|---:|\n");
        for (double ev : exposures) {
            List<Trial> sub = trials.stream().filter(t -> t.ev() == ev).toList();
            sb.append(row(String.format(Locale.ROOT, "%+.1f EV", ev), sub)).append(" |\n");
        }
        sb.append('\n');
        sb.append("**By JPEG quality, at nominal exposure, all lights**\n\n| quality | trials | exact | within one | retake |\n|---|---:|---:|---:|---:|\n");
        for (int q : qualities) {
            List<Trial> sub = allNominal.stream().filter(t -> t.quality() == q).toList();
            sb.append(row("q " + q, sub)).append(" |\n");
        }
        sb.append('\n');

        // Stability: per face, tone, exposure 0 and the best quality, the largest ΔE00 between the
        // colours measured under two different lights.
        int bestQ = qualities.length == 0 ? 0 : java.util.Arrays.stream(qualities).max().getAsInt();
        Map<String, List<Lab>> groups = new TreeMap<>();
        for (Trial t : allNominal) {
            if (t.quality() == bestQ && t.lab() != null) {
                groups.computeIfAbsent(t.photo() + "#" + t.face() + "#" + t.tone(), k -> new ArrayList<>()).add(t.lab());
            }
        }
        List<Double> spreads = new ArrayList<>();
        for (List<Lab> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            double max = 0;
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    max = Math.max(max, Ciede2000.deltaE(g.get(i), g.get(j)));
                }
            }
            spreads.add(max);
        }
        Collections.sort(spreads);
        if (!spreads.isEmpty()) {
            double mean = spreads.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            sb.append(String.format(Locale.ROOT, "**Stability across lights** (same face and tone, 0 EV, q %d; largest ΔE00 between the colours "
                            + "measured under any two lights, over %d face-tone pairs): mean %.2f, median %.2f, 90th percentile %.2f, max %.2f.%n%n",
                    bestQ, spreads.size(), mean, spreads.get(spreads.size() / 2), spreads.get((int) (spreads.size() * 0.9)),
                    spreads.get(spreads.size() - 1)));
        }

        // Confusion matrix (nominal exposure, all lights).
        sb.append("**Confusion, nominal exposure, all lights** (rows: true tone; columns: measured; R = retake)\n\n| true \\ measured |");
        for (int t = 1; t <= 10; t++) {
            sb.append(' ').append(t).append(" |");
        }
        sb.append(" R |\n|---|").append("---:|".repeat(11)).append('\n');
        for (int tone : tones) {
            sb.append("| ").append(tone).append(" |");
            for (int m = 1; m <= 10; m++) {
                int mm = m;
                long c = allNominal.stream().filter(t -> t.tone() == tone && t.measured() != null && t.measured() == mm).count();
                sb.append(' ').append(c == 0 ? "·" : Long.toString(c)).append(" |");
            }
            long r = allNominal.stream().filter(t -> t.tone() == tone && t.measured() == null).count();
            sb.append(' ').append(r == 0 ? "·" : Long.toString(r)).append(" |\n");
        }
        Map<String, Long> retakes = new TreeMap<>();
        for (Trial t : trials) {
            if (t.retake() != null) {
                retakes.merge(t.retake(), 1L, Long::sum);
            }
        }
        sb.append("\nRetake reasons over all trials: ").append(retakes.isEmpty() ? "none" : retakes.toString()).append(".\n");
        return sb.toString();
    }

    private static String row(String label, List<Trial> sub) {
        long n = sub.size();
        long exact = sub.stream().filter(Trial::exact).count();
        long one = sub.stream().filter(Trial::withinOne).count();
        long retake = sub.stream().filter(t -> t.measured() == null).count();
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s", label, n, pct(exact, n), pct(one, n), pct(retake, n));
    }

    private static String pair(List<Trial> sub) {
        long n = sub.size();
        return pct(sub.stream().filter(Trial::exact).count(), n) + " / " + pct(sub.stream().filter(Trial::withinOne).count(), n);
    }

    private static String worstTone(List<Trial> sub, int[] tones) {
        int worst = -1;
        double worstRate = 2;
        for (int tone : tones) {
            List<Trial> t = sub.stream().filter(x -> x.tone() == tone).toList();
            if (t.isEmpty()) {
                continue;
            }
            double rate = (double) t.stream().filter(Trial::exact).count() / t.size();
            if (rate < worstRate) {
                worstRate = rate;
                worst = tone;
            }
        }
        return worst < 0 ? "-" : String.format(Locale.ROOT, "%d (%.0f %%)", worst, 100 * worstRate);
    }

    private static String pct(long k, long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * k / n);
    }

    // ------------------------------------------------------------------ arguments

    static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            m.put(key, args[++i]);
        }
        return m;
    }

    static double[] doubles(String s) {
        return java.util.Arrays.stream(s.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    }

    static int[] ints(String s) {
        return java.util.Arrays.stream(s.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    static int[] range(String s) {
        if (s.contains("-")) {
            String[] p = s.split("-");
            int a = Integer.parseInt(p[0].trim());
            int b = Integer.parseInt(p[1].trim());
            return java.util.stream.IntStream.rangeClosed(a, b).toArray();
        }
        return ints(s);
    }
}
