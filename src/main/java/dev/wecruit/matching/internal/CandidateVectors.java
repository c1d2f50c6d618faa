package dev.wecruit.matching.internal;

import dev.wecruit.platform.persistence.Ids;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.pgvector.DefaultMetadataStorageConfig;
import dev.langchain4j.store.embedding.pgvector.MetadataStorageMode;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import dev.wecruit.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The candidates' vectors behind LangChain4j's {@link EmbeddingStore}: {@link HnswEmbeddingStore} (pgvector's
 * {@link PgVectorEmbeddingStore}, with our own query for the ranking's search) on the HNSW index where the database
 * has pgvector, {@link InProcessEmbeddingStore}'s exact search where it has not. Both run on the caller's
 * transaction, so row-level security keeps every read and write to the member's firm: pgvector's store gets its
 * connections through a {@link TransactionAwareDataSourceProxy}, and the HNSW scan is told to go on until it has found
 * k rows of the firm ({@code hnsw.iterative_scan}). Call it inside a transaction only.
 */
@Component
public class CandidateVectors {

    /** How many candidates of the index's order the HNSW scan keeps in view; more finds more of the true top. */
    static final int EF_SEARCH = 200;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CurrentTenant currentTenant;
    private volatile EmbeddingStore<TextSegment> store;
    private volatile boolean pgvector;

    public CandidateVectors(JdbcTemplate jdbc, DataSource dataSource, CurrentTenant currentTenant) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.currentTenant = currentTenant;
    }

    /** Whether the vectors are on pgvector's HNSW index (else searched exactly in process). */
    public boolean onPgvector() {
        store();
        return pgvector;
    }

    /** Stores a candidate's chunks and their vectors, after their old ones are removed. */
    void replace(UUID tenantId, UUID candidateId, List<String> chunks, List<float[]> vectors) {
        jdbc.update("delete from candidate_match_vectors where tenant_id = ? and candidate_id = ?", tenantId,
                candidateId);
        if (chunks.isEmpty()) {
            return;
        }
        List<TextSegment> segments = chunks.stream().map(chunk -> TextSegment.from(chunk,
                Metadata.from(Map.of("tenant_id", tenantId, "candidate_id", candidateId)))).toList();
        EmbeddingStore<TextSegment> target = store();
        // our ids, not the store's random ones: the table's key is time-ordered like every other
        List<String> ids = chunks.stream().map(chunk -> Ids.next().toString()).toList();
        target.addAll(ids, vectors.stream().map(Embedding::from).toList(), segments);
    }

    /**
     * The candidates whose chunks are nearest the query, each with their best chunk's score (0 to 1, cosine mapped
     * as {@code (1 + cos) / 2}), best first.
     *
     * @param chunks how many chunks to retrieve; a candidate has several, so ask for a few times the candidates
     */
    Map<UUID, Double> nearest(float[] query, int chunks) {
        EmbeddingStore<TextSegment> target = store();
        List<EmbeddingMatch<TextSegment>> matches = target.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(chunks).minScore(0.0).build()).matches();
        Map<UUID, Double> best = new LinkedHashMap<>();
        matches.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).forEach(match -> best.merge(
                match.embedded().metadata().getUUID("candidate_id"), match.score(), Math::max));
        return best;
    }

    EmbeddingStore<TextSegment> store() {
        EmbeddingStore<TextSegment> current = store;
        if (current == null) {
            synchronized (this) {
                if (store == null) {
                    pgvector = Boolean.TRUE.equals(jdbc.queryForObject(
                            "select exists (select 1 from pg_extension where extname = 'vector')", Boolean.class));
                    store = pgvector ? new HnswEmbeddingStore(PgVectorEmbeddingStore.datasourceBuilder()
                            .datasource(new TransactionAwareDataSourceProxy(dataSource))
                            .table("candidate_match_vectors")
                            .dimension(InProcessEmbeddingStore.DIMENSION)
                            .createTable(false)
                            .useIndex(false)
                            .skipCreateVectorExtension(true)
                            .metadataStorageConfig(DefaultMetadataStorageConfig.builder()
                                    .storageMode(MetadataStorageMode.COLUMN_PER_KEY)
                                    .columnDefinitions(List.of("tenant_id uuid", "candidate_id uuid"))
                                    .build())
                            .build(), jdbc, EF_SEARCH)
                            : new InProcessEmbeddingStore(jdbc, currentTenant);
                }
                current = store;
            }
        }
        return current;
    }
}
