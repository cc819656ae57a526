package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose/compose.yaml. No container engine runs on the build machines, so the file is
 * checked by reading it: what it runs, how each service is reached, configured and health-checked.
 */
class ComposeTest {

    private static final Path DIR = Repo.path("deploy/compose");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    private static Map<String, Object> compose() {
        return Repo.document(DIR.resolve("compose.yaml"));
    }

    private static Map<String, Object> services() {
        return Maps.map(compose(), "services");
    }

    @Test
    void runsTheDataServicesEveryServiceTheGatewayAndTheMonitoringStack() {
        assertThat(services().keySet()).containsAll(Repo.SERVICES.keySet())
                .contains("postgres", "kafka", "redis", "prometheus", "grafana", "jaeger");
        assertThat(Maps.string(services(), "postgres.image")).isEqualTo("postgres:17");
        assertThat(Maps.string(services(), "kafka.image")).startsWith("apache/kafka:");
        assertThat(Maps.map(services(), "kafka.environment")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat(Maps.string(services(), "redis.image")).startsWith("redis:7");
    }

    @Test
    void everyServiceIsTheJibImageHealthCheckedOnItsReadinessEndpoint() {
        for (var e : Repo.SERVICES.entrySet()) {
            String name = e.getKey();
            int port = e.getValue();
            Map<String, Object> s = Maps.map(services(), name);
            assertThat(s.get("image")).as(name + " image")
                    .isEqualTo("aifashion/" + name + ":${AIFASHION_VERSION:-0.1.0-SNAPSHOT}");
            Map<String, Object> env = Maps.map(s, "environment");
            assertThat(env).as(name + " SERVER_PORT").containsEntry("SERVER_PORT", String.valueOf(port));
            assertThat(Maps.at(s, "healthcheck.test")).as(name + " health check")
                    .isEqualTo(List.of("CMD", "wget", "-q", "-O", "/dev/null",
                            "http://127.0.0.1:" + port + "/actuator/health/readiness"));
            assertThat(Maps.string(s, "healthcheck.start_period")).as(name + " start period").isNotNull();
            // As in Kubernetes: read-only root, /tmp writable, no capabilities.
            assertThat(s.get("read_only")).isEqualTo(true);
            assertThat(s.get("tmpfs")).isEqualTo(List.of("/tmp"));
            assertThat(s.get("cap_drop")).isEqualTo(List.of("ALL"));
            assertThat(Maps.string(s, "deploy.resources.limits.memory")).as(name + " memory limit").isNotNull();
            assertThat(env.get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                    .as(name + " traces to Jaeger").isEqualTo("http://jaeger:4318/v1/traces");
            assertThat(env).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
            if (!name.equals("gateway")) {
                assertThat(env).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                        .containsEntry("SPRING_DATA_REDIS_HOST", "redis")
                        .containsEntry("AIFASHION_SECURITY_JWKSURI", "http://auth-service:8081/.well-known/jwks.json");
            }
        }
        assertThat(Maps.at(services(), "gateway.ports")).isEqualTo(List.of("${AIFASHION_PORT:-8080}:8080"));
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndTheInitScriptCreatesIt() {
        String init = Repo.read(DIR.resolve("postgres/init.sql"));
        Set<String> databases = new LinkedHashSet<>();
        for (String name : Repo.SERVICES.keySet()) {
            Object url = Maps.map(services(), name + ".environment").get("SPRING_DATASOURCE_URL");
            if (url == null) {
                continue;
            }
            Matcher m = Pattern.compile("^jdbc:postgresql://postgres:5432/([a-z]+)$").matcher((String) url);
            assertThat(m.matches()).as(name + " datasource " + url).isTrue();
            assertThat(databases.add(m.group(1))).as(name + " shares a database").isTrue();
            assertThat(init).as("init.sql creates " + m.group(1)).contains("CREATE DATABASE " + m.group(1) + ";");
        }
        assertThat(databases).hasSize(Repo.SERVICES.size() - 1);
        assertThat(Maps.at(services(), "postgres.volumes").toString())
                .contains("./postgres/init.sql:/docker-entrypoint-initdb.d/");
    }

    @Test
    void theGatewayAndTheAuthServiceFindEachServiceByItsComposeName() {
        Map<String, Object> gateway = Maps.map(services(), "gateway.environment");
        Map<String, Object> auth = Maps.map(services(), "auth-service.environment");
        for (var e : Repo.SERVICES.entrySet()) {
            if (e.getKey().equals("gateway")) {
                continue;
            }
            String variable = "AIFASHION_SERVICES_" + e.getKey().replace("-", "").toUpperCase();
            String url = "http://" + e.getKey() + ":" + e.getValue();
            assertThat(gateway).as("gateway " + variable).containsEntry(variable, url);
            if (!e.getKey().equals("auth-service")) {
                assertThat(auth).as("auth-service " + variable).containsEntry(variable, url);
            }
        }
    }

    @Test
    void dependenciesExistAndWaitForHealthyDataServices() {
        Map<String, Object> services = services();
        for (var e : services.entrySet()) {
            Map<String, Object> dependsOn = Maps.map(e.getValue(), "depends_on");
            for (var d : dependsOn.entrySet()) {
                assertThat(services).as(e.getKey() + " depends on " + d.getKey()).containsKey(d.getKey());
                if ("service_healthy".equals(Maps.string(d.getValue(), "condition"))) {
                    assertThat(Maps.map(services.get(d.getKey()), "healthcheck"))
                            .as(d.getKey() + " has a health check to wait for").containsKey("test");
                }
            }
        }
        for (String name : List.of("auth-service", "product-service", "notification-service")) {
            assertThat(Maps.map(services, name + ".depends_on").keySet()).contains("postgres", "kafka", "redis");
        }
    }

    @Test
    void monitoringIsProvisionedFromDeployMonitoring() {
        Map<String, Object> services = services();
        for (String service : List.of("prometheus", "grafana")) {
            for (String volume : Maps.strings(services, service + ".volumes")) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(Files.exists(DIR.resolve(source).normalize())).as(service + " mounts " + source).isTrue();
                }
            }
        }
        assertThat(Maps.strings(services, "prometheus.command")).contains("--config.file=/etc/prometheus/prometheus.yml");
        assertThat(Maps.strings(services, "prometheus.volumes")).contains("../monitoring:/etc/prometheus:ro");
        // Grafana's dashboard provider reads the folder Compose mounts the dashboards into.
        String provider = Maps.string(Repo.document(Repo.path("deploy/monitoring/grafana/provisioning/dashboards/aifashion.yml")),
                "providers");
        assertThat(Maps.strings(services, "grafana.volumes"))
                .contains("../monitoring/grafana/dashboards:/var/lib/grafana/dashboards/ai-fashion:ro");
        assertThat(provider).contains("path=/var/lib/grafana/dashboards/ai-fashion");
    }

    @Test
    void secretsComeFromTheEnvironmentAndEveryVariableIsDocumented() {
        Set<String> documented = ConfigurationDoc.variables();
        Map<String, String> serviceVariables = new LinkedHashMap<>();
        for (String name : Repo.SERVICES.keySet()) {
            Maps.map(services(), name + ".environment").forEach((k, v) -> serviceVariables.put(k, String.valueOf(v)));
        }
        assertThat(documented).as("docs/configuration.md documents").containsAll(serviceVariables.keySet());
        serviceVariables.forEach((k, v) -> {
            if (k.matches(".*(PASSWORD|_KEY)$")) {
                assertThat(v).as(k + " comes from the environment, not the file").startsWith("${");
            }
        });
        Set<String> interpolated = new LinkedHashSet<>();
        Matcher m = INTERPOLATION.matcher(Repo.read(DIR.resolve("compose.yaml")));
        while (m.find()) {
            interpolated.add(m.group(1));
        }
        assertThat(documented).as("docs/configuration.md documents the Compose variables").containsAll(interpolated);
        String example = Repo.read(DIR.resolve(".env.example"));
        for (String variable : interpolated) {
            assertThat(example).as(".env.example lists " + variable).contains(variable + "=");
        }
    }
}
