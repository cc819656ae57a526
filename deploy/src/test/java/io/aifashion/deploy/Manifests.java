package io.aifashion.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A rendered kustomization as fabric8 model objects. Every document must be a kind the model knows
 * (not a generic resource) and contain no field the model does not know: fabric8 keeps unknown
 * fields in {@code additionalProperties} instead of failing, so a misspelt {@code livenesProbe}
 * would otherwise pass unnoticed.
 */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String location;
    final List<Map<String, Object>> raw;
    final List<HasMetadata> objects;

    private Manifests(String location, List<Map<String, Object>> raw, List<HasMetadata> objects) {
        this.location = location;
        this.raw = raw;
        this.objects = objects;
    }

    /** Renders deploy/kubernetes/{@code location} (base, overlays/dev, overlays/prod). */
    static Manifests render(String location) {
        Path dir = Repo.path("deploy/kubernetes").resolve(location);
        List<Map<String, Object>> raw = Kustomize.render(dir);
        List<HasMetadata> objects = new ArrayList<>();
        for (Map<String, Object> doc : raw) {
            objects.add(toModel(doc, location));
        }
        return new Manifests(location, raw, objects);
    }

    static HasMetadata toModel(Map<String, Object> doc, String where) {
        String yaml = Repo.yaml().dump(doc);
        HasMetadata object = SERIALIZATION.unmarshal(yaml, HasMetadata.class);
        if (object == null || object instanceof GenericKubernetesResource) {
            throw new AssertionError(where + ": " + Maps.id(doc) + " (" + doc.get("apiVersion")
                    + ") is not a kind the Kubernetes model knows");
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(object, Maps.id(doc), unknown);
        if (!unknown.isEmpty()) {
            throw new AssertionError(where + ": unknown fields " + unknown);
        }
        return object;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).toList();
        if (found.size() != 1) {
            throw new AssertionError(location + ": expected one " + type.getSimpleName() + " " + name + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    /** Collects the paths of fields the model kept as additional properties. */
    private static void unknownFields(Object value, String path, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", out);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, out));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            try {
                if (name.equals("getAdditionalProperties")) {
                    Map<?, ?> extra = (Map<?, ?>) method.invoke(value);
                    if (extra != null) {
                        extra.keySet().forEach(k -> out.add(path + "." + k));
                    }
                } else if (name.startsWith("get") && name.length() > 3) {
                    Object child = method.invoke(value);
                    if (child != value) {
                        unknownFields(child, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4),
                                out);
                    }
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(path + "." + name, e);
            }
        }
    }
}
