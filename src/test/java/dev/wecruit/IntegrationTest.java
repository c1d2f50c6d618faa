package dev.wecruit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring context on a real PostgreSQL: a fresh embedded one by default, or the external one named by
 * {@code WECRUIT_TEST_DB_URL} (with {@code WECRUIT_TEST_DB_USERNAME}/{@code _PASSWORD} for the app role and
 * {@code WECRUIT_TEST_DB_OWNER_USERNAME}/{@code _PASSWORD} for the owner). A developer's own {@code WECRUIT_DB_URL}
 * is deliberately ignored, so tests never write to a working database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestClock.Configuration.class)
@SpringBootTest(properties = {
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
        // key rotation runs when a test asks for it, never by itself in a shared test database
        "wecruit.crypto.rotation.on-startup=false",
        // matching's index is made when a test asks for it (MatchingIT), not after every candidate a test saves
        "wecruit.matching.index-on-change=false",
        // background work retried and revived in test time: a dead node's item is run again after 4 s
        "wecruit.work.retry-delay=200ms",
        "wecruit.work.heartbeat-interval=1s",
        // test-only keys: tests never see a developer's key file
        "wecruit.crypto.keys.1=Y8ni0ANJUMocUNYSelB/GCAf/CUffSo9J0PMw0NFhDo=",
        "wecruit.crypto.blind-index-key=C1HrXNMZ3wFg2Fxpf7X0Fbhkj3JX0CldH+1lYAaWwq4="
})
public @interface IntegrationTest {
}
