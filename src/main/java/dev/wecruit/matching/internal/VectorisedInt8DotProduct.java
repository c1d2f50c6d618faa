package dev.wecruit.matching.internal;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Int8DotProduct} with the Vector API: sixteen bytes at a time are widened to shorts (a product of two bytes
 * fits in a short), multiplied, widened again to two halves of ints and added up. Only loaded through {@link
 * Int8DotProduct#fastest()}, when the {@code jdk.incubator.vector} module is there.
 */
final class VectorisedInt8DotProduct implements Int8DotProduct {

    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    /** Whether the CPU has vectors of 256 bits; narrower ones would be emulated, slower than the plain loop. */
    boolean usable() {
        return IntVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    @Override
    public int dot(byte[] query, byte[] rows, int offset) {
        int length = query.length;
        int whole = BYTES.loopBound(length);
        IntVector sums = IntVector.zero(INTS);
        for (int i = 0; i < whole; i += BYTES.length()) {
            ShortVector a = (ShortVector) ByteVector.fromArray(BYTES, query, i)
                    .convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector b = (ShortVector) ByteVector.fromArray(BYTES, rows, offset + i)
                    .convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector products = a.mul(b);
            sums = sums.add(products.convertShape(VectorOperators.S2I, INTS, 0))
                    .add(products.convertShape(VectorOperators.S2I, INTS, 1));
        }
        int sum = sums.reduceLanes(VectorOperators.ADD);
        for (int i = whole; i < length; i++) {
            sum += query[i] * rows[offset + i];
        }
        return sum;
    }
}
