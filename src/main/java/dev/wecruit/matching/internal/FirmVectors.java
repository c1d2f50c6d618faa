package dev.wecruit.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One firm's vectors on this node, for {@link InProcessEmbeddingStore}: rows in arrays, a byte a dimension with a
 * scale per row, grown as rows arrive, compacted as rows go. Not thread-safe: the store locks it per search.
 */
public final class FirmVectors {

    private static final int DIMENSION = InProcessEmbeddingStore.DIMENSION;

    private final Int8DotProduct dotProduct;

    private long seenUpTo;
    private int size;
    private UUID[] ids = new UUID[0];
    private UUID[] candidateIds = new UUID[0];
    private byte[] values = new byte[0];
    private float[] scales = new float[0];

    /** With the fastest dot product this JVM has. */
    public FirmVectors() {
        this(Int8DotProduct.fastest());
    }

    public FirmVectors(Int8DotProduct dotProduct) {
        this.dotProduct = dotProduct;
    }

    void catchUp(JdbcTemplate jdbc) {
        Long latest = jdbc.queryForObject("select max(seq) from candidate_match_vectors", Long.class);
        if (latest == null || latest <= seenUpTo) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("""
                select embedding_id, candidate_id, embedding, seq from candidate_match_vectors
                 where seq > ? order by seq
                """, row -> {
            rows.add(new Object[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                    (Float[]) row.getArray(3).getArray(), row.getLong(4)});
        }, seenUpTo);
        Set<UUID> renewed = new HashSet<>();
        rows.forEach(row -> renewed.add((UUID) row[1]));
        Set<UUID> arriving = new HashSet<>();
        rows.forEach(row -> arriving.add((UUID) row[0]));
        keepOnly(index -> !renewed.contains(candidateIds[index]) || arriving.contains(ids[index]));
        grow(size + rows.size());
        for (Object[] row : rows) {
            put((UUID) row[0], (UUID) row[1], (Float[]) row[2]);
            seenUpTo = Math.max(seenUpTo, (Long) row[3]);
        }
    }

    void forget(Set<UUID> gone) {
        keepOnly(index -> !gone.contains(ids[index]));
    }

    public List<Scored> best(float[] query, int limit, double minScore, Predicate<UUID> kept) {
        // the query is quantised like the rows, so a score is an integer dot product, scaled back
        float queryScale = scale(query);
        byte[] quantised = new byte[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            quantised[i] = (byte) Math.round(query[i] / queryScale);
        }
        int chunks = Math.max(1, Math.min(size, 1 + size / 4096));
        var partial = IntStream.range(0, chunks).parallel().mapToObj(part -> {
            var queue = new PriorityQueue<Scored>((a, b) -> Double.compare(a.score(), b.score()));
            int from = (int) ((long) size * part / chunks);
            int to = (int) ((long) size * (part + 1) / chunks);
            for (int index = from; index < to; index++) {
                double score = (1 + dot(quantised, index) * queryScale * scales[index]) / 2;
                if (score >= minScore && (queue.size() < limit || score > queue.peek().score())
                        && kept.test(candidateIds[index])) {
                    queue.add(new Scored(ids[index], candidateIds[index], score));
                    if (queue.size() > limit) {
                        queue.poll();
                    }
                }
            }
            return queue;
        }).toList();
        return partial.stream().flatMap(PriorityQueue::stream)
                .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(limit).toList();
    }

    private int dot(byte[] query, int index) {
        return dotProduct.dot(query, values, index * DIMENSION);
    }

    private static float scale(float[] vector) {
        float max = 0;
        for (float value : vector) {
            max = Math.max(max, Math.abs(value));
        }
        return max == 0 ? 1 : max / 127f;
    }

    /** Adds one row (for a benchmark or a test: a search adds the rows it reads from the table itself). */
    public void add(UUID id, UUID candidateId, float[] vector) {
        grow(size + 1);
        put(id, candidateId, vector);
    }

    private void put(UUID id, UUID candidateId, Float[] vector) {
        float[] values = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            values[i] = vector[i];
        }
        put(id, candidateId, values);
    }

    private void put(UUID id, UUID candidateId, float[] values) {
        float scale = scale(values);
        int offset = size * DIMENSION;
        for (int i = 0; i < DIMENSION; i++) {
            this.values[offset + i] = (byte) Math.round(values[i] / scale);
        }
        ids[size] = id;
        candidateIds[size] = candidateId;
        scales[size] = scale;
        size++;
    }

    private void keepOnly(IntPredicate kept) {
        int to = 0;
        for (int from = 0; from < size; from++) {
            if (kept.test(from)) {
                if (to != from) {
                    ids[to] = ids[from];
                    candidateIds[to] = candidateIds[from];
                    scales[to] = scales[from];
                    System.arraycopy(values, from * DIMENSION, values, to * DIMENSION, DIMENSION);
                }
                to++;
            }
        }
        size = to;
    }

    private void grow(int needed) {
        if (needed <= ids.length) {
            return;
        }
        int capacity = Math.max(needed, ids.length + ids.length / 2);
        ids = Arrays.copyOf(ids, capacity);
        candidateIds = Arrays.copyOf(candidateIds, capacity);
        scales = Arrays.copyOf(scales, capacity);
        values = Arrays.copyOf(values, capacity * DIMENSION);
    }

    /** A row's id, its candidate and its score against a query (0 to 1, {@code (1 + cos) / 2}). */
    public record Scored(UUID id, UUID candidateId, double score) {
    }
}
