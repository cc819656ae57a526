package io.aifashion.launcher.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's paths into the files to analyse: a file is taken as given (its format
 * is sniffed from its bytes later, whatever its name); a folder contributes the files whose names
 * end in .jpg, .jpeg, .png or .webp, directly inside it or, with {@code recursive}, at any depth,
 * in name order. A path that does not exist is kept, so that it is reported as an error entry.
 */
final class ImageFiles {

    private ImageFiles() {
    }

    static List<Path> expand(List<Path> paths, boolean recursive) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = recursive ? Files.walk(p) : Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(ImageFiles::looksLikeImage).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean looksLikeImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".webp");
    }
}
