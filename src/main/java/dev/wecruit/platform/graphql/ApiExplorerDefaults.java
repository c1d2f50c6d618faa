package dev.wecruit.platform.graphql;

import dev.wecruit.platform.db.DatabaseMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Introspection and GraphiQL ({@code /graphiql}) are on where a developer runs the app, on the embedded database,
 * and off by default against an external one (production), where a schema explorer only helps an attacker map the
 * API; {@code docs/api/schema.graphqls} is the published schema. Either can be set explicitly: these are the
 * lowest-precedence defaults.
 */
public class ApiExplorerDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String on = Boolean.toString(DatabaseMode.of(environment) == DatabaseMode.EMBEDDED);
        Map<String, Object> defaults = new HashMap<>();
        for (String property : List.of("spring.graphql.schema.introspection.enabled",
                "spring.graphql.graphiql.enabled")) {
            // set anywhere, even among the application's default properties: that wins
            if (!environment.containsProperty(property)) {
                defaults.put(property, on);
            }
        }
        environment.getPropertySources().addLast(new MapPropertySource("wecruit-api-explorer-defaults", defaults));
    }
}
