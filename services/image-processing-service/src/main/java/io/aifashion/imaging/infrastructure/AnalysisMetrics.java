package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.Rejection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The imaging business metrics (Micrometer; Prometheus names in docs/imaging.md):
 * <ul>
 *   <li>{@code aifashion.imaging.analysis} — pipeline time per analysis, with client-side
 *       percentiles (kept for the dashboards) and a percentile histogram, so that latency can be
 *       aggregated over instances ({@code histogram_quantile});</li>
 *   <li>{@code aifashion.imaging.analyses{outcome, reason}} — every analysed upload once:
 *       {@code outcome=ok} (reason {@code none}), {@code outcome=retake} with the retake code
 *       ({@code no-face}, {@code too-dark}, ...) or {@code outcome=rejected} with the refusal code
 *       ({@code corrupt}, {@code too-large}, ...): how often users are asked for another photo, and why;</li>
 *   <li>{@code aifashion.imaging.monk.tone{tone}} — the Monk tone of each measured primary face:
 *       the product promises to work for every skin, and a shift of this distribution (or a tone
 *       whose share of retakes grows) is the first sign that it does not.</li>
 * </ul>
 * Tag values come from closed sets (ten tones, the library's retake and refusal codes), so the
 * number of series is bounded.
 */
final class AnalysisMetrics {

    private final MeterRegistry meters;
    private final Timer timer;
    private final Counter[] tones = new Counter[10];

    AnalysisMetrics(MeterRegistry meters) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.timer = Timer.builder("aifashion.imaging.analysis").description("Photo analyses, by the pipeline")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
        for (int t = 1; t <= 10; t++) {
            tones[t - 1] = Counter.builder("aifashion.imaging.monk.tone").description("Measured primary faces by Monk tone")
                    .tag("tone", Integer.toString(t)).register(meters);
        }
    }

    /** Runs and times one analysis. */
    <T> T time(Callable<T> analysis) throws Exception {
        return timer.recordCallable(analysis);
    }

    /** Counts a finished analysis by its outcome and, when measured, the primary face's tone. */
    void completed(AnalysisResult result) {
        if (result.completed()) {
            outcome("ok", "none");
            result.primaryFace().filter(f -> f.measured()).ifPresent(f -> tones[f.skin().monkTone() - 1].increment());
        } else {
            outcome("retake", result.retake().code());
        }
    }

    /** Counts an upload refused as an image. */
    void rejected(Rejection why) {
        outcome("rejected", why.code());
    }

    private void outcome(String outcome, String reason) {
        Counter.builder("aifashion.imaging.analyses").description("Analysed uploads by outcome")
                .tag("outcome", outcome).tag("reason", reason).register(meters).increment();
    }
}
