package io.aifashion.colormatching.application;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.colormatching.domain.PersonalPalette;
import io.aifashion.colormatching.domain.PersonalPaletteRepository;
import io.aifashion.colormatching.domain.SeasonResult;
import io.aifashion.events.payload.NamedColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user's photo was analysed: decide their season from the measured skin, hair and eye
 * colours, store the personalised palette as their current one and announce it.
 */
@Service
public class GeneratePersonalPalette {

    private final AnalyzeSeason analyzeSeason;
    private final PersonalPaletteRepository palettes;
    private final EventPublisher events;
    private final Clock clock;

    public GeneratePersonalPalette(AnalyzeSeason analyzeSeason, PersonalPaletteRepository palettes,
                                   EventPublisher events, Clock clock) {
        this.analyzeSeason = analyzeSeason;
        this.palettes = palettes;
        this.events = events;
        this.clock = clock;
    }

    /** @return the stored palette, or null for an anonymous analysis (nobody to keep it for) */
    @Transactional
    @CacheEvict(cacheNames = "my-palette", key = "#event.userId()", condition = "#event.userId() != null")
    public PersonalPalette on(SkinToneAnalyzed event) {
        if (event.userId() == null) {
            return null;
        }
        Lab skin = new Lab(event.skinLab().l(), event.skinLab().a(), event.skinLab().b());
        SeasonTraits traits = SeasonTraits.ofSkin(skin);
        if (event.hairHex() != null) {
            traits = traits.withHair(Srgb.parseHex(event.hairHex()).toLab());
        }
        if (event.eyeHex() != null) {
            traits = traits.withEyes(Srgb.parseHex(event.eyeHex()).toLab());
        }
        SeasonResult result = analyzeSeason.analyze(traits);
        PersonalPalette palette = new PersonalPalette(UUID.randomUUID(), event.userId(), event.analysisId(),
                result.analysis().season(), result.analysis().confidence(), result.analysis().explanation(),
                result.palette(), clock.instant());
        palettes.save(palette);
        events.publish(toEvent(palette));
        return palette;
    }

    private static PaletteGenerated toEvent(PersonalPalette p) {
        Palette palette = p.palette();
        return new PaletteGenerated(p.userId(), p.analysisId(), p.season().displayName(), p.confidence(),
                named(palette.wearable()), named(palette.neutrals()), named(palette.accents()),
                named(palette.metals()), named(palette.avoid()));
    }

    private static List<NamedColor> named(List<PaletteColor> colours) {
        return colours.stream().map(c -> new NamedColor(c.hex(), c.name())).toList();
    }
}
