package dev.wecruit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * {@link IntegrationTest} with a real web server on a random port, for what MockMvc cannot carry: WebSocket
 * connections (GraphQL subscriptions) through the real Tomcat, next to Vaadin. The properties are those of
 * {@link IntegrationTest}; keep the two lists the same.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=",
        "wecruit.db.url=${WECRUIT_TEST_DB_URL:}",
        "wecruit.db.username=${WECRUIT_TEST_DB_USERNAME:wecruit_app}",
        "wecruit.db.password=${WECRUIT_TEST_DB_PASSWORD:}",
        "wecruit.db.owner-username=${WECRUIT_TEST_DB_OWNER_USERNAME:wecruit_owner}",
        "wecruit.db.owner-password=${WECRUIT_TEST_DB_OWNER_PASSWORD:}",
        "wecruit.db.embedded.ephemeral=true",
        "wecruit.db.embedded.port=0",
        "wecruit.demo.enabled=true",
        "wecruit.demo.candidates=40",
        "wecruit.crypto.rotation.on-startup=false",
        "wecruit.matching.index-on-change=false",
        "wecruit.work.retry-delay=200ms",
        "wecruit.work.heartbeat-interval=1s",
        "wecruit.crypto.keys.1=Y8ni0ANJUMocUNYSelB/GCAf/CUffSo9J0PMw0NFhDo=",
        "wecruit.crypto.blind-index-key=C1HrXNMZ3wFg2Fxpf7X0Fbhkj3JX0CldH+1lYAaWwq4="
})
public @interface ServerIntegrationTest {
}
