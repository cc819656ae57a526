package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests of deploy/kubernetes — the base and both overlays, rendered — parsed
 * with the fabric8 model and checked for what the cluster and operators rely on.
 */
class KubernetesManifestsTest {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final Map<String, String> NAMESPACES = Map.of("overlays/dev", "aifashion-dev",
            "overlays/prod", "aifashion");

    static Manifests rendered(String location) {
        return RENDERED.computeIfAbsent(location, Manifests::render);
    }

    /** Secret names listed in deploy/kubernetes/README.md, section "Secrets". */
    static Set<String> documentedSecrets() {
        String readme = Repo.read(Repo.path("deploy/kubernetes/README.md"));
        int start = readme.indexOf("\n## Secrets");
        assertThat(start).as("deploy/kubernetes/README.md has a '## Secrets' section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(section);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).as("secrets table in deploy/kubernetes/README.md").isNotEmpty();
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceAndTheGatewayIsDeployedWithAServiceAnAutoscalerAndADisruptionBudget(String location) {
        Manifests m = rendered(location);
        assertThat(m.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repo.SERVICES.keySet());
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(name + ": selector matches its pods")
                    .containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
            Container c = container(d);
            // A Service that selects these pods and reaches the HTTP port.
            List<Service> services = m.all(Service.class).stream()
                    .filter(s -> selects(s.getSpec().getSelector(), podLabels)).toList();
            assertThat(services).as(name + ": Services selecting its pods").hasSize(1);
            Service service = services.get(0);
            assertThat(service.getMetadata().getName()).isEqualTo(name);
            assertThat(service.getSpec().getPorts()).as(name + ": Service ports").isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(containerPort(c, port.getTargetPort()))
                        .as(name + ": Service port " + port.getPort() + " targets a container port").isNotNull();
            }
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort)
                    .as(name + ": Service port, the one other services and the gateway are configured with")
                    .contains(Repo.SERVICES.get(name));
            // Autoscaler on this Deployment.
            HorizontalPodAutoscaler hpa = m.one(HorizontalPodAutoscaler.class, name);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(hpa.getSpec().getMinReplicas()).isPositive();
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).as(name + ": HPA metrics").isNotEmpty();
            assertThat(hpa.getSpec().getMetrics()).allSatisfy(metric -> {
                assertThat(metric.getType()).isEqualTo("Resource");
                // Utilisation is relative to requests: the container must request what is measured.
                assertThat(c.getResources().getRequests()).containsKey(metric.getResource().getName());
            });
            assertThat(d.getSpec().getReplicas()).as(name + ": replicas are the autoscaler's to set").isNull();
            // Disruption budget over the same pods, allowing a drain.
            PodDisruptionBudget pdb = m.one(PodDisruptionBudget.class, name);
            assertThat(selects(pdb.getSpec().getSelector().getMatchLabels(), podLabels))
                    .as(name + ": PDB selects its pods").isTrue();
            assertThat(pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null).isTrue();
            if (pdb.getSpec().getMinAvailable() != null) {
                assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                        .as(name + ": minAvailable below the fewest replicas, or nodes never drain")
                        .isLessThan(hpa.getSpec().getMinReplicas());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyDeploymentProbesActuatorHealth(String location) {
        for (Deployment d : rendered(location).all(Deployment.class)) {
            String name = d.getMetadata().getName();
            Container c = container(d);
            assertProbe(name + " liveness", c, c.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(name + " readiness", c, c.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(name + " startup", c, c.getStartupProbe(), "/actuator/health/liveness");
            Probe startup = c.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
                    .as(name + ": a JVM on a throttled CPU gets at least two minutes to start")
                    .isGreaterThanOrEqualTo(120);
            // Prometheus finds the pods by annotation; the port must be one the container opens.
            Map<String, String> annotations = d.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(containerPort(c, new IntOrString(Integer.parseInt(annotations.get("prometheus.io/port")))))
                    .as(name + ": metrics port is a container port").isNotNull();
        }
    }

    private static void assertProbe(String what, Container c, Probe probe, String path) {
        assertThat(probe).as(what + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(what + " probe is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        assertThat(containerPort(c, probe.getHttpGet().getPort())).as(what + " port is a container port").isNotNull();
        assertThat(probe.getTimeoutSeconds()).as(what + " timeout").isNotNull().isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyContainerRequestsAndLimitsCpuAndMemory(String location) {
        for (Deployment d : rendered(location).all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String what = d.getMetadata().getName() + "/" + c.getName();
                Map<String, Quantity> requests = c.getResources().getRequests();
                Map<String, Quantity> limits = c.getResources().getLimits();
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(requests).as(what + " requests").containsKey(resource);
                    assertThat(limits).as(what + " limits").containsKey(resource);
                    BigDecimal request = requests.get(resource).getNumericalAmount();
                    BigDecimal limit = limits.get(resource).getNumericalAmount();
                    assertThat(request).as(what + " " + resource + " request").isPositive();
                    assertThat(request).as(what + " " + resource + " request within the limit")
                            .isLessThanOrEqualTo(limit);
                }
                // The JVM takes 75 % of the limit as heap (Jib flags): leave it room to be useful.
                assertThat(limits.get("memory").getNumericalAmount())
                        .as(what + " memory limit").isGreaterThanOrEqualTo(BigDecimal.valueOf(384L * 1024 * 1024));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void podsMeetTheRestrictedPodSecurityStandard(String location) {
        for (Deployment d : rendered(location).all(Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            PodSecurityContext psc = pod.getSecurityContext();
            assertThat(psc).as(name + " pod securityContext").isNotNull();
            assertThat(psc.getRunAsNonRoot()).as(name + " runAsNonRoot").isTrue();
            assertThat(psc.getRunAsUser()).as(name + " runAsUser").isNotNull().isNotZero();
            assertThat(psc.getSeccompProfile().getType()).as(name + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name + ": no API token in the pod").isFalse();
            assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
            for (Container c : pod.getContainers()) {
                SecurityContext sc = c.getSecurityContext();
                assertThat(sc).as(name + " container securityContext").isNotNull();
                assertThat(sc.getAllowPrivilegeEscalation()).as(name + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.getReadOnlyRootFilesystem()).as(name + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.getCapabilities().getDrop()).as(name + " drops capabilities").containsExactly("ALL");
                assertThat(sc.getPrivileged()).isNotEqualTo(Boolean.TRUE);
                assertThat(sc.getRunAsUser()).as(name + " container runAsUser").satisfiesAnyOf(
                        u -> assertThat(u).isNull(), u -> assertThat(u).isNotZero());
                // With a read-only root, /tmp (Tomcat, uploads, OpenCV's native libraries) is a volume.
                assertThat(c.getVolumeMounts()).as(name + " mounts").anySatisfy(vm ->
                        assertThat(vm.getMountPath()).isEqualTo("/tmp"));
                for (var mount : c.getVolumeMounts()) {
                    assertThat(pod.getVolumes()).extracting(Volume::getName).as(name + " volume " + mount.getName())
                            .contains(mount.getName());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void secretsAreReferencedByDocumentedNamesAndNeverIncluded(String location) {
        Manifests m = rendered(location);
        assertThat(m.all(Secret.class)).as(location + ": no Secret objects are committed").isEmpty();
        Set<String> documented = documentedSecrets();
        Set<String> referenced = new LinkedHashSet<>();
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        referenced.add(env.getValueFrom().getSecretKeyRef().getName());
                        assertThat(env.getValueFrom().getSecretKeyRef().getKey()).isNotBlank();
                    }
                    if (env.getValue() != null && env.getName().matches(".*(PASSWORD|SECRET|PRIVATE_KEY|_KEY)$")) {
                        fail(location + ": " + d.getMetadata().getName() + " sets " + env.getName()
                                + " in plain text; reference a Secret");
                    }
                }
                for (EnvFromSource from : c.getEnvFrom()) {
                    if (from.getSecretRef() != null) {
                        referenced.add(from.getSecretRef().getName());
                    }
                }
            }
            for (Volume v : d.getSpec().getTemplate().getSpec().getVolumes()) {
                if (v.getSecret() != null) {
                    referenced.add(v.getSecret().getSecretName());
                }
            }
        }
        for (Ingress ingress : m.all(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                referenced.add(tls.getSecretName());
            }
        }
        assertThat(referenced).as(location + ": secrets referenced").isNotEmpty();
        assertThat(documented).as("deploy/kubernetes/README.md lists every secret the manifests reference")
                .containsAll(referenced);
        for (ConfigMap cm : m.all(ConfigMap.class)) {
            assertThat(cm.getData().keySet()).as(cm.getMetadata().getName() + " holds no secrets")
                    .noneMatch(k -> k.matches(".*(PASSWORD|PRIVATE_KEY|ENCRYPTION_KEY|PHOTO_KEY)$"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void configMapReferencesResolve(String location) {
        Manifests m = rendered(location);
        Set<String> configMaps = new LinkedHashSet<>();
        m.all(ConfigMap.class).forEach(cm -> configMaps.add(cm.getMetadata().getName()));
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource from : c.getEnvFrom()) {
                    if (from.getConfigMapRef() != null) {
                        assertThat(configMaps).as(d.getMetadata().getName() + " envFrom")
                                .contains(from.getConfigMapRef().getName());
                    }
                }
                for (EnvVar env : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        assertThat(configMaps).contains(env.getValueFrom().getConfigMapKeyRef().getName());
                    }
                }
            }
        }
        assertThat(m.one(ConfigMap.class, "aifashion-common").getData())
                .containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_DATA_REDIS_HOST", "AIFASHION_SECURITY_JWKSURI",
                        "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        // Every service with a database has its own, and the URL names it.
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            Map<String, String> own = m.one(ConfigMap.class, name + "-config").getData();
            assertThat(own).as(name + "-config SERVER_PORT").containsEntry("SERVER_PORT",
                    String.valueOf(Repo.SERVICES.get(name)));
            boolean hasDbUser = container(d).getEnv().stream()
                    .anyMatch(e -> e.getName().equals("SPRING_DATASOURCE_USERNAME"));
            assertThat(own.containsKey("SPRING_DATASOURCE_URL")).as(name + " has a datasource URL and credentials together")
                    .isEqualTo(hasDbUser);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theIngressLeadsOnlyToTheGateway(String location) {
        Manifests m = rendered(location);
        List<Ingress> ingresses = m.all(Ingress.class);
        assertThat(ingresses).hasSize(1);
        Service gateway = m.one(Service.class, "gateway");
        for (IngressRule rule : ingresses.get(0).getSpec().getRules()) {
            assertThat(rule.getHost()).as("ingress host").isNotBlank();
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                IngressServiceBackend backend = path.getBackend().getService();
                assertThat(backend.getName()).isEqualTo("gateway");
                assertThat(gateway.getSpec().getPorts()).as("gateway Service port " + backend.getPort())
                        .anySatisfy(p -> assertThat(Objects.equals(p.getName(), backend.getPort().getName())
                                || Objects.equals(p.getPort(), backend.getPort().getNumber())).isTrue());
            }
        }
        // The gateway's actuator is on its management port only, which no Service exposes.
        Deployment d = m.one(Deployment.class, "gateway");
        Map<String, String> config = m.one(ConfigMap.class, "gateway-config").getData();
        String management = config.get("MANAGEMENT_SERVER_PORT");
        assertThat(management).isNotNull().isNotEqualTo(config.get("SERVER_PORT"));
        assertThat(container(d).getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
        assertThat(containerPort(container(d), new IntOrString("management")).getContainerPort())
                .isEqualTo(Integer.parseInt(management));
        assertThat(gateway.getSpec().getPorts()).extracting(ServicePort::getPort)
                .doesNotContain(Integer.parseInt(management));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlaysPutEverythingInTheirRestrictedNamespace(String location) {
        Manifests m = rendered(location);
        String namespace = NAMESPACES.get(location);
        Namespace ns = m.one(Namespace.class, namespace);
        assertThat(ns.getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        for (HasMetadata o : m.objects) {
            if (!(o instanceof Namespace)) {
                assertThat(o.getMetadata().getNamespace()).as(o.getKind() + "/" + o.getMetadata().getName())
                        .isEqualTo(namespace);
            }
        }
    }

    @Test
    void productionRunsReleasedImagesOnAtLeastThreePods() {
        Manifests prod = rendered("overlays/prod");
        for (Deployment d : prod.all(Deployment.class)) {
            String image = container(d).getImage();
            Kustomize.ImageRef ref = Kustomize.ImageRef.parse(image);
            assertThat(ref.tag()).as(image + " has a tag").isNotNull();
            assertThat(ref.tag()).as(image + " is a release").doesNotContain("SNAPSHOT").isNotEqualTo("latest");
            assertThat(ref.name()).isEqualTo("aifashion/" + d.getMetadata().getName());
            assertThat(prod.one(HorizontalPodAutoscaler.class, d.getMetadata().getName()).getSpec().getMinReplicas())
                    .as(d.getMetadata().getName() + " replicas in production (one per zone)").isGreaterThanOrEqualTo(3);
        }
        assertThat(prod.all(Ingress.class).get(0).getSpec().getTls()).as("production ingress has TLS").isNotEmpty();
        Manifests dev = rendered("overlays/dev");
        for (HorizontalPodAutoscaler hpa : dev.all(HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getMaxReplicas()).as("dev stays small").isLessThanOrEqualTo(2);
        }
        for (Deployment d : dev.all(Deployment.class)) {
            assertThat(container(d).getImage()).isEqualTo("aifashion/" + d.getMetadata().getName() + ":0.1.0-SNAPSHOT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void networkPoliciesExistAndStartFromDenyAll(String location) {
        List<NetworkPolicy> policies = rendered(location).all(NetworkPolicy.class);
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    /** Every variable the manifests set is in the configuration table (docs/configuration.md). */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyEnvironmentVariableIsDocumented(String location) {
        Manifests m = rendered(location);
        Set<String> names = new LinkedHashSet<>();
        m.all(ConfigMap.class).forEach(cm -> names.addAll(cm.getData().keySet()));
        for (Deployment d : m.all(Deployment.class)) {
            container(d).getEnv().forEach(e -> names.add(e.getName()));
        }
        assertThat(ConfigurationDoc.variables()).as("docs/configuration.md documents").containsAll(names);
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(d.getMetadata().getName() + " containers").hasSize(1);
        assertThat(containers.get(0).getName()).isEqualTo(d.getMetadata().getName());
        return containers.get(0);
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        return selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    static ContainerPort containerPort(Container c, IntOrString port) {
        for (ContainerPort p : c.getPorts()) {
            if (port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                    : Objects.equals(port.getIntVal(), p.getContainerPort())) {
                return p;
            }
        }
        return null;
    }

    /** Ports (numbers) each Deployment's container opens, by Deployment name. */
    static Map<String, List<Integer>> ports(Manifests m) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (Deployment d : m.all(Deployment.class)) {
            List<Integer> ports = new ArrayList<>();
            container(d).getPorts().forEach(p -> ports.add(p.getContainerPort()));
            out.put(d.getMetadata().getName(), ports);
        }
        return out;
    }
}
