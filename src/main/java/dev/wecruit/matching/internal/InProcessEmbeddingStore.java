package dev.wecruit.matching.internal;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.wecruit.tenancy.CurrentTenant;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * LangChain4j's {@link EmbeddingStore} for a PostgreSQL without pgvector (the embedded one): the vectors live in
 * {@code candidate_match_vectors.embedding real[]}, under row-level security like every table, and a search compares
 * the query with every vector of the firm, exactly. To be fast at a firm's hundreds of thousands of chunks, this
 * node keeps each firm's vectors in memory, quantised to a byte a dimension with a scale per vector (a quarter of the
 * floats' size; the order of scores is kept to about two decimals), and quantises the query the same way, so a score
 * is an integer dot product ({@link Int8DotProduct}: the Vector API's when the JVM has it). Before each search it asks the database for
 * rows written since it last looked ({@code seq}); a candidate whose rows come again has their old ones dropped, and
 * rows deleted with their candidate are noticed when a search would return them, so every node answers what the
 * database holds. Runs on the caller's transaction (the firm's row-level security) through the {@link JdbcTemplate}.
 *
 * <p>Metadata: every segment carries {@code tenant_id} and {@code candidate_id} (UUIDs), as in the pgvector table,
 * and a search's filter is tested against them (row-level security already keeps a search to the firm).
 */
final class InProcessEmbeddingStore implements EmbeddingStore<TextSegment> {

    static final int DIMENSION = 384;

    private static final String NO_SEGMENT = "Every vector needs a segment with its tenant_id and candidate_id";

    private final JdbcTemplate jdbc;
    private final CurrentTenant currentTenant;
    private final Map<UUID, FirmVectors> firms = new ConcurrentHashMap<>();

    InProcessEmbeddingStore(JdbcTemplate jdbc, CurrentTenant currentTenant) {
        this.jdbc = jdbc;
        this.currentTenant = currentTenant;
    }

    /** @throws IllegalArgumentException always: a row of this table belongs to a candidate, named by its segment */
    @Override
    public String add(Embedding embedding) {
        throw new IllegalArgumentException(NO_SEGMENT);
    }

    @Override
    public void add(String id, Embedding embedding) {
        add(embedding);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UuidVersion7Strategy.INSTANCE.generateUuid(null).toString();
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    /** @throws IllegalArgumentException always: a row of this table belongs to a candidate, named by its segment */
    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        throw new IllegalArgumentException(NO_SEGMENT);
    }

    @Override
    public List<String> generateIds(int n) {
        return IntStream.range(0, n).mapToObj(i -> UuidVersion7Strategy.INSTANCE.generateUuid(null).toString())
                .toList();
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        List<Integer> rows = IntStream.range(0, ids.size()).boxed().toList();
        jdbc.batchUpdate("""
                insert into candidate_match_vectors (embedding_id, tenant_id, candidate_id, text, embedding)
                values (?, ?, ?, ?, ?)
                """, rows, 500, (PreparedStatement statement, Integer i) -> {
            Metadata metadata = segments.get(i).metadata();
            statement.setObject(1, UUID.fromString(ids.get(i)));
            statement.setObject(2, metadata.getUUID("tenant_id"));
            statement.setObject(3, metadata.getUUID("candidate_id"));
            statement.setString(4, segments.get(i).text());
            float[] vector = embeddings.get(i).vector();
            Float[] boxed = new Float[vector.length];
            for (int d = 0; d < vector.length; d++) {
                boxed[d] = vector[d];
            }
            Array array = statement.getConnection().createArrayOf("real", boxed);
            statement.setArray(5, array);
        });
    }

    @Override
    public void removeAll(Collection<String> ids) {
        jdbc.update("delete from candidate_match_vectors where embedding_id = any (?::uuid[])",
                (Object) ids.toArray(String[]::new));
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("A vector search needs the firm"));
        Filter filter = request.filter();
        Predicate<UUID> kept = filter == null ? candidate -> true : candidate -> filter.test(Metadata.from(Map.of(
                "tenant_id", tenantId, "candidate_id", candidate)));
        FirmVectors vectors = firms.computeIfAbsent(tenantId, id -> new FirmVectors());
        float[] query = request.queryEmbedding().vector();
        while (true) {
            List<FirmVectors.Scored> best;
            synchronized (vectors) {
                vectors.catchUp(jdbc);
                best = vectors.best(query, request.maxResults(), request.minScore(), kept);
            }
            Map<UUID, String> texts = new HashMap<>();
            jdbc.query("select embedding_id, text from candidate_match_vectors where embedding_id = any (?)",
                    row -> {
                        texts.put(row.getObject(1, UUID.class), row.getString(2));
                    }, (Object) best.stream().map(FirmVectors.Scored::id).toArray(UUID[]::new));
            Set<UUID> gone = new HashSet<>();
            best.stream().map(FirmVectors.Scored::id).filter(id -> !texts.containsKey(id)).forEach(gone::add);
            if (!gone.isEmpty()) {
                synchronized (vectors) {
                    vectors.forget(gone);
                }
                continue;
            }
            return new EmbeddingSearchResult<>(best.stream().map(scored -> new EmbeddingMatch<>(scored.score(),
                    scored.id().toString(), null, TextSegment.from(texts.get(scored.id()), Metadata.from(Map.of(
                            "tenant_id", tenantId, "candidate_id", scored.candidateId()))))).toList());
        }
    }

}
