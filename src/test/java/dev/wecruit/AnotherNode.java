package dev.wecruit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second app node for tests: the whole application started again on the test context's database, with the same
 * keys and a port of its own, as a second instance behind a load balancer would run. Close it when done.
 */
public final class AnotherNode {

    /**
     * Starting a Spring Security application resets the calling thread's security and Vaadin thread-locals: sign in
     * again afterwards.
     */
    public static ConfigurableApplicationContext start(ConfigurableApplicationContext thisNode) {
        JdbcConnectionDetails database = thisNode.getBean(JdbcConnectionDetails.class);
        return new SpringApplicationBuilder(WecruitApplication.class).properties(
                "server.port=0",
                "wecruit.db.url=" + database.getJdbcUrl(),
                "wecruit.db.username=" + database.getUsername(),
                "wecruit.db.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "wecruit.db.owner-username=${WECRUIT_TEST_DB_OWNER_USERNAME:wecruit_owner}",
                "wecruit.db.owner-password=${WECRUIT_TEST_DB_OWNER_PASSWORD:}",
                "wecruit.demo.enabled=false",
                // as on this node: Spring Boot turns introspection off for the whole JVM when a context has it off
                "spring.graphql.schema.introspection.enabled="
                        + thisNode.getEnvironment().getProperty("spring.graphql.schema.introspection.enabled"),
                "wecruit.crypto.rotation.on-startup=false",
                "wecruit.work.retry-delay=200ms",
                "wecruit.work.heartbeat-interval=1s",
                "wecruit.crypto.keys.1=" + thisNode.getEnvironment().getProperty("wecruit.crypto.keys.1"),
                "wecruit.crypto.blind-index-key=" + thisNode.getEnvironment().getProperty(
                        "wecruit.crypto.blind-index-key"))
                .run();
    }

    private AnotherNode() {
    }
}
