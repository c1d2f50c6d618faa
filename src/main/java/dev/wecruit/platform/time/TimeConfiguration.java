package dev.wecruit.platform.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: every service, view and entity timestamp reads time from this bean, so a test can fix it in one
 * place. It is in UTC; a date is made in a zone only where it is shown or shared (see ARCHITECTURE, "Time").
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
