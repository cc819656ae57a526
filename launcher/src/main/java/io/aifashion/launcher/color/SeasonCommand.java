package io.aifashion.launcher.color;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ai-fashion color season --skin HEX [--hair HEX] [--eyes HEX]}: the 12-season analysis as
 * JSON — season, confidence, every season's score, explanation and the personal palette.
 */
@Command(name = "season",
        mixinStandardHelpOptions = true,
        description = "12-season colour analysis from skin (and optionally hair and eye) colours. Prints JSON.")
public final class SeasonCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--skin", required = true, paramLabel = "HEX", description = "skin colour, #rrggbb")
    String skin;

    @Option(names = "--hair", paramLabel = "HEX", description = "hair colour, #rrggbb")
    String hair;

    @Option(names = "--eyes", paramLabel = "HEX", description = "eye (iris) colour, #rrggbb")
    String eyes;

    @Override
    public Integer call() {
        List<String> errors = new ArrayList<>();
        Lab skinLab = parse("--skin", skin, errors);
        Lab hairLab = hair == null ? null : parse("--hair", hair, errors);
        Lab eyeLab = eyes == null ? null : parse("--eyes", eyes, errors);
        if (!errors.isEmpty()) {
            errors.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return 2;
        }
        SeasonTraits traits = new SeasonTraits(skinLab, Optional.ofNullable(hairLab), Optional.ofNullable(eyeLab));
        SeasonAnalysis analysis = SeasonClassifier.standard().classify(traits);
        Palette palette = PaletteGenerator.standard().personalised(analysis, traits);
        ColorJson.print(spec.commandLine().getOut(), json(analysis, palette));
        return 0;
    }

    private static Lab parse(String option, String hex, List<String> errors) {
        try {
            return Srgb.parseHex(hex).toLab();
        } catch (InvalidColorException e) {
            errors.add(option + ": " + e.getMessage());
            return null;
        }
    }

    static Map<String, Object> json(SeasonAnalysis analysis, Palette palette) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("season", analysis.season().displayName());
        o.put("seasonId", analysis.season().name());
        o.put("confidence", ColorJson.round(analysis.confidence()));
        o.put("runnerUp", analysis.runnerUp().displayName());
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Season s : Season.values()) {
            scores.put(s.displayName(), ColorJson.round(analysis.score(s)));
        }
        o.put("scores", scores);
        Map<String, Object> traits = new LinkedHashMap<>();
        traits.put("temperature", ColorJson.round(analysis.traits().temperature()));
        traits.put("value", ColorJson.round(analysis.traits().value()));
        traits.put("chroma", ColorJson.round(analysis.traits().chroma()));
        traits.put("contrast", analysis.traits().contrast().isPresent() ? ColorJson.round(analysis.traits().contrast().getAsDouble()) : null);
        o.put("traits", traits);
        o.put("explanation", analysis.explanation());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("season", palette.season().displayName());
        p.put("personalised", palette.personalised());
        p.put("wearable", colours(palette.wearable()));
        p.put("neutrals", colours(palette.neutrals()));
        p.put("accents", colours(palette.accents()));
        p.put("metals", colours(palette.metals()));
        p.put("avoid", colours(palette.avoid()));
        o.put("palette", p);
        return o;
    }

    private static List<Map<String, Object>> colours(List<PaletteColor> colours) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PaletteColor c : colours) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("hex", c.hex());
            m.put("note", c.note());
            list.add(m);
        }
        return list;
    }
}
