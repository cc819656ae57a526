package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisSettings;
import io.aifashion.imaging.domain.AnalyzedPhoto;
import io.aifashion.imaging.domain.UnusableImageException;
import io.aifashion.imaging.support.Photos;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The business metrics, recorded by the real pipeline on real uploads. */
class AnalysisMetricsTest {

    private static ImagingProperties properties() {
        return new ImagingProperties(null, null, null, null, null, 1, 2, null, null, 0, 0);
    }

    @Test
    void countsOutcomesTonesAndTimesEveryAnalysis() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        VisionPhotoAnalyzer analyzer = new VisionPhotoAnalyzer(properties(), meters);
        try {
            AnalyzedPhoto face = analyzer.analyze(Photos.face(), AnalysisSettings.defaults(), false);
            int tone = face.result().primaryFace().orElseThrow().skin().monkTone();
            analyzer.analyze(Photos.encode(Photos.gradient(320, 240), "png"), AnalysisSettings.defaults(), false);
            assertThatThrownBy(() -> analyzer.analyze("%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII),
                    AnalysisSettings.defaults(), false)).isInstanceOf(UnusableImageException.class);

            assertThat(meters.get("aifashion.imaging.analyses").tags("outcome", "ok", "reason", "none").counter().count()).isEqualTo(1);
            assertThat(meters.get("aifashion.imaging.analyses").tags("outcome", "retake", "reason", "no-face").counter().count()).isEqualTo(1);
            assertThat(meters.get("aifashion.imaging.analyses").tag("outcome", "rejected").counter().count()).isEqualTo(1);
            assertThat(meters.get("aifashion.imaging.monk.tone").tag("tone", Integer.toString(tone)).counter().count()).isEqualTo(1);
            assertThat(meters.get("aifashion.imaging.monk.tone").counters()).hasSize(10);
            // Every upload that reached the pipeline is timed, including the refused one.
            assertThat(meters.get("aifashion.imaging.analysis").timer().count()).isEqualTo(3);
        } finally {
            analyzer.destroy();
        }
    }
}
