package dev.wecruit.demo;

import dev.wecruit.platform.db.DatabaseMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@code wecruit.demo.enabled} when set; otherwise on with the embedded database and off with an external one. */
class DemoEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Boolean explicit = context.getEnvironment().getProperty("wecruit.demo.enabled", Boolean.class);
        return explicit != null ? explicit : DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED;
    }
}
