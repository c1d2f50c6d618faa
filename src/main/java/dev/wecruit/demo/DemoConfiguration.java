package dev.wecruit.demo;

import dev.wecruit.activities.ActivityService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.SignInHint;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobService;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@Conditional(DemoEnabledCondition.class)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    RealisticFirmGenerator realisticFirmGenerator(CompanyService companies, JobService jobs,
            CandidateService candidates, ApplicationService applications, ActivityService activities,
            OrganizationService organizations, PlatformTransactionManager transactionManager, Clock clock) {
        return new RealisticFirmGenerator(companies, jobs, candidates, applications, activities, organizations,
                transactionManager, clock);
    }

    @Bean
    DemoDataSeeder demoDataSeeder(LocalAccountService accounts, OrganizationService organizations,
            RealisticFirmGenerator generator, CurrentTenant currentTenant, CompanyService companies,
            CandidateService candidateService, @Value("${wecruit.demo.candidates:2000}") int candidates) {
        return new DemoDataSeeder(accounts, organizations, generator, currentTenant, companies, candidateService,
                candidates);
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
