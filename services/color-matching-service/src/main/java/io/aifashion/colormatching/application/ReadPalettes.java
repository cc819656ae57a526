package io.aifashion.colormatching.application;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.colormatching.domain.PersonalPalette;
import io.aifashion.colormatching.domain.PersonalPaletteRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Season palettes (pure functions of the season) and users' current palettes. */
@Service
public class ReadPalettes {

    private final PaletteGenerator generator = PaletteGenerator.standard();
    private final PersonalPaletteRepository palettes;

    public ReadPalettes(PersonalPaletteRepository palettes) {
        this.palettes = palettes;
    }

    public Palette forSeason(Season season) {
        return generator.forSeason(season);
    }

    public Optional<PersonalPalette> mine(String userId) {
        return palettes.latest(userId);
    }
}
