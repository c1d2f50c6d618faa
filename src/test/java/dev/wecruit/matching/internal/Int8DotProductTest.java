package dev.wecruit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Int8DotProductTest {

    @Test
    void theTestsRunWithTheVectorApiSoTheFastPathIsTheOneTested() {
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk.incubator.vector.IntVector.SPECIES_PREFERRED.vectorBitSize() >= 256,
                "this CPU has no 256-bit vectors");
        assertThat(Int8DotProduct.fastest()).isInstanceOf(VectorisedInt8DotProduct.class);
    }

    @Test
    void theVectorisedDotProductGivesTheSameIntegerAsThePlainLoopForEveryRow() {
        Random random = new Random(20261202);
        int dimension = InProcessEmbeddingStore.DIMENSION;
        byte[] rows = new byte[1_000 * dimension];
        random.nextBytes(rows);
        byte[] query = new byte[dimension];
        random.nextBytes(query);

        for (int row = 0; row < 1_000; row++) {
            int offset = row * dimension;
            assertThat(Int8DotProduct.fastest().dot(query, rows, offset))
                    .isEqualTo(Int8DotProduct.scalar().dot(query, rows, offset));
        }
    }

    @Test
    void theExtremesOfASignedByteDoNotOverflow() {
        int dimension = InProcessEmbeddingStore.DIMENSION;
        byte[] lowest = filled(dimension, Byte.MIN_VALUE);
        byte[] highest = filled(dimension, Byte.MAX_VALUE);

        assertThat(Int8DotProduct.fastest().dot(lowest, lowest, 0)).isEqualTo(dimension * 128 * 128);
        assertThat(Int8DotProduct.fastest().dot(lowest, highest, 0)).isEqualTo(-dimension * 128 * 127);
    }

    @Test
    void aLengthThatIsNoMultipleOfTheVectorIsFinishedByThePlainLoop() {
        byte[] query = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        byte[] rows = new byte[40];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (byte) (i - 20);
        }

        assertThat(Int8DotProduct.fastest().dot(query, rows, 7)).isEqualTo(Int8DotProduct.scalar().dot(query, rows, 7));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }
}
