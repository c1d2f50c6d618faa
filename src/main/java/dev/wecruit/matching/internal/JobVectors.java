package dev.wecruit.matching.internal;

import java.util.List;

/** A job's chunk vectors, kept flattened in one {@code real[]}, and the one query vector made of them. */
final class JobVectors {

    private JobVectors() {
    }

    static float[] flatten(List<float[]> vectors) {
        float[] flat = new float[vectors.size() * InProcessEmbeddingStore.DIMENSION];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, flat, i * InProcessEmbeddingStore.DIMENSION,
                    InProcessEmbeddingStore.DIMENSION);
        }
        return flat;
    }

    /**
     * The job as one query: the mean of its chunks, its first (title and requirements) counted twice, normalised.
     * Null when the job has no vectors.
     */
    static float[] query(float[] flat) {
        int chunks = flat.length / InProcessEmbeddingStore.DIMENSION;
        if (chunks == 0) {
            return null;
        }
        float[] query = new float[InProcessEmbeddingStore.DIMENSION];
        for (int chunk = 0; chunk < chunks; chunk++) {
            float weight = chunk == 0 ? 2 : 1;
            for (int d = 0; d < query.length; d++) {
                query[d] += weight * flat[chunk * query.length + d];
            }
        }
        return normalised(query);
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
        float[] result = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            result[d] = vector[d] * scale;
        }
        return result;
    }

    /** Cosine of two normalised vectors, as a score from 0 to 1. */
    static double score(float[] a, float[] flat, int chunk) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * flat[chunk * a.length + d];
        }
        return (1 + dot) / 2;
    }
}
