package dev.wecruit;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
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

    public static void main(String[] args) {
        SpringApplication.run(WecruitApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Wecruit - the recruiting CRM for headhunting firms");
        settings.addFavIcon("icon", "icons/wecruit.svg", "any");
    }
}
