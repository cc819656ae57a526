package io.aifashion.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository the tests check, and YAML reading. */
final class Repo {

    /** The service modules and the gateway, in DESIGN.md §3 order, with their HTTP ports. */
    static final Map<String, Integer> SERVICES = orderedPorts();

    private Repo() {
    }

    private static Map<String, Integer> orderedPorts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("gateway", 8080);
        m.put("auth-service", 8081);
        m.put("image-processing-service", 8082);
        m.put("color-matching-service", 8083);
        m.put("product-service", 8084);
        m.put("recommendation-service", 8085);
        m.put("notification-service", 8086);
        return m;
    }

    /** The repository root: the parent of this module's directory. */
    static Path root() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("deploy"))) {
            throw new IllegalStateException("run from the deploy module (basedir " + module + ")");
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** Every non-empty document of a YAML file, as maps. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(read(file))) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": a document is not a mapping");
            }
            docs.add((Map<String, Object>) map);
        }
        return docs;
    }

    static Map<String, Object> document(Path file) {
        List<Map<String, Object>> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one document, found " + docs.size());
        }
        return docs.get(0);
    }
}
