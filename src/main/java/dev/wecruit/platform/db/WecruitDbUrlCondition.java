package dev.wecruit.platform.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code wecruit.db.url} (env {@code WECRUIT_DB_URL}) names an external database; blank counts as unset. */
class WecruitDbUrlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("wecruit.db.url"));
    }
}
