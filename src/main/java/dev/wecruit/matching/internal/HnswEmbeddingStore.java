package dev.wecruit.matching.internal;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * LangChain4j's {@link EmbeddingStore} on pgvector's HNSW index: {@link PgVectorEmbeddingStore} writes, removes and
 * answers filtered searches; the search the ranking makes (the nearest k chunks of the firm, no filter) is one
 * prepared statement of our own on the caller's transaction (decision 0034). pgvector's module writes the query
 * vector into its SQL three times as a literal, computes the distance twice and reads every row's vector back, so
 * the statement is never prepared and costs two to four times the search itself; this one binds the vector, reads
 * only the id, firm, candidate, text and distance, and is prepared once per connection.
 *
 * <p>Before the search it tells the scan to go on until it has k rows the firm's row-level security lets through
 * ({@code hnsw.iterative_scan}) and how many neighbours to keep in view ({@code hnsw.ef_search}), for this
 * transaction only, in the same round trip.
 */
final class HnswEmbeddingStore implements EmbeddingStore<TextSegment> {

    private static final String SEARCH = """
            select embedding_id, tenant_id, candidate_id, text, embedding <=> ?::vector as distance
            from candidate_match_vectors
            order by embedding <=> ?::vector
            limit ?
            """;

    private final PgVectorEmbeddingStore module;
    private final JdbcTemplate jdbc;
    private final int efSearch;

    /**
     * @param module pgvector's store over the same table and transaction-bound connections
     * @param efSearch the least {@code hnsw.ef_search}; a search for more chunks keeps as many in view
     */
    HnswEmbeddingStore(PgVectorEmbeddingStore module, JdbcTemplate jdbc, int efSearch) {
        this.module = module;
        this.jdbc = jdbc;
        this.efSearch = efSearch;
    }

    @Override
    public String add(Embedding embedding) {
        return module.add(embedding);
    }

    @Override
    public void add(String id, Embedding embedding) {
        module.add(id, embedding);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        return module.add(embedding, segment);
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        return module.addAll(embeddings);
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        module.addAll(ids, embeddings, segments);
    }

    @Override
    public void removeAll(Collection<String> ids) {
        module.removeAll(ids);
    }

    @Override
    public void removeAll(Filter filter) {
        module.removeAll(filter);
    }

    @Override
    public void removeAll() {
        module.removeAll();
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        if (request.filter() != null) {
            return module.search(request);
        }
        int k = request.maxResults();
        jdbc.queryForList("select set_config('hnsw.iterative_scan', 'relaxed_order', true), "
                + "set_config('hnsw.ef_search', ?, true)", String.valueOf(Math.max(efSearch, k)));
        String vector = literal(request.queryEmbedding().vector());
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(k);
        jdbc.query(SEARCH, row -> {
            // cosine distance 0..2 as LangChain4j's relevance score 0..1
            double score = (2 - row.getDouble(5)) / 2;
            if (score >= request.minScore()) {
                Metadata metadata = Metadata.from(Map.of("tenant_id", row.getObject(2, UUID.class), "candidate_id",
                        row.getObject(3, UUID.class)));
                matches.add(new EmbeddingMatch<>(score, row.getString(1), null,
                        TextSegment.from(row.getString(4), metadata)));
            }
        }, vector, vector, k);
        // relaxed_order may return a near neighbour a little out of place
        matches.sort((a, b) -> Double.compare(b.score(), a.score()));
        return new EmbeddingSearchResult<>(matches);
    }

    /** pgvector's text form of a vector, {@code [0.1,0.2,...]}. */
    static String literal(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(vector[i]);
        }
        return text.append(']').toString();
    }
}
