package dev.wecruit.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

    private final ParsedDocuments documents = new ParsedDocuments();
    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void the_same_query_with_other_variables_is_parsed_and_validated_once() {
        String query = "query($after: String) { candidates(first: 50, after: $after) { edges { node { id } } } }";

        PreparsedDocumentEntry first = documents.getDocumentAsync(input(query), parseAndValidate).join();
        PreparsedDocumentEntry again = documents.getDocumentAsync(ExecutionInput.newExecutionInput(query)
                .variables(Map.of("after", "abc")).build(), parseAndValidate).join();

        assertThat(parsed).hasValue(1);
        assertThat(again).isSameAs(first);
    }

    @Test
    void a_document_with_errors_is_checked_again_every_time() {
        Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
            parsed.incrementAndGet();
            return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("no such field").build());
        };

        documents.getDocumentAsync(input("{ nothing }"), invalid).join();
        PreparsedDocumentEntry again = documents.getDocumentAsync(input("{ nothing }"), invalid).join();

        assertThat(again.hasErrors()).isTrue();
        assertThat(parsed).hasValue(2);
        assertThat(documents.size()).isZero();
    }

    @Test
    void a_query_longer_than_the_limit_is_not_kept() {
        String query = "{ node(id: \"" + "x".repeat(ParsedDocuments.MAX_LENGTH) + "\") { id } }";

        documents.getDocumentAsync(input(query), parseAndValidate).join();
        documents.getDocumentAsync(input(query), parseAndValidate).join();

        assertThat(parsed).hasValue(2);
        assertThat(documents.size()).isZero();
    }

    @Test
    void beyond_the_limit_the_least_recently_used_document_goes_first() {
        String kept = "{ kept: node(id: \"1\") { id } }";
        documents.getDocumentAsync(input(kept), parseAndValidate).join();
        for (int i = 0; i < ParsedDocuments.MAX_DOCUMENTS; i++) {
            documents.getDocumentAsync(input("{ node(id: \"" + i + "\") { id } }"), parseAndValidate).join();
            // used again and again: never the least recently used
            documents.getDocumentAsync(input(kept), parseAndValidate).join();
        }
        String oldest = "{ node(id: \"0\") { id } }";
        int before = parsed.get();

        documents.getDocumentAsync(input(kept), parseAndValidate).join();
        documents.getDocumentAsync(input(oldest), parseAndValidate).join();

        assertThat(documents.size()).isEqualTo(ParsedDocuments.MAX_DOCUMENTS);
        assertThat(parsed.get() - before).as("parsed again: only the one that went").isEqualTo(1);
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput(query).build();
    }
}
