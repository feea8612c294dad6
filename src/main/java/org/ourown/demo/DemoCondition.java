package org.ourown.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data goes into the embedded database unless {@code ourown.demo=false}, and into an external one only when
 * {@code ourown.demo=true}.
 */
class DemoCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String demo = context.getEnvironment().getProperty("ourown.demo");
        if (demo != null && !demo.isBlank()) {
            return Boolean.parseBoolean(demo.strip());
        }
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
