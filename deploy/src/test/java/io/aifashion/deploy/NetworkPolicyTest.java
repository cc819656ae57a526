package io.aifashion.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NetworkPolicies allow exactly the flows the system needs. A small evaluator of the
 * NetworkPolicy semantics (a connection needs the source's egress and the destination's ingress
 * to allow it; a pod no policy of a direction selects is open in that direction) checks each flow
 * the services rely on, and a few that must stay closed.
 */
class NetworkPolicyTest {

    /** An endpoint: a pod (namespace and labels) or an address outside the cluster. */
    record Peer(String namespace, Map<String, String> labels, String ip) {
        static Peer pod(String namespace, Map<String, String> labels) {
            return new Peer(namespace, labels, null);
        }

        static Peer external(String ip) {
            return new Peer(null, null, ip);
        }

        boolean inCluster() {
            return ip == null;
        }
    }

    private final String ns = "app";

    private Peer ours(Manifests m, String deployment) {
        Deployment d = m.one(Deployment.class, deployment);
        return Peer.pod(ns, d.getSpec().getTemplate().getMetadata().getLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theFlowsTheSystemNeedsAreOpen(String location) {
        Manifests m = KubernetesManifestsTest.rendered(location);
        List<NetworkPolicy> policies = m.all(NetworkPolicy.class);
        Peer gateway = ours(m, "gateway");
        Peer ingressController = Peer.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Peer prometheus = Peer.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        Peer dns = Peer.pod("kube-system", Map.of("k8s-app", "kube-dns"));
        Peer data = Peer.pod("aifashion-data", Map.of("app", "anything"));
        Peer collector = Peer.pod("observability", Map.of("app", "otel-collector"));
        Peer auth = ours(m, "auth-service");
        Map<String, List<Integer>> ports = KubernetesManifestsTest.ports(m);

        assertThat(allowed(policies, ingressController, gateway, 8080, "TCP")).as("ingress controller -> gateway").isTrue();
        for (String name : Repo.SERVICES.keySet()) {
            Peer pod = ours(m, name);
            int port = Repo.SERVICES.get(name);
            assertThat(allowed(policies, pod, dns, 53, "UDP")).as(name + " -> DNS").isTrue();
            assertThat(allowed(policies, pod, collector, 4318, "TCP")).as(name + " -> OTLP collector").isTrue();
            int metricsPort = ports.get(name).get(ports.get(name).size() - 1);
            assertThat(allowed(policies, prometheus, pod, metricsPort, "TCP")).as("Prometheus -> " + name).isTrue();
            if (name.equals("gateway")) {
                continue;
            }
            assertThat(allowed(policies, gateway, pod, port, "TCP")).as("gateway -> " + name).isTrue();
            assertThat(allowed(policies, pod, auth, 8081, "TCP")).as(name + " -> auth (JWKS)").isTrue();
            if (!name.equals("auth-service")) {
                assertThat(allowed(policies, auth, pod, port, "TCP")).as("auth -> " + name + " (data export)").isTrue();
            }
            for (int dataPort : List.of(5432, 9092, 6379)) {
                assertThat(allowed(policies, pod, data, dataPort, "TCP")).as(name + " -> data :" + dataPort).isTrue();
            }
        }
        assertThat(allowed(policies, gateway, auth, 8081, "TCP")).as("gateway -> auth (JWKS)").isTrue();
        assertThat(allowed(policies, gateway, data, 6379, "TCP")).as("gateway -> Redis").isTrue();
        Peer notification = ours(m, "notification-service");
        assertThat(allowed(policies, notification, Peer.external("203.0.113.10"), 587, "TCP")).as("SMTP").isTrue();
        assertThat(allowed(policies, notification, Peer.external("142.250.1.1"), 443, "TCP")).as("web push").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everythingElseStaysClosed(String location) {
        Manifests m = KubernetesManifestsTest.rendered(location);
        List<NetworkPolicy> policies = m.all(NetworkPolicy.class);
        Peer gateway = ours(m, "gateway");
        Peer ingressController = Peer.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Peer stranger = Peer.pod("default", Map.of("app", "curl"));
        Peer data = Peer.pod("aifashion-data", Map.of("app", "anything"));
        Peer colour = ours(m, "color-matching-service");
        Peer product = ours(m, "product-service");
        Peer notification = ours(m, "notification-service");

        assertThat(allowed(policies, ingressController, ours(m, "auth-service"), 8081, "TCP"))
                .as("the ingress controller reaches only the gateway").isFalse();
        assertThat(allowed(policies, stranger, gateway, 8080, "TCP")).as("other namespaces -> gateway").isFalse();
        assertThat(allowed(policies, stranger, product, 8084, "TCP")).as("other namespaces -> product").isFalse();
        assertThat(allowed(policies, colour, product, 8084, "TCP")).as("service -> unrelated service").isFalse();
        assertThat(allowed(policies, gateway, data, 5432, "TCP")).as("the gateway has no database").isFalse();
        assertThat(allowed(policies, colour, Peer.external("142.250.1.1"), 443, "TCP")).as("services -> internet")
                .isFalse();
        assertThat(allowed(policies, notification, Peer.external("10.1.2.3"), 443, "TCP"))
                .as("notification -> private addresses").isFalse();
        assertThat(allowed(policies, ingressController, gateway, 9090, "TCP"))
                .as("the gateway's management port is not public").isFalse();
    }

    boolean allowed(List<NetworkPolicy> policies, Peer from, Peer to, int port, String protocol) {
        return direction(policies, from, to, port, protocol, true) && direction(policies, to, from, port, protocol, false);
    }

    /**
     * Egress of {@code subject} towards {@code other} (egress = true), or ingress into
     * {@code subject} from {@code other}. Only pods in {@link #ns} have policies.
     */
    private boolean direction(List<NetworkPolicy> policies, Peer subject, Peer other, int port, String protocol,
                              boolean egress) {
        if (!subject.inCluster() || !ns.equals(subject.namespace())) {
            return true;
        }
        String type = egress ? "Egress" : "Ingress";
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> policyTypes(p).contains(type))
                .filter(p -> matches(p.getSpec().getPodSelector(), subject.labels())).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy p : selecting) {
            if (egress) {
                for (var rule : p.getSpec().getEgress()) {
                    if (peersMatch(rule.getTo(), other) && portsMatch(rule.getPorts(), port, protocol)) {
                        return true;
                    }
                }
            } else {
                for (var rule : p.getSpec().getIngress()) {
                    if (peersMatch(rule.getFrom(), other) && portsMatch(rule.getPorts(), port, protocol)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> policyTypes(NetworkPolicy p) {
        List<String> types = p.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return p.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Peer other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (!other.inCluster() && inBlock(peer.getIpBlock(), other.ip())) {
                    return true;
                }
                continue;
            }
            if (!other.inCluster()) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? ns.equals(other.namespace())
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", other.namespace()));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            if (value.getStrVal() != null) {
                throw new AssertionError("named ports in NetworkPolicies are not evaluated here: " + value.getStrVal());
            }
            int from = value.getIntVal();
            int to = p.getEndPort() == null ? from : p.getEndPort();
            if (port >= from && port <= to) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> required = selector.getMatchLabels();
        if (required != null) {
            for (var e : required.entrySet()) {
                if (!Objects.equals(labels.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        if (!inCidr(block.getCidr(), ip)) {
            return false;
        }
        return block.getExcept().stream().noneMatch(except -> inCidr(except, ip));
    }

    private static boolean inCidr(String cidr, String ip) {
        try {
            String[] parts = cidr.split("/");
            byte[] net = InetAddress.getByName(parts[0]).getAddress();
            byte[] addr = InetAddress.getByName(ip).getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (net.length != addr.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((net[i / 8] & mask) != (addr[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
