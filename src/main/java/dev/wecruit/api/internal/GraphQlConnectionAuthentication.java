package dev.wecruit.api.internal;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Signs a GraphQL WebSocket in at its {@code connection_init}: browsers cannot send headers with a WebSocket upgrade,
 * so the graphql-transport-ws client sends the credential in the init payload ({@code {"Authorization": "Bearer
 * wk_..."}}; {@code authorization} and {@code token} are read too). A payload that signs nobody in fails the init,
 * and Spring for GraphQL closes the socket with 4401 Unauthorized before any operation runs.
 *
 * <p>The socket's sign-in is kept in its session attributes and written into each operation's Reactor context under
 * the key of Spring Security's {@code SecurityContextHolderThreadLocalAccessor}, so that Spring for GraphQL's context
 * propagation sets the {@code SecurityContextHolder} around every data fetcher of every subscription, query and
 * mutation on the socket, exactly as the HTTP requests' {@link BearerAuthenticationFilter} does per request.
 */
@Component
class GraphQlConnectionAuthentication implements WebSocketGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(GraphQlConnectionAuthentication.class);

    /** Where the socket's sign-in is kept among its session attributes. */
    static final String SECURITY_CONTEXT = GraphQlConnectionAuthentication.class.getName() + ".securityContext";
    /** The key {@code SecurityContextHolderThreadLocalAccessor} restores the holder from. */
    private static final String SECURITY_CONTEXT_KEY = SecurityContext.class.getName();

    private final ApiCredentials credentials;

    GraphQlConnectionAuthentication(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        // a key is checked against the database: lazily, on the thread Spring's handler waits on anyway
        return Mono.fromCallable(() -> credential(payload).flatMap(credentials::authenticate)
                        .orElseThrow(() -> {
                            log.debug("GraphQL WebSocket {} refused: its connection_init signs nobody in",
                                    session.getId());
                            return new BadCredentialsException("The connection_init payload signs nobody in");
                        }))
                .doOnNext(authentication -> session.getAttributes().put(SECURITY_CONTEXT,
                        new SecurityContextImpl(authentication)))
                .then(Mono.empty());
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        if (!(socketRequest.getSessionInfo().getAttributes().get(SECURITY_CONTEXT) instanceof SecurityContext
                context)) {
            // Spring refuses operations before connection_init; this guards against a socket signed in elsewhere
            return Mono.error(new AccessDeniedException("The socket is not signed in"));
        }
        return chain.next(request).contextWrite(Context.of(SECURITY_CONTEXT_KEY, context));
    }

    /** The credential in the init payload, with or without its {@code Bearer } scheme. */
    static Optional<String> credential(Map<String, Object> payload) {
        if (payload == null) {
            return Optional.empty();
        }
        for (String name : new String[] {"Authorization", "authorization", "token"}) {
            if (payload.get(name) instanceof String value && !value.isBlank()) {
                return Optional.of(ApiCredentials.bearer(value).orElse(value.strip()));
            }
        }
        return Optional.empty();
    }
}
