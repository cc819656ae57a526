package io.aifashion.imaging.domain;

/** The measurement pipeline (port; the adapter runs the vision library on a bounded pool of workers). */
public interface PhotoAnalyzer {

    /**
     * Analyses a photo in memory.
     *
     * @param image     the uploaded bytes, format sniffed from their content
     * @param settings  what to do
     * @param keepPhoto also return a re-encoded copy of the photo and its full report, to be kept
     * @return the derived result (a photo without a usable face is a result with a retake verdict)
     * @throws UnusableImageException when the bytes are not an image that can be analysed
     * @throws AnalyzerBusyException  when every worker is busy and the waiting line is full
     */
    AnalyzedPhoto analyze(byte[] image, AnalysisSettings settings, boolean keepPhoto);
}
