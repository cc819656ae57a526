package io.aifashion.launcher.color;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ai-fashion color describe HEX...}: a JSON array with one object per colour — hex, CIELAB,
 * Monk tone (with confidence and ΔE00 to the tone), ITA° and its class, Fitzpatrick estimate and
 * undertone.
 */
@Command(name = "describe",
        mixinStandardHelpOptions = true,
        description = "Describe skin colours (#rrggbb): CIELAB, Monk tone, ITA° and class, undertone. Prints a JSON array.")
public final class DescribeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "HEX", description = "colours as #rrggbb")
    List<String> hexes;

    @Override
    public Integer call() {
        List<Srgb> colours = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String hex : hexes) {
            try {
                colours.add(Srgb.parseHex(hex));
            } catch (InvalidColorException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return 2;
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Srgb colour : colours) {
            result.add(describe(colour));
        }
        ColorJson.print(spec.commandLine().getOut(), result);
        return 0;
    }

    static Map<String, Object> describe(Srgb colour) {
        Lab lab = colour.toLab();
        SkinToneAssessment a = SkinToneAssessment.of(lab);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("hex", colour.toHex());
        o.put("lab", ColorJson.lab(lab));
        Map<String, Object> monk = new LinkedHashMap<>();
        monk.put("tone", a.monk().tone());
        monk.put("confidence", ColorJson.round(a.monk().confidence()));
        monk.put("deltaE", ColorJson.round(a.monk().deltaE()));
        monk.put("runnerUp", a.monk().runnerUp());
        monk.put("reference", a.monk().reference().toHex());
        o.put("monk", monk);
        o.put("ita", ColorJson.round(a.ita().degrees()));
        o.put("itaCategory", a.itaCategory().displayName());
        o.put("fitzpatrick", a.fitzpatrick().name());
        o.put("undertone", a.undertone().type().displayName());
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("warmth", ColorJson.round(a.undertone().warmth()));
        scores.put("olive", ColorJson.round(a.undertone().olive()));
        scores.put("confidence", ColorJson.round(a.undertone().confidence()));
        scores.put("hue", ColorJson.round(a.undertone().hue()));
        scores.put("chroma", ColorJson.round(a.undertone().chroma()));
        o.put("undertoneScores", scores);
        return o;
    }
}
