package io.aifashion.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize that deploy/kubernetes uses, so the tests can render the overlays without
 * the kustomize binary: {@code resources} (files and directories with a kustomization),
 * {@code namespace}, {@code labels} (metadata only, not selectors), {@code images} and
 * {@code patches} given as files of strategic-merge patches (one or more documents, each naming its
 * target by kind and name). Anything else in a kustomization is refused rather than ignored, so a
 * manifest change that needs more of kustomize fails here instead of being checked wrongly.
 * Where the {@code kubectl} binary is installed, {@link KustomizeTest} compares this rendering with
 * {@code kubectl kustomize}.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "images", "patches");
    /** Kinds without a namespace (of those a kustomization here might contain). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass");
    /** Strategic-merge keys of the lists a patch here may touch (Kubernetes' patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name",
            "volumeMounts", "mountPath", "imagePullSecrets", "name", "containerPorts", "containerPort",
            "servicePorts", "port");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir}. */
    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        Map<String, Object> k = Repo.document(file);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new UnsupportedOperationException(file + ": '" + key + "' is not supported by the test renderer");
            }
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object entry : listOf(k.get("resources"))) {
            Path resource = dir.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                docs.addAll(render(resource));
            } else {
                Repo.documents(resource).forEach(d -> docs.add(Maps.copy(d)));
            }
        }
        for (Object entry : listOf(k.get("patches"))) {
            Map<?, ?> patch = (Map<?, ?>) entry;
            if (patch.size() != 1 || !(patch.get("path") instanceof String path)) {
                throw new UnsupportedOperationException(file + ": only patches given by 'path' are supported: " + patch);
            }
            for (Map<String, Object> p : Repo.documents(dir.resolve(path))) {
                applyPatch(docs, p, dir.resolve(path));
            }
        }
        if (k.get("namespace") instanceof String namespace) {
            for (Map<String, Object> doc : docs) {
                if (!CLUSTER_SCOPED.contains(Maps.kind(doc))) {
                    metadata(doc).put("namespace", namespace);
                }
            }
        }
        for (Object entry : listOf(k.get("labels"))) {
            applyLabels(docs, (Map<?, ?>) entry, file);
        }
        for (Object entry : listOf(k.get("images"))) {
            applyImage(docs, (Map<?, ?>) entry);
        }
        return docs;
    }

    private static List<?> listOf(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> doc) {
        return (Map<String, Object>) doc.computeIfAbsent("metadata", x -> new LinkedHashMap<>());
    }

    private static void applyPatch(List<Map<String, Object>> docs, Map<String, Object> patch, Path file) {
        String kind = Maps.kind(patch);
        String name = Maps.name(patch);
        List<Map<String, Object>> targets = docs.stream()
                .filter(d -> kind.equals(Maps.kind(d)) && name.equals(Maps.name(d))).toList();
        if (targets.size() != 1) {
            throw new IllegalStateException(file + ": patch for " + kind + "/" + name + " matches " + targets.size()
                    + " resources");
        }
        merge(targets.get(0), patch, kind, "");
    }

    /** Strategic merge of {@code patch} into {@code target}. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch, String kind, String path) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("patch directive " + key + " is not supported");
            }
            Object value = e.getValue();
            Object current = target.get(key);
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map<?, ?> m && current instanceof Map<?, ?> c) {
                merge((Map<String, Object>) c, (Map<String, Object>) m, kind, childPath);
            } else if (value instanceof List<?> l && current instanceof List<?> c && mergeKey(kind, childPath) != null) {
                target.put(key, mergeList((List<Object>) c, (List<Object>) l, mergeKey(kind, childPath), kind, childPath));
            } else {
                target.put(key, Maps.copy(value));
            }
        }
    }

    private static String mergeKey(String kind, String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (field.equals("ports")) {
            return path.endsWith("containers.ports") || path.endsWith("initContainers.ports")
                    ? MERGE_KEYS.get("containerPorts")
                    : "Service".equals(kind) ? MERGE_KEYS.get("servicePorts") : null;
        }
        return MERGE_KEYS.get(field);
    }

    /** Items with the same key are merged; new items are added at the end. */
    @SuppressWarnings("unchecked")
    private static List<Object> mergeList(List<Object> current, List<Object> patch, String mergeKey, String kind,
                                          String path) {
        List<Object> out = new ArrayList<>(current);
        for (Object item : patch) {
            Map<String, Object> patchItem = (Map<String, Object>) item;
            Object key = patchItem.get(mergeKey);
            if (key == null) {
                throw new IllegalArgumentException("list item at " + path + " has no " + mergeKey + ": " + item);
            }
            Map<String, Object> existing = null;
            for (Object o : out) {
                if (o instanceof Map<?, ?> m && key.equals(m.get(mergeKey))) {
                    existing = (Map<String, Object>) m;
                }
            }
            if (existing == null) {
                out.add(Maps.copy(patchItem));
            } else {
                merge(existing, patchItem, kind, path);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void applyLabels(List<Map<String, Object>> docs, Map<?, ?> entry, Path file) {
        for (Object key : entry.keySet()) {
            if (!Set.of("pairs", "includeSelectors", "includeTemplates").contains(key)) {
                throw new UnsupportedOperationException(file + ": labels." + key + " is not supported");
            }
        }
        if (Boolean.TRUE.equals(entry.get("includeSelectors")) || Boolean.TRUE.equals(entry.get("includeTemplates"))) {
            throw new UnsupportedOperationException(file + ": labels on selectors or templates are not supported");
        }
        Map<String, Object> pairs = (Map<String, Object>) entry.get("pairs");
        for (Map<String, Object> doc : docs) {
            Map<String, Object> labels = (Map<String, Object>) metadata(doc)
                    .computeIfAbsent("labels", x -> new LinkedHashMap<>());
            labels.putAll(pairs);
        }
    }

    private static void applyImage(List<Map<String, Object>> docs, Map<?, ?> entry) {
        String name = (String) entry.get("name");
        for (Map<String, Object> doc : docs) {
            for (String list : List.of("containers", "initContainers")) {
                for (Map<String, Object> container : Maps.list(doc, "spec.template.spec." + list)) {
                    String image = (String) container.get("image");
                    ImageRef ref = ImageRef.parse(image);
                    if (!ref.name().equals(name)) {
                        continue;
                    }
                    String newName = entry.get("newName") instanceof String s ? s : ref.name();
                    String newTag = entry.get("newTag") != null ? String.valueOf(entry.get("newTag")) : ref.tag();
                    String digest = entry.get("digest") instanceof String s ? s : null;
                    container.put("image", digest != null ? newName + "@" + digest
                            : newTag != null ? newName + ":" + newTag : newName);
                }
            }
        }
    }

    /** An image reference: name, optional tag. */
    record ImageRef(String name, String tag) {
        static ImageRef parse(String image) {
            String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
            int slash = withoutDigest.lastIndexOf('/');
            int colon = withoutDigest.lastIndexOf(':');
            return colon > slash ? new ImageRef(withoutDigest.substring(0, colon), withoutDigest.substring(colon + 1))
                    : new ImageRef(withoutDigest, null);
        }
    }
}
