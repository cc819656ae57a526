package io.aifashion.color.skin;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.util.List;

/**
 * The Monk Skin Tone scale (Ellis Monk, 2019; published by Google under CC-BY 4.0 in 2023): ten
 * tones chosen to represent the full range of human skin more evenly than Fitzpatrick's six, with
 * more steps in the deep range. The ten reference colours ship as a resource ({@code monk.csv}).
 *
 * <p>Use {@link #standard()}{@code .classify(lab)}; classification and its confidence follow
 * {@link ToneScale#classify(Lab)}.
 */
public final class MonkScale {

    private static final MonkScale STANDARD = new MonkScale(ToneScale.fromResource("Monk Skin Tone", "monk.csv"));

    private final ToneScale scale;

    private MonkScale(ToneScale scale) {
        if (scale.size() != 10) {
            throw new IllegalStateException("the Monk scale has 10 tones; resource has " + scale.size());
        }
        this.scale = scale;
    }

    public static MonkScale standard() {
        return STANDARD;
    }

    public MonkTone classify(Lab skin) {
        ToneMatch match = scale.classify(skin);
        return new MonkTone(match.tone().index(), match.confidence(), match.deltaE(), match.tone().srgb(), match.runnerUp().index());
    }

    /** Reference colour of tone 1..10. */
    public Srgb reference(int tone) {
        return scale.tone(tone).srgb();
    }

    public List<Tone> tones() {
        return scale.tones();
    }

    /** The scale as a generic {@link ToneScale}. */
    public ToneScale asToneScale() {
        return scale;
    }
}
