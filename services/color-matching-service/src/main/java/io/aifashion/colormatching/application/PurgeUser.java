package io.aifashion.colormatching.application;

import io.aifashion.colormatching.domain.PersonalPaletteRepository;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account was deleted: forget every palette of that user. */
@Service
public class PurgeUser {

    private final PersonalPaletteRepository palettes;

    public PurgeUser(PersonalPaletteRepository palettes) {
        this.palettes = palettes;
    }

    @Transactional
    @CacheEvict(cacheNames = "my-palette", key = "#userId")
    public int purge(String userId) {
        return palettes.deleteByUser(userId);
    }
}
