package dev.wecruit.platform.graphql;

import dev.wecruit.platform.graphql.Paging.InvalidCursorException;
import dev.wecruit.platform.graphql.Paging.PageTooLargeException;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every exception a data fetcher throws, as a typed error ({@link ApiErrorType} in {@code extensions.classification}):
 * the errors a client can cause say what to change; anything else is {@code INTERNAL}, logged with an id the
 * message gives, and tells the client nothing of our code. A subscription's errors get the same answer: Spring for
 * GraphQL hands an exception of a {@code @SubscriptionMapping} method, and any error of its stream, to the
 * {@link SubscriptionExceptionResolver}s (sent as the graphql-transport-ws {@code error} message), not to the data
 * fetcher's.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter implements SubscriptionExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    ApiExceptionResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    public Mono<List<GraphQLError>> resolveException(Throwable failure) {
        return Mono.just(List.of(resolveToSingleError(failure, null)));
    }

    /** @param environment null for a subscription's error, which has no field to point at */
    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        return switch (failure) {
            case InvalidInputException invalid -> error(environment, ApiErrorType.VALIDATION,
                    "Invalid input: " + String.join(", ", invalid.fieldErrors().keySet()))
                    .extensions(Map.of("classification", ApiErrorType.VALIDATION.name(),
                            "fields", invalid.fieldErrors()))
                    .build();
            case RecordNotFoundException notFound -> error(environment, ApiErrorType.NOT_FOUND,
                    "No " + notFound.record() + " with that id").build();
            case StaleRecordException stale -> error(environment, ApiErrorType.CONFLICT,
                    "This " + stale.record() + " was changed since the version you sent: read it again").build();
            case ObjectOptimisticLockingFailureException stale -> error(environment, ApiErrorType.CONFLICT,
                    "This record was changed at the same time by another request: read it again").build();
            case AccessDeniedException denied -> error(environment, ApiErrorType.FORBIDDEN,
                    "Your credential's role may not do this").build();
            case PageTooLargeException tooLarge -> error(environment, ApiErrorType.BAD_REQUEST,
                    tooLarge.getMessage()).build();
            case InvalidCursorException badCursor -> error(environment, ApiErrorType.BAD_REQUEST,
                    badCursor.getMessage()).build();
            default -> internal(failure, environment);
        };
    }

    private static GraphqlErrorBuilder<?> error(DataFetchingEnvironment environment, ApiErrorType type,
            String message) {
        GraphqlErrorBuilder<?> builder = environment == null ? GraphqlErrorBuilder.newError()
                : GraphqlErrorBuilder.newError(environment);
        return builder.errorType(type).message(message);
    }

    private static GraphQLError internal(Throwable failure, DataFetchingEnvironment environment) {
        UUID errorId = UUID.randomUUID();
        log.error("API error {} at {}", errorId, environment == null ? "a subscription"
                : environment.getExecutionStepInfo().getPath(), failure);
        return error(environment, ApiErrorType.INTERNAL, "Something went wrong on our side (error " + errorId
                + "); it is logged").build();
    }
}
