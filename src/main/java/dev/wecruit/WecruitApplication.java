package dev.wecruit;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.wecruit.privacy.KeyRotationReport;
import dev.wecruit.privacy.PiiKeyRotationService;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Wecruit, a multi-tenant recruiting CRM. Also the Vaadin app shell: Lumo plus our own stylesheet, and
 * server push for the live views.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/wecruit.css")
public class WecruitApplication implements AppShellConfigurator {

    /** The command that re-encrypts personal data under the active key and exits (see the README). */
    static final String ROTATE_PII_KEYS = "rotate-pii-keys";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(ROTATE_PII_KEYS)) {
            System.exit(rotatePiiKeys(args));
        }
        SpringApplication.run(WecruitApplication.class, args);
    }

    /**
     * Runs key rotation in a process of its own, without a web server, next to running app nodes on the same external
     * database, and exits 0 when no value is left under another key version (2 otherwise).
     */
    static int rotatePiiKeys(String[] args) {
        var application = new SpringApplication(WecruitApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] withOverrides = Stream.concat(Arrays.stream(args).filter(arg -> !arg.equals(ROTATE_PII_KEYS)),
                Stream.of("--wecruit.demo.enabled=false", "--wecruit.crypto.rotation.on-startup=false",
                        // a one-off process must not take background work from the nodes
                        "--wecruit.work.run-tasks=false",
                        // Vaadin's auto-configuration assumes a web server
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))
                .toArray(String[]::new);
        try (var context = application.run(withOverrides)) {
            KeyRotationReport report = context.getBean(PiiKeyRotationService.class).rotateAll();
            System.out.printf("Re-sealed %d rows in %d firms under key version %d in %d ms; %d values remain under"
                    + " other key versions%n", report.rowsResealed(), report.firms(), report.activeKeyVersion(),
                    report.took().toMillis(), report.valuesRemaining());
            return report.valuesRemaining() == 0 ? 0 : 2;
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Wecruit - the recruiting CRM for headhunting firms");
        settings.addFavIcon("icon", "icons/wecruit.svg", "any");
    }
}
