package dev.wecruit.api.internal;

import dev.wecruit.platform.graphql.ApiLimits;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API's own security: stateless, no session, no CSRF (no cookies carry its credentials), every request
 * authenticated by its bearer credential (an API key, or a Clerk session token in Clerk mode). Ordered before the
 * views' chain, which would answer with a sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

    /** {@code spring.graphql.websocket.path}: the same path as GraphQL over HTTP. */
    private static final String GRAPHQL_SOCKET = "/graphql";

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiCredentials credentials, ApiLimits limits)
            throws Exception {
        var contexts = new RequestAttributeSecurityContextRepository();
        http.securityMatcher("/api/**", "/graphql", "/graphql/**", "/graphiql", "/graphiql/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/webhooks/**").permitAll()
                        // the explorer's page (on only in embedded mode); its requests carry a credential
                        .requestMatchers("/graphiql", "/graphiql/**").permitAll()
                        // a browser cannot send headers with a WebSocket upgrade: subscriptions authenticate at
                        // connection_init instead (GraphQlConnectionAuthentication). Only a handshake passes: a GET
                        // of the socket's path, the one request Spring hands to the WebSocket handler; a POST that
                        // merely carries the header would otherwise run a query signed in as nobody
                        .requestMatchers(ApiSecurityConfiguration::isGraphQlHandshake).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, failure) -> ApiErrors.unauthorized(response)))
                .addFilterAfter(new BearerAuthenticationFilter(credentials, contexts), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiRequestLimits(limits), BearerAuthenticationFilter.class);
        return http.build();
    }

    /** A WebSocket handshake (RFC 6455: a GET with {@code Upgrade: websocket}) on the GraphQL socket's path. */
    static boolean isGraphQlHandshake(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && GRAPHQL_SOCKET.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
