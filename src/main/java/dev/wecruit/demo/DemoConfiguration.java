package dev.wecruit.demo;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.SignInHint;
import dev.wecruit.tenancy.OrganizationService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@Conditional(DemoEnabledCondition.class)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoDataSeeder demoDataSeeder(LocalAccountService accounts, OrganizationService organizations) {
        return new DemoDataSeeder(accounts, organizations);
    }

    /** Seeds before the web server opens, so the printed logins work the moment the login page answers. */
    @Bean
    SmartInitializingSingleton demoSeed(DemoDataSeeder seeder) {
        return seeder::seed;
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoLoginsBanner(DemoDataSeeder seeder, Environment environment) {
        return ready -> log.info(seeder.banner(
                "http://localhost:" + environment.getProperty("local.server.port", "8080")));
    }

    @Bean
    SignInHint northwindAdminHint() {
        return hint(DemoFirms.NORTHWIND.people().get(0));
    }

    @Bean
    SignInHint northwindRecruiterHint() {
        return hint(DemoFirms.NORTHWIND.people().get(1));
    }

    private static SignInHint hint(DemoFirms.Person person) {
        String role = person.role().name().toLowerCase(Locale.ROOT);
        return new SignInHint(Character.toUpperCase(role.charAt(0)) + role.substring(1), person.email(),
                person.password());
    }
}
