package io.aifashion.colormatching.application;

import io.aifashion.color.match.MatchScore;
import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.space.Lab;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Scores product colours against a palette: CIEDE2000 to the nearest wearable colour, with a
 * penalty near an avoid colour, 0–100 (method in docs/color-science.md).
 */
@Service
public class MatchColors {

    /** The most colours one request may score (the API's documented limit). */
    public static final int MAX_COLOURS = 1000;

    public List<MatchScore> match(Palette palette, List<Lab> colours) {
        if (colours.size() > MAX_COLOURS) {
            throw new IllegalArgumentException("at most " + MAX_COLOURS + " colours per request");
        }
        return PaletteMatcher.of(palette).matchAll(colours);
    }
}
