package io.aifashion.colormatching.web;

import io.aifashion.color.match.MatchScore;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteRole;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.colormatching.application.MatchColors;
import io.aifashion.colormatching.application.ReadPalettes;
import io.aifashion.colormatching.web.ColorViews.MatchView;
import io.aifashion.kit.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/colors/match}: scores up to 1,000 product colours against a palette, either
 * a season's ({@code season}) or an explicit one ({@code palette.wear}, optional {@code palette.avoid}).
 */
@RestController
public class ColorMatchController {

    /** An explicit palette: colours to wear and, optionally, to avoid. */
    public record ExplicitPalette(@Size(max = 200, message = "at most 200 colours") List<ColorInput> wear,
                                  @Size(max = 200, message = "at most 200 colours") List<ColorInput> avoid) {
    }

    public record MatchRequest(String season, @Valid ExplicitPalette palette,
                               @NotEmpty(message = "give at least one colour to score")
                               @Size(max = MatchColors.MAX_COLOURS, message = "at most 1000 colours per request")
                               List<ColorInput> colors) {
    }

    private final MatchColors matchColors;
    private final ReadPalettes palettes;

    public ColorMatchController(MatchColors matchColors, ReadPalettes palettes) {
        this.matchColors = matchColors;
        this.palettes = palettes;
    }

    @PostMapping("/api/v1/colors/match")
    public Map<String, Object> match(@Valid @RequestBody MatchRequest request) {
        Palette palette = palette(request);
        List<Lab> colours = new ArrayList<>(request.colors().size());
        for (int i = 0; i < request.colors().size(); i++) {
            ColorInput c = request.colors().get(i);
            if (c == null) {
                throw ApiProblem.badRequest("colors[" + i + "]", "colors[" + i + "] is empty");
            }
            colours.add(c.toLab("colors[" + i + "]"));
        }
        List<MatchScore> scores = matchColors.match(palette, colours);
        List<MatchView> results = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            results.add(MatchView.of(i, scores.get(i)));
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (request.season() != null) {
            body.put("season", ColorViews.slug(palette.season()));
        }
        body.put("results", results);
        return body;
    }

    private Palette palette(MatchRequest request) {
        boolean explicit = request.palette() != null && request.palette().wear() != null;
        if (request.season() != null && explicit) {
            throw ApiProblem.badRequest("palette", "give either season or palette, not both");
        }
        if (request.season() != null) {
            return palettes.forSeason(ColorCatalogController.parseSeason(request.season(), "season"));
        }
        if (!explicit || request.palette().wear().isEmpty()) {
            throw ApiProblem.badRequest("palette.wear", "give a season or at least one palette colour to wear");
        }
        List<PaletteColor> wear = colours(request.palette().wear(), "palette.wear", PaletteRole.WEARABLE);
        List<PaletteColor> avoid = request.palette().avoid() == null ? List.of()
                : colours(request.palette().avoid(), "palette.avoid", PaletteRole.AVOID);
        // The library's Palette always names a season; an explicit palette has none, so the label is
        // arbitrary here and never reported (matching looks only at the colours).
        return new Palette(io.aifashion.color.season.Season.TRUE_AUTUMN, false, wear, List.of(), List.of(), List.of(),
                avoid);
    }

    private static List<PaletteColor> colours(List<ColorInput> inputs, String field, PaletteRole role) {
        List<PaletteColor> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Lab lab = inputs.get(i).toLab(field + "[" + i + "]");
            Srgb srgb = lab.toSrgb();
            out.add(new PaletteColor(srgb.toHex(), srgb, lab, role, ""));
        }
        return out;
    }
}
