package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test renderer of kustomize: its semantics, and agreement with the real kustomize where installed. */
class KustomizeTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, labels: {app: web}}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: example/web:1.0
                      env:
                        - {name: A, value: "1"}
                        - {name: B, value: "2"}
                      ports:
                        - {containerPort: 8080, name: http}
                      resources: {requests: {cpu: 100m}}
                    - name: sidecar
                      image: example/sidecar:2.0
                      args: ["--one"]
            """;

    @Test
    void patchesMergeListsByTheirKeysAndReplaceOthers() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          env:
                            - {name: B, value: "20"}
                            - {name: C, value: "3"}
                          resources: {requests: {cpu: 200m, memory: 64Mi}}
                        - name: sidecar
                          args: ["--two"]
                """);
        write("overlay/kustomization.yaml", """
                namespace: shop
                resources: [../base]
                patches: [{path: patch.yaml}]
                labels: [{pairs: {env: test}, includeSelectors: false}]
                images: [{name: example/web, newName: registry.local/web, newTag: "1.1"}]
                """);
        List<Map<String, Object>> docs = Kustomize.render(dir.resolve("overlay"));
        assertThat(docs).hasSize(1);
        Map<String, Object> d = docs.get(0);
        List<Map<String, Object>> containers = Maps.list(d, "spec.template.spec.containers");
        Map<String, Object> web = containers.get(0);
        assertThat(Maps.list(web, "env")).containsExactly(
                Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "20"), Map.of("name", "C", "value", "3"));
        assertThat(Maps.map(web, "resources.requests")).containsEntry("cpu", "200m").containsEntry("memory", "64Mi");
        assertThat(web.get("image")).isEqualTo("registry.local/web:1.1");
        assertThat(Maps.list(web, "ports")).hasSize(1);
        Map<String, Object> sidecar = containers.get(1);
        assertThat(sidecar.get("args")).isEqualTo(List.of("--two"));
        assertThat(sidecar.get("image")).isEqualTo("example/sidecar:2.0");
        assertThat(Maps.string(d, "metadata.namespace")).isEqualTo("shop");
        assertThat(Maps.map(d, "metadata.labels")).containsEntry("env", "test").containsEntry("app", "web");
        // The base's files are not changed by rendering an overlay.
        assertThat(Kustomize.render(dir.resolve("base")).get(0).toString()).contains("example/web:1.0")
                .doesNotContain("shop");
    }

    @Test
    void aPatchThatMatchesNothingFails() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("overlay/patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: webb}\nspec: {}\n");
        write("overlay/kustomization.yaml", "resources: [../base]\npatches: [{path: patch.yaml}]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("overlay")))
                .hasMessageContaining("Deployment/webb matches 0 resources");
    }

    @Test
    void kustomizeFeaturesItDoesNotImplementAreRefused() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [deployment.yaml]\nnamePrefix: x-\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("base")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("namePrefix");
        write("base/kustomization.yaml", "resources: [deployment.yaml]\npatches: [{patch: '[]', target: {kind: X}}]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("base")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownFieldsInAManifestAreCaught() {
        Map<String, Object> doc = Repo.yaml().load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - name: web
                          image: example/web:1.0
                          livenesProbe: {httpGet: {path: /, port: 80}}
                """);
        assertThatThrownBy(() -> Manifests.toModel(doc, "test")).hasMessageContaining("livenesProbe");
        Map<String, Object> crd = Repo.yaml().load("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
        assertThatThrownBy(() -> Manifests.toModel(crd, "test")).hasMessageContaining("not a kind the Kubernetes model knows");
    }

    /**
     * The renderer agrees with kustomize itself (as built into kubectl) on the real manifests. The
     * build machines have no kubectl (Debian does not package it), so this runs only where it is
     * installed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void rendersLikeKubectlKustomize(String location) throws Exception {
        String kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed; the renderer is checked against it where it is");
        Path target = Repo.path("deploy/kubernetes").resolve(location);
        Process p = new ProcessBuilder(kubectl, "kustomize", target.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize: " + err).isZero();
        List<Object> expected = new ArrayList<>();
        for (Object doc : Repo.yaml().loadAll(out)) {
            expected.add(doc);
        }
        assertThat(normalise(new ArrayList<>(Kustomize.render(target))))
                .isEqualTo(normalise(expected));
    }

    private static String onPath(String command) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Documents sorted by kind and name; lists of named items sorted by name (order is not meaning). */
    @SuppressWarnings("unchecked")
    private static List<Object> normalise(List<?> docs) {
        List<Object> out = new ArrayList<>();
        for (Object doc : docs) {
            out.add(sortNamed(doc));
        }
        out.sort(Comparator.comparing(d -> Maps.id((Map<String, Object>) d)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object sortNamed(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, sortNamed(v)));
            return out;
        }
        if (tree instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(sortNamed(v)));
            if (out.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("name") instanceof String)) {
                out.sort(Comparator.comparing(o -> (String) ((Map<String, Object>) o).get("name")));
            }
            return out;
        }
        return tree;
    }
}
