package io.aifashion.bench.failure;

import java.nio.file.Path;

/**
 * Where the launcher under test listens (bench/failure/run.sh starts it with these ports).
 *
 * @param gateway         the gateway's base URL
 * @param faultSwitch     the launcher's fault switch ({@code serve --fault-switch-port})
 * @param servicePortBase the first service port (auth; DESIGN.md §3 order)
 * @param postgresPort    the embedded PostgreSQL port (read-only queries counting events)
 * @param mailRoot        where the launcher's mail drop is found (see {@code MailDrop})
 * @param shoppers        signed-in shoppers generating the background traffic
 * @param rate            background requests per second
 * @param report          where the Markdown report is written
 */
public record FailureSettings(String gateway, String faultSwitch, int servicePortBase, int postgresPort,
                              Path mailRoot, int shoppers, int rate, Path report) {

    static FailureSettings fromSystemProperties() {
        return new FailureSettings(
                System.getProperty("failure.gateway", "http://localhost:9080"),
                System.getProperty("failure.faultSwitch", "http://127.0.0.1:9099"),
                Integer.getInteger("failure.servicePortBase", 9081),
                Integer.getInteger("failure.postgresPort", 25432),
                Path.of(System.getProperty("failure.mailRoot", System.getProperty("java.io.tmpdir"))),
                Integer.getInteger("failure.shoppers", 20),
                Integer.getInteger("failure.rate", 20),
                Path.of(System.getProperty("failure.report", "bench/target/failure-report.md")));
    }

    /** A service's own port from its DESIGN.md §3 index. */
    int servicePort(int index) {
        return servicePortBase + index;
    }
}
