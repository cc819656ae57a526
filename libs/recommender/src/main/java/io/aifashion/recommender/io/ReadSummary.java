package io.aifashion.recommender.io;

import io.aifashion.recommender.data.InteractionLog;

/**
 * What a reader produced and what it left out.
 *
 * @param lines          data lines read (header, blank and comment lines not counted)
 * @param belowThreshold rows dropped by the positive threshold
 * @param zeroWeight     rows dropped because their weight was 0 (no signal)
 */
public record ReadSummary(InteractionLog log, long lines, long belowThreshold, long zeroWeight) {
}
