package io.aifashion.vision;

/**
 * Wall-clock time per pipeline stage, in milliseconds.
 *
 * @param decode decoding, orientation
 * @param faces  face and eye detection
 * @param light  illuminant estimation
 * @param skin   skin segmentation and colour, hair and eyes, quality checks (all faces)
 * @param report report rendering (0 when not requested)
 * @param total  everything, from bytes to result
 */
public record StageTimings(double decode, double faces, double light, double skin, double report, double total) {

    public StageTimings {
        if (decode < 0 || faces < 0 || light < 0 || skin < 0 || report < 0 || total < 0) {
            throw new IllegalArgumentException("timings cannot be negative");
        }
    }
}
