package dev.wecruit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, in Clerk mode and with a real web server on a random port: sign-in is by Clerk
 * session tokens and webhooks from {@link dev.wecruit.clerk.TestClerk}. The test class adds the keys, which are made
 * at run time, with a {@code @DynamicPropertySource}: {@code wecruit.auth.clerk.jwt-key} (the PEM of
 * {@code TestClerk.KEYS}) and {@code wecruit.auth.clerk.webhook-secret}.
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
        // Clerk makes the firms here; no demo firms with passwords
        "wecruit.demo.enabled=false",
        "wecruit.crypto.rotation.on-startup=false",
        "wecruit.crypto.keys.1=Y8ni0ANJUMocUNYSelB/GCAf/CUffSo9J0PMw0NFhDo=",
        "wecruit.crypto.blind-index-key=C1HrXNMZ3wFg2Fxpf7X0Fbhkj3JX0CldH+1lYAaWwq4=",
        "wecruit.auth.mode=clerk",
        "wecruit.auth.clerk.publishable-key=pk_test_Y2xlcmsud2VjcnVpdC50ZXN0JA",
        "wecruit.auth.clerk.frontend-api=" + dev.wecruit.clerk.TestClerk.ISSUER,
        "wecruit.auth.clerk.authorized-parties=" + dev.wecruit.clerk.TestClerk.APP_ORIGIN
})
public @interface ClerkIntegrationTest {
}
