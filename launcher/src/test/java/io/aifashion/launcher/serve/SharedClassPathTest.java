package io.aifashion.launcher.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedClassPathTest {

    @Test
    void findsTheGatewaysAutoConfigurationsButNoneOfTheServices() {
        var excluded = SharedClassPath.autoConfigurations(SharedClassPath.GATEWAY_ONLY);
        assertThat(excluded).contains("org.springframework.cloud.gateway.config.GatewayAutoConfiguration",
                "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration");
        assertThat(excluded).noneMatch(n -> n.startsWith("io.aifashion.") || n.startsWith("org.springframework.boot."));
    }
}
