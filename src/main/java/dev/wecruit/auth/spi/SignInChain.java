package dev.wecruit.auth.spi;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The sign-in mode's part of the views' security chain: where a request's member comes from (the HTTP session, or a
 * token on every request), which view signs people in, and what refreshes the member. The chain's common rules stay
 * in auth's security configuration. One bean, of the active mode.
 */
public interface SignInChain {

    /** Called once while the views' chain is built, after the common rules and before Vaadin's configurer. */
    void configure(HttpSecurity http) throws Exception;
}
