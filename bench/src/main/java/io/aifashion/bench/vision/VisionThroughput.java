package io.aifashion.bench.vision;

import io.aifashion.vision.AnalysisOptions;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.SkinToneAnalyzer;
import io.aifashion.vision.StageTimings;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Timing harness for the whole pipeline (decode to result), reported in bench/README.md.
 *
 * <ol>
 *   <li><b>12-megapixel latency</b>: each face photo enlarged to 4000 x 3000 (a phone selfie's size),
 *       JPEG quality 90, analysed one at a time on one thread with OpenCV's own threads off
 *       ({@code setNumThreads(1)}); run under {@code taskset -c 0} for "one core". Median and 90th
 *       percentile per stage after a warm-up.</li>
 *   <li><b>1-megapixel throughput</b>: the photos at 1155 x 866, analysed by N worker threads
 *       (default 2, one per core) for a fixed number of pictures; pictures per second.</li>
 * </ol>
 * <pre>
 * taskset -c 0 java -cp bench/target/benchmarks.jar io.aifashion.bench.vision.VisionThroughput --faces ../shared/data/faces --mode latency
 * java -cp bench/target/benchmarks.jar io.aifashion.bench.vision.VisionThroughput --faces ../shared/data/faces --mode throughput --threads 2
 * </pre>
 */
public final class VisionThroughput {

    private VisionThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = SkinToneAccuracy.parse(args);
        Path dir = Path.of(opt.getOrDefault("faces", "../shared/data/faces"));
        String mode = opt.getOrDefault("mode", "both");
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        int pictures = Integer.parseInt(opt.getOrDefault("pictures", "600"));
        List<byte[]> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList()) {
                sources.add(Files.readAllBytes(p));
            }
        }
        opencv_core.setNumThreads(1);
        try (SkinToneAnalyzer analyzer = new SkinToneAnalyzer()) {
            if (mode.equals("latency") || mode.equals("both")) {
                latency(analyzer, sources, 4000, 3000, Integer.parseInt(opt.getOrDefault("rounds", "4")));
            }
            if (mode.equals("throughput") || mode.equals("both")) {
                throughput(analyzer, sources, 1155, 866, threads, pictures);
            }
        }
    }

    static List<byte[]> resized(List<byte[]> sources, int w, int h) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] src : sources) {
            try (PointerScope scope = new PointerScope()) {
                Mat m = imdecode(new Mat(new BytePointer(src)), IMREAD_COLOR);
                // Scale the photo to the frame's height (bicubic) and extend the sides by repeating the
                // edge columns: the face keeps its shape and its share of the frame's height.
                Mat tall = new Mat();
                double f = (double) h / m.rows();
                resize(m, tall, new Size(), f, f, INTER_CUBIC);
                Mat big = new Mat();
                int pad = Math.max(0, w - tall.cols());
                copyMakeBorder(tall, big, 0, 0, pad / 2, pad - pad / 2, BORDER_REPLICATE);
                BytePointer jpeg = new BytePointer();
                imencode(".jpg", big, jpeg, new IntPointer(IMWRITE_JPEG_QUALITY, 90));
                byte[] b = new byte[(int) jpeg.limit()];
                jpeg.get(b);
                out.add(b);
            }
        }
        return out;
    }

    static void latency(SkinToneAnalyzer analyzer, List<byte[]> sources, int w, int h, int rounds) throws Exception {
        List<byte[]> pictures = resized(sources, w, h);
        for (byte[] p : pictures) {
            analyzer.analyze(p, AnalysisOptions.defaults()); // warm-up
        }
        List<StageTimings> t = new ArrayList<>();
        int faces = 0;
        for (int r = 0; r < rounds; r++) {
            for (byte[] p : pictures) {
                SkinToneAnalysis a = analyzer.analyze(p, AnalysisOptions.defaults());
                t.add(a.timings());
                faces += a.faces().size();
            }
        }
        System.out.printf(Locale.ROOT, "12 MP latency (%d x %d JPEG q90, ~%.1f MB each; %d analyses, one thread, %d faces found)%n",
                w, h, pictures.stream().mapToInt(b -> b.length).average().orElse(0) / 1e6, t.size(), faces);
        System.out.println("| stage | median ms | p90 ms |\n|---|---:|---:|");
        row("decode (incl. EXIF, 1/4-size DCT decoding)", t.stream().mapToDouble(StageTimings::decode).toArray());
        row("faces and eyes", t.stream().mapToDouble(StageTimings::faces).toArray());
        row("light", t.stream().mapToDouble(StageTimings::light).toArray());
        row("skin, colour, hair, eyes, quality", t.stream().mapToDouble(StageTimings::skin).toArray());
        row("**total**", t.stream().mapToDouble(StageTimings::total).toArray());
    }

    private static void row(String name, double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, s[s.length / 2], s[(int) (s.length * 0.9)]);
    }

    static void throughput(SkinToneAnalyzer analyzer, List<byte[]> sources, int w, int h, int threads, int count) throws Exception {
        List<byte[]> pictures = resized(sources, w, h);
        for (byte[] p : pictures) {
            analyzer.analyze(p, AnalysisOptions.defaults());
        }
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> f = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] p = pictures.get(i % pictures.size());
                f.add(pool.submit(() -> analyzer.analyze(p, AnalysisOptions.defaults())));
            }
            for (Future<?> x : f) {
                x.get();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "1 MP throughput (%d x %d JPEG q90): %d pictures on %d threads in %.1f s = %.1f pictures/s%n",
                w, h, count, threads, s, count / s);
    }
}
