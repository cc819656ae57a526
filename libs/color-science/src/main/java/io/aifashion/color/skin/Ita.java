package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;

/**
 * Individual Typology Angle, ITA° = atan2(L* − 50, b*) · 180/π (Chardon et al. 1991): the angle of
 * a skin colour in the L*–b* plane seen from the point (b* = 0, L* = 50). It grows with lightness
 * and falls with yellowness/tan, and is the standard dermatological colorimetric skin measure.
 *
 * @param degrees the angle in degrees, in [−180, 180]; skin colours lie roughly in (−90, 90)
 */
public record Ita(double degrees) {

    public Ita {
        if (!Double.isFinite(degrees) || degrees < -180.0 || degrees > 180.0) {
            throw new InvalidColorException("ita", Double.toString(degrees), "ITA must be an angle in [-180, 180] degrees; got " + degrees);
        }
    }

    public static Ita of(Lab skin) {
        return new Ita(Math.toDegrees(Math.atan2(skin.l() - 50.0, skin.b())));
    }

    public ItaCategory category() {
        return ItaCategory.of(degrees);
    }

    public FitzpatrickType fitzpatrickEstimate() {
        return category().fitzpatrickEstimate();
    }
}
