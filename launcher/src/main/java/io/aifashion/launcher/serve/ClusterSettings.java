package io.aifashion.launcher.serve;

import java.nio.file.Path;

/**
 * How {@code ai-fashion serve} lays the system out on this machine.
 *
 * @param dataDir          where PostgreSQL and Redis keep their data and the logs go; null when ephemeral
 * @param gatewayPort      the public port
 * @param servicePortBase  the first service port; services take consecutive ports from it
 * @param postgresPort     embedded PostgreSQL
 * @param kafkaPort        embedded Kafka broker
 * @param redisPort        embedded Redis
 * @param jsonLogs         write the log file as ECS JSON instead of text
 * @param seedDemoData     load the demo catalogue into an empty system
 */
public record ClusterSettings(Path dataDir, int gatewayPort, int servicePortBase, int postgresPort, int kafkaPort,
                              int redisPort, boolean jsonLogs, boolean seedDemoData) {

    public ClusterSettings {
        for (int p : new int[] {gatewayPort, servicePortBase, postgresPort, kafkaPort, redisPort}) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + p);
            }
        }
    }

    public boolean ephemeral() {
        return dataDir == null;
    }
}
