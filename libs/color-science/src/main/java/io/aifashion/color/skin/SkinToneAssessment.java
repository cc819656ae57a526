package io.aifashion.color.skin;

import io.aifashion.color.space.Lab;

import java.util.Objects;

/**
 * Everything the library says about one skin colour: Monk tone, ITA° with its Chardon/Del Bino
 * class and Fitzpatrick estimate, and undertone.
 */
public record SkinToneAssessment(Lab lab, MonkTone monk, Ita ita, ItaCategory itaCategory,
                                 FitzpatrickType fitzpatrick, Undertone undertone) {

    public SkinToneAssessment {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(monk, "monk");
        Objects.requireNonNull(ita, "ita");
        Objects.requireNonNull(itaCategory, "itaCategory");
        Objects.requireNonNull(fitzpatrick, "fitzpatrick");
        Objects.requireNonNull(undertone, "undertone");
    }

    /** Assesses a measured skin colour (CIELAB, D65). */
    public static SkinToneAssessment of(Lab skin) {
        Ita ita = Ita.of(skin);
        return new SkinToneAssessment(skin, MonkScale.standard().classify(skin), ita, ita.category(),
                ita.fitzpatrickEstimate(), Undertone.of(skin));
    }

    /** The skin colour as {@code #rrggbb}. */
    public String hex() {
        return lab.toHex();
    }
}
