package dev.wecruit.demo;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.SignInHint;
import dev.wecruit.tenancy.OrganizationService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@Conditional(DemoEnabledCondition.class)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoDataSeeder demoDataSeeder(LocalAccountService accounts, OrganizationService organizations) {
        return new DemoDataSeeder(accounts, organizations);
    }

    /** Seeds once the app has started (idempotent), then prints the logins with the port it listens on. */
    @Bean
    ApplicationRunner demoSeedRunner(DemoDataSeeder seeder, @Value("${local.server.port:8080}") int port) {
        return args -> {
            seeder.seed();
            log.info(seeder.banner("http://localhost:" + port));
        };
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
