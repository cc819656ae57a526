package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/monitoring: the Prometheus scrape configurations, the alert rules and the Grafana
 * dashboards. promtool itself (Debian's prometheus package) checks the syntax and runs the rules'
 * unit tests in .ci/run; here they are checked against the rest of the repository: every service
 * is scraped, the alerts the operations issue asks for exist and are unit-tested, every
 * application metric they use is one the code registers, and every runbook link resolves.
 */
class MonitoringTest {

    private static final Path DIR = Repo.path("deploy/monitoring");
    private static final Pattern AIFASHION_METRIC = Pattern.compile("\\baifashion_[a-z0-9_]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prometheusScrapesEveryServiceAndTheGatewayAtTheirActuatorEndpoint() {
        Map<String, Object> config = Repo.document(DIR.resolve("prometheus.yml"));
        assertThat(Maps.strings(config, "rule_files")).containsExactly("alerts.yml");
        Map<String, Object> job = job(config, "aifashion");
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        Map<String, String> targets = new LinkedHashMap<>();
        for (Map<String, Object> group : Maps.list(job, "static_configs")) {
            for (String target : Maps.strings(group, "targets")) {
                targets.put(Maps.string(group, "labels.service"), target);
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        Repo.SERVICES.forEach((name, port) -> expected.put(name, name + ":" + port));
        assertThat(targets).isEqualTo(expected);
        // Compose runs a container of each name.
        assertThat(Maps.map(Repo.document(Repo.path("deploy/compose/compose.yaml")), "services").keySet())
                .containsAll(targets.keySet());
    }

    @Test
    void theKubernetesScrapeConfigurationGivesTheSameJobAndServiceLabel() {
        Map<String, Object> config = Repo.document(DIR.resolve("prometheus-kubernetes.yml"));
        assertThat(Maps.strings(config, "rule_files")).containsExactly("alerts.yml");
        Map<String, Object> job = job(config, "aifashion");
        List<Map<String, Object>> sd = Maps.list(job, "kubernetes_sd_configs");
        assertThat(sd).hasSize(1);
        assertThat(sd.get(0).get("role")).isEqualTo("pod");
        // The overlays' namespaces are the ones discovered.
        Set<String> overlayNamespaces = new LinkedHashSet<>();
        for (String overlay : List.of("dev", "prod")) {
            overlayNamespaces.add(Maps.string(Repo.document(Repo.path("deploy/kubernetes/overlays/" + overlay
                    + "/kustomization.yaml")), "namespace"));
        }
        assertThat(Maps.strings(sd.get(0), "namespaces.names")).containsExactlyInAnyOrderElementsOf(overlayNamespaces);
        List<Map<String, Object>> relabel = Maps.list(job, "relabel_configs");
        assertThat(relabel).anySatisfy(r -> {
            assertThat(Maps.strings(r, "source_labels")).containsExactly("__meta_kubernetes_pod_annotation_prometheus_io_scrape");
            assertThat(r.get("action")).isEqualTo("keep");
        });
        assertThat(relabel).anySatisfy(r -> {
            assertThat(Maps.strings(r, "source_labels")).containsExactly("__meta_kubernetes_pod_label_app_kubernetes_io_name");
            assertThat(r.get("target_label")).isEqualTo("service");
        });
        assertThat(relabel).anySatisfy(r -> assertThat(r.get("target_label")).isEqualTo("__metrics_path__"));
        // The address rewrite keeps the pod IP and takes the annotated port.
        Map<String, Object> address = relabel.stream().filter(r -> "__address__".equals(r.get("target_label")))
                .findFirst().orElseThrow();
        Matcher m = Pattern.compile((String) address.get("regex")).matcher("10.1.2.3:8080;9090");
        assertThat(m.matches()).isTrue();
        assertThat(m.replaceFirst((String) address.get("replacement"))).isEqualTo("10.1.2.3:9090");
    }

    private static Map<String, Object> job(Map<String, Object> config, String name) {
        return Maps.list(config, "scrape_configs").stream().filter(j -> name.equals(j.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no scrape job " + name));
    }

    private static List<Map<String, Object>> alertRules() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Map<String, Object> group : Maps.list(Repo.document(DIR.resolve("alerts.yml")), "groups")) {
            for (Map<String, Object> rule : Maps.list(group, "rules")) {
                if (rule.containsKey("alert")) {
                    alerts.add(rule);
                }
            }
        }
        return alerts;
    }

    @Test
    void theAlertsTheOperationsIssueAsksForExistWithSeveritySummaryAndARunbookThatResolves() {
        List<Map<String, Object>> alerts = alertRules();
        Set<String> names = new LinkedHashSet<>();
        alerts.forEach(a -> names.add((String) a.get("alert")));
        assertThat(names).contains("AifashionServiceDown", "AifashionHigh5xxRate", "AifashionHighLatencyP99",
                "AifashionOutboxBacklogGrowing", "AifashionConsumerLag", "AifashionDeadLetters",
                "AifashionRateLimitFailOpen", "AifashionJvmHeapPressure", "AifashionDbPoolExhausted",
                "AifashionCacheErrors");
        assertThat(names).hasSize(alerts.size());
        Set<String> anchors = markdownAnchors(Repo.read(Repo.path("deploy/README.md")));
        for (Map<String, Object> alert : alerts) {
            String name = (String) alert.get("alert");
            assertThat(Maps.string(alert, "labels.severity")).as(name + " severity").isIn("critical", "warning");
            assertThat(Maps.string(alert, "annotations.summary")).as(name + " summary").isNotBlank();
            String runbook = Maps.string(alert, "annotations.runbook");
            assertThat(runbook).as(name + " runbook").startsWith("deploy/README.md#");
            assertThat(anchors).as(name + " runbook section in deploy/README.md")
                    .contains(runbook.substring(runbook.indexOf('#') + 1));
        }
    }

    @Test
    void everyAlertIsUnitTestedFiringAtLeastOnce() {
        Map<String, Object> tests = Repo.document(DIR.resolve("alerts.test.yml"));
        assertThat(Maps.strings(tests, "rule_files")).containsExactly("alerts.yml");
        Set<String> fired = new LinkedHashSet<>();
        for (Map<String, Object> test : Maps.list(tests, "tests")) {
            for (Map<String, Object> check : Maps.list(test, "alert_rule_test")) {
                if (!Maps.list(check, "exp_alerts").isEmpty()) {
                    fired.add((String) check.get("alertname"));
                }
            }
        }
        List<String> alerts = alertRules().stream().map(a -> (String) a.get("alert")).toList();
        assertThat(fired).as("alerts with a promtool test that expects them to fire")
                .containsExactlyInAnyOrderElementsOf(alerts);
    }

    /**
     * Every {@code aifashion_*} metric the alerts and dashboards use is one the services or the kit
     * register (Micrometer names, converted as the Prometheus registry does). A rule over a metric
     * nobody emits never fires and a panel stays empty, silently.
     */
    @Test
    void everyApplicationMetricUsedIsRegisteredByTheCode() throws IOException {
        Set<String> emitted = emittedMetricNames();
        assertThat(emitted).as("metrics found in the code").contains("aifashion_outbox_backlog",
                "aifashion_outbox_relayed_total", "aifashion_events_consumed_total", "aifashion_cache_errors_total",
                "aifashion_ratelimit_unavailable_total");
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("alerts.yml", Repo.read(DIR.resolve("alerts.yml")));
        sources.put("alerts.test.yml", Repo.read(DIR.resolve("alerts.test.yml")));
        for (Path dashboard : dashboards()) {
            sources.put(dashboard.getFileName().toString(), Repo.read(dashboard));
        }
        sources.forEach((file, text) -> {
            Matcher m = AIFASHION_METRIC.matcher(text);
            while (m.find()) {
                assertThat(emitted).as(file + " uses " + m.group()).contains(m.group());
            }
        });
    }

    private static Set<String> emittedMetricNames() throws IOException {
        Pattern builder = Pattern.compile("(Counter|Timer|Gauge|DistributionSummary|FunctionCounter|LongTaskTimer)"
                + "\\.builder\\(\\s*\"(aifashion\\.[a-z0-9_.]+)\"");
        Pattern shortcut = Pattern.compile("\\.(counter|timer|gauge|summary)\\(\\s*\"(aifashion\\.[a-z0-9_.]+)\"");
        Set<String> names = new LinkedHashSet<>();
        for (String root : List.of("services", "libs")) {
            try (Stream<Path> files = Files.walk(Repo.path(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> f.toString().contains(File.separator + "src" + File.separator + "main"
                                + File.separator)).toList()) {
                    String text = Files.readString(file);
                    for (Pattern p : List.of(builder, shortcut)) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            names.addAll(prometheusNames(m.group(1), m.group(2)));
                        }
                    }
                }
            }
        }
        return names;
    }

    /** The series names Micrometer's Prometheus registry writes for a meter. */
    private static List<String> prometheusNames(String type, String name) {
        String base = name.replace('.', '_');
        return switch (type) {
            case "Counter", "counter", "FunctionCounter" -> List.of(base + "_total");
            case "Timer", "timer", "LongTaskTimer" -> List.of(base + "_seconds", base + "_seconds_count",
                    base + "_seconds_sum", base + "_seconds_max", base + "_seconds_bucket",
                    base + "_seconds_active_count", base + "_seconds_duration_sum");
            case "DistributionSummary", "summary" -> List.of(base, base + "_count", base + "_sum", base + "_max",
                    base + "_bucket");
            default -> List.of(base);
        };
    }

    private static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(DIR.resolve("grafana/dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereIsAnOverviewDashboardAndOnePerServiceAllOnTheProvisionedDataSource() throws IOException {
        Set<String> files = new LinkedHashSet<>();
        dashboards().forEach(d -> files.add(d.getFileName().toString()));
        Set<String> expected = new LinkedHashSet<>();
        expected.add("aifashion-overview.json");
        Repo.SERVICES.keySet().forEach(s -> expected.add("aifashion-" + s + ".json"));
        assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
        String datasource = Maps.string(Maps.list(Repo.document(DIR.resolve(
                "grafana/provisioning/datasources/prometheus.yml")), "datasources").get(0), "uid");
        Set<String> uids = new LinkedHashSet<>();
        for (Path file : dashboards()) {
            JsonNode d = JSON.readTree(file.toFile());
            assertThat(uids.add(d.path("uid").asText())).as(file + " uid is unique").isTrue();
            assertThat(d.path("title").asText()).startsWith("AI-Fashion / ");
            List<JsonNode> panels = panels(d);
            assertThat(panels).as(file + " panels").hasSizeGreaterThan(5);
            for (JsonNode panel : panels) {
                String what = file.getFileName() + " panel '" + panel.path("title").asText() + "'";
                assertThat(panel.path("datasource").path("uid").asText()).as(what).isEqualTo(datasource);
                assertThat(panel.path("targets").size()).as(what + " queries").isPositive();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asText()).as(what + " query").isNotBlank();
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo(datasource);
                }
            }
            String service = file.getFileName().toString().replace("aifashion-", "").replace(".json", "");
            if (Repo.SERVICES.containsKey(service)) {
                assertThat(d.toString()).as(file + " is about " + service).contains("application=\\\"" + service + "\\\"");
            }
        }
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            if (!"row".equals(p.path("type").asText())) {
                out.add(p);
            }
            for (JsonNode nested : p.path("panels")) {
                out.add(nested);
            }
        }
        return out;
    }

    /**
     * The dashboards' queries as recording rules, which promtool checks (the PromQL parser is
     * Prometheus' own). The file is written always — .ci/run checks it with promtool after the
     * build — and checked here too when promtool is installed.
     */
    @Test
    void dashboardQueriesAreValidPromQL() throws Exception {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode d = JSON.readTree(file.toFile());
            for (JsonNode panel : panels(d)) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText().replace("$instance", ".*");
                    assertThat(expr).as(file + ": only the $instance variable is used").doesNotContain("$");
                    Map<String, Object> rule = new LinkedHashMap<>();
                    rule.put("record", "dashboard:query_" + rules.size());
                    rule.put("expr", expr);
                    rules.add(rule);
                }
            }
        }
        Path out = Repo.path("deploy/target/dashboard-queries.rules.yml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Repo.yaml().dump(Map.of("groups",
                List.of(Map.of("name", "dashboard-queries", "rules", rules)))));
        String promtool = onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed here; .ci/run checks " + out + " with it");
        assertThat(run(promtool, "check", "rules", out.toString())).isEqualTo("");
    }

    /** promtool's own checks, where it is installed (CI installs it and runs them too). */
    @Test
    void promtoolAcceptsTheConfigurationAndTheRulesAndTheirTestsPass() throws Exception {
        String promtool = onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed here; .ci/run installs Debian's prometheus and runs it");
        assertThat(run(promtool, "check", "config", DIR.resolve("prometheus.yml").toString())).isEqualTo("");
        assertThat(run(promtool, "check", "rules", DIR.resolve("alerts.yml").toString())).isEqualTo("");
        assertThat(run(promtool, "test", "rules", DIR.resolve("alerts.test.yml").toString())).isEqualTo("");
    }

    /** Runs a command; returns "" on success, else its output. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0 ? "" : out;
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

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes. */
    static Set<String> markdownAnchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").strip();
                String slug = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
                anchors.add(slug);
            }
        }
        return anchors;
    }
}
