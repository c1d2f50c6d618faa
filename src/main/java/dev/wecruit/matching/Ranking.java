package dev.wecruit.matching;

/**
 * How candidates are ranked. Recruiters always get {@link #HYBRID_WITH_EVIDENCE}; the others are its parts, which
 * the matching benchmark measures one by one.
 */
public enum Ranking {
    /** BM25 over the profiles' English lexemes alone. */
    LEXICAL,
    /** Nearest vectors alone. */
    SEMANTIC,
    /** Both, fused by reciprocal rank. */
    HYBRID,
    /** Both fused, then combined with the job's requirements met. */
    HYBRID_WITH_EVIDENCE
}
