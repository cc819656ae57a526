package io.aifashion.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation in YAML trees (maps, lists, scalars). */
final class Maps {

    private Maps() {
    }

    /** The value at a dotted path ("spec.template.spec"), or null. */
    static Object at(Object tree, String path) {
        Object current = tree;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object tree, String path) {
        Object value = at(tree, path);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object tree, String path) {
        Object value = at(tree, path);
        if (!(value instanceof List<?> l)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) {
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    /** A list of scalars at a path, as strings (empty if absent). */
    static List<String> strings(Object tree, String path) {
        Object value = at(tree, path);
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    static String string(Object tree, String path) {
        Object value = at(tree, path);
        return value == null ? null : String.valueOf(value);
    }

    /** A deep, mutable copy of a YAML tree. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (tree instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return tree;
    }

    static String kind(Map<String, Object> doc) {
        return string(doc, "kind");
    }

    static String name(Map<String, Object> doc) {
        return string(doc, "metadata.name");
    }

    static String id(Map<String, Object> doc) {
        return kind(doc) + "/" + name(doc);
    }
}
