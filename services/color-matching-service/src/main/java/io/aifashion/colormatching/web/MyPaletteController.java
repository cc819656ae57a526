package io.aifashion.colormatching.web;

import io.aifashion.colormatching.web.ColorViews.MyPaletteView;
import io.aifashion.kit.security.CurrentUser;
import io.aifashion.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/palettes/me}: the signed-in user's current personal palette. */
@RestController
public class MyPaletteController {

    private final PaletteViews palettes;

    public MyPaletteController(PaletteViews palettes) {
        this.palettes = palettes;
    }

    @GetMapping("/api/v1/palettes/me")
    public MyPaletteView mine() {
        MyPaletteView view = palettes.myPalette(CurrentUser.require());
        if (view == null) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "no-palette-yet", "No palette yet",
                    "You have no personal palette yet: analyse a photo while signed in and it appears here.",
                    java.util.Map.of());
        }
        return view;
    }
}
