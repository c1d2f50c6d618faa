package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.matching.internal.FirmVectors;
import dev.wecruit.matching.internal.Int8DotProduct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The in-process store's exact search alone, at the size of the 100,000-candidate benchmark firm (246,627 chunks of
 * 384 dimensions): the plain loop against the Vector API's dot product (decision 0033), on random unit vectors,
 * in memory, without the database. Prints to the console and {@code target/benchmarks/vector-search.md}; asserts
 * only that both find the same top 80 chunks.
 */
class VectorSearchBenchmark {

    private static final int CHUNKS = Integer.getInteger("wecruit.bench.chunks", 246_627);
    private static final int QUERIES = 60;
    private static final int TOP = 80;

    @Test
    void theVectorApiFindsTheSameTopChunksFasterThanThePlainLoop() throws IOException {
        Random random = new Random(15);
        FirmVectors plain = new FirmVectors(Int8DotProduct.scalar());
        FirmVectors fastest = new FirmVectors();
        for (int i = 0; i < CHUNKS; i++) {
            float[] vector = unitVector(random);
            UUID id = new UUID(0, i);
            UUID candidate = new UUID(1, i / 3);
            plain.add(id, candidate, vector);
            fastest.add(id, candidate, vector);
        }
        List<float[]> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(unitVector(random));
        }
        for (float[] query : queries.subList(0, 10)) {
            assertThat(ids(fastest.best(query, TOP, 0, candidate -> true)))
                    .isEqualTo(ids(plain.best(query, TOP, 0, candidate -> true)));
        }

        Timings plainTimes = time(plain, queries);
        Timings fastestTimes = time(fastest, queries);

        List<String> report = List.of(
                "| exact top " + TOP + " of " + CHUNKS + " chunks in memory | median / p95 |",
                "|---|---|",
                String.format("| plain loop | %.1f / %.1f ms |", plainTimes.medianMillis(), plainTimes.p95Millis()),
                String.format("| %s | %.1f / %.1f ms |", Int8DotProduct.fastest().getClass().getSimpleName(),
                        fastestTimes.medianMillis(), fastestTimes.p95Millis()));
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/vector-search.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private static Timings time(FirmVectors vectors, List<float[]> queries) {
        for (float[] query : queries.subList(0, 10)) {
            vectors.best(query, TOP, 0, candidate -> true);
        }
        Timings timings = new Timings(queries.size());
        for (float[] query : queries) {
            timings.time(() -> vectors.best(query, TOP, 0, candidate -> true));
        }
        return timings;
    }

    private static List<UUID> ids(List<FirmVectors.Scored> scored) {
        return scored.stream().map(FirmVectors.Scored::id).toList();
    }

    private static float[] unitVector(Random random) {
        float[] vector = new float[384];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
