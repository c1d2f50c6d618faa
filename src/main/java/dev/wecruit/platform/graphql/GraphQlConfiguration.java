package dev.wecruit.platform.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SchemaReport;

/**
 * The GraphQL endpoint's wiring: keyset cursors, the scalars, how a {@code Node} finds its type, the depth and
 * complexity limits, and a schema that must map completely (decision 0024).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.class)
class GraphQlConfiguration {

    /** Replaces Spring's JSON cursors, which bring typed keyset values back as text. */
    @Bean
    EncodingCursorStrategy<ScrollPosition> keysetCursorStrategy() {
        return CursorStrategy.withEncoder(new KeysetCursors(), CursorEncoder.noOpEncoder());
    }

    @Bean
    RuntimeWiringConfigurer apiScalars() {
        return wiring -> wiring.scalar(ApiScalars.DATE_TIME).scalar(ApiScalars.DATE);
    }

    /**
     * A field of the schema that no controller serves and no record property answers, or a field whose nullness
     * the Java side breaks, fails the start: the schema is the contract, and a silently {@code null} field breaks it.
     */
    @Bean
    GraphQlSourceBuilderCustomizer completeSchema(List<NodeLoader> loaders) {
        return builder -> {
            var types = new ClassNameTypeResolver();
            loaders.forEach(loader -> types.addMapping(loader.javaType(), loader.type()));
            builder.defaultTypeResolver(types).inspectSchemaMappings(GraphQlConfiguration::requireComplete);
        };
    }

    static void requireComplete(SchemaReport report) {
        List<String> problems = new ArrayList<>();
        report.unmappedFields().forEach(field -> problems.add("no data fetcher for " + field));
        report.unmappedRegistrations().keySet().forEach(field -> problems.add("a data fetcher for " + field
                + ", which the schema does not have"));
        report.unmappedArguments().forEach((fetcher, arguments) -> problems.add(fetcher + " reads arguments "
                + arguments + ", which the schema does not have"));
        report.fieldNullnessErrors().forEach((field, error) -> problems.add("nullness of " + field + ": " + error));
        report.argumentNullnessErrors().forEach((fetcher, errors) -> problems.add("argument nullness of " + fetcher
                + ": " + errors));
        report.skippedTypes().forEach(type -> problems.add("type " + type + " could not be inspected"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The GraphQL schema does not match the code:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /**
     * Every data fetcher runs on the request's thread. Spring for GraphQL would run each blocking controller method
     * on a virtual thread of its own when virtual threads are on; the fields of one level wait for each other's
     * batches anyway, so that bought a thread hop and a context copy per field and record, and no parallelism on a
     * busy server (decision 0028).
     */
    @Bean
    static BeanPostProcessor dataFetchersOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    /** Each query text is parsed and validated once, not on every request ({@link ParsedDocuments}). */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments() {
        var documents = new ParsedDocuments();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(ApiLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth(), depth -> {
            throw new LimitExceeded("The query nests " + depth.getDepth() + " levels deep; at most "
                    + limits.maxDepth() + " are allowed");
        });
    }

    /**
     * Each field counts 1, and a connection counts its children once per record it may give: {@code first: 50}
     * of candidates with 3 fields each is 151.
     */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(ApiLimits limits) {
        FieldComplexityCalculator calculator = (environment, children) -> {
            Map<String, Object> arguments = environment.getArguments();
            Object size = arguments.getOrDefault("first", arguments.get("last"));
            if (size == null && environment.getFieldDefinition().getType().toString().endsWith("Connection")) {
                size = limits.defaultPageSize();
            }
            if (size == null && arguments.get("ids") instanceof List<?> ids) {
                size = ids.size();
            }
            int times = size instanceof Integer count ? Math.max(count, 1) : 1;
            return 1 + times * children;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator, complexity -> {
            throw new LimitExceeded("The query asks for " + complexity.getComplexity() + " fields, counting each "
                    + "page's records; at most " + limits.maxComplexity() + " are allowed");
        });
    }

    /** A query over a limit: refused before it runs, as a bad request. */
    static final class LimitExceeded extends AbortExecutionException {

        @Serial
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(List.of(GraphqlErrorBuilder.newError().message(message).errorType(ApiErrorType.BAD_REQUEST)
                    .build()));
        }
    }
}
