package dev.wecruit.platform.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The documents graphql-java has parsed and validated, by their text: an integration sends the same few queries
 * with other variables, and parsing and validating one cost as much as running a small one (decision 0028).
 * Validation depends only on the text and the schema, which does not change while the application runs; the limits
 * on depth and complexity read the variables and are checked on every request after this. Only valid documents are
 * kept (an invalid one is answered in the caller's language and is rare), only up to {@link #MAX_LENGTH}
 * characters, and at most {@link #MAX_DOCUMENTS}, the least recently used going first.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

    static final int MAX_DOCUMENTS = 500;
    static final int MAX_LENGTH = 10_000;

    private final Map<String, PreparsedDocumentEntry> documents = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > MAX_DOCUMENTS;
                }
            });

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry known = query.length() > MAX_LENGTH ? null : documents.get(query);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && query.length() <= MAX_LENGTH) {
            documents.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return documents.size();
    }
}
