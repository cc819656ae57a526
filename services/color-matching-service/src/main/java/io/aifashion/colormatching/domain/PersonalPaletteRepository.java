package io.aifashion.colormatching.domain;

import java.util.List;
import java.util.Optional;

/** Where personal palettes are kept. */
public interface PersonalPaletteRepository {

    void save(PersonalPalette palette);

    /** The user's most recent palette. */
    Optional<PersonalPalette> latest(String userId);

    /** All of a user's palettes, newest first (for the data export). */
    List<PersonalPalette> history(String userId);

    /** Removes everything held about the user; returns how many palettes were removed. */
    int deleteByUser(String userId);
}
