package io.aifashion.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEndpointsTest {

    @Test
    void environmentVariableKeysWithoutDashesStillName() {
        // What AIFASHION_SERVICES_COLORMATCHINGSERVICE=http://cm:8083 binds to.
        var endpoints = new ServiceEndpoints(Map.of("colormatchingservice", URI.create("http://cm:8083")));
        assertThat(endpoints.uriOf("color-matching-service")).isEqualTo(URI.create("http://cm:8083"));
        assertThat(endpoints.uriOf("auth-service")).isEqualTo(URI.create("http://localhost:8081"));
    }

    @Test
    void yamlKeysWithDashesWorkToo() {
        var endpoints = new ServiceEndpoints(Map.of("product-service", URI.create("http://p:1")));
        assertThat(endpoints.uriOf("product-service")).isEqualTo(URI.create("http://p:1"));
    }
}
