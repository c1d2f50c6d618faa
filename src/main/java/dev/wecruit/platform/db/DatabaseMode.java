package dev.wecruit.platform.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Whether Wecruit runs its own embedded PostgreSQL or uses an external one. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL;

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty("wecruit.db.url"))
                || StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                ? EXTERNAL : EMBEDDED;
    }
}
