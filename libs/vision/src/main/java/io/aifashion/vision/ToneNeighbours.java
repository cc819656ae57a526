package io.aifashion.vision;

/**
 * CIEDE2000 distances from the measured skin colour to the Monk tones on either side of the chosen
 * one: how close the measurement is to tipping over.
 *
 * @param lighter ΔE00 to tone - 1, or null for tone 1
 * @param darker  ΔE00 to tone + 1, or null for tone 10
 */
public record ToneNeighbours(Double lighter, Double darker) {

    public ToneNeighbours {
        if ((lighter != null && !(lighter >= 0)) || (darker != null && !(darker >= 0))) {
            throw new IllegalArgumentException("distances must be non-negative");
        }
    }
}
