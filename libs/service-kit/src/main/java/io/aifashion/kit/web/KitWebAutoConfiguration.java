package io.aifashion.kit.web;

import io.aifashion.kit.observability.TraceIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json error rendering and trace-id lookup for servlet services. */
@AutoConfiguration(after = io.aifashion.kit.observability.KitObservabilityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class KitWebAutoConfiguration {

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice(TraceIds traceIds) {
        return new ProblemDetailsAdvice(traceIds);
    }

    @Bean
    public ProblemWriter problemWriter(ObjectProvider<JsonMapper> json, TraceIds traceIds) {
        return new ProblemWriter(json.getIfAvailable(() -> JsonMapper.builder().build()), traceIds);
    }
}
