package dev.wecruit.matching;

/** How far a candidate meets one of a job's requirements. */
public enum Coverage {
    MET,
    PARTIAL,
    MISSING;

    /** What the coverage counts for in the match score. */
    public double credit() {
        return switch (this) {
            case MET -> 1.0;
            case PARTIAL -> 0.5;
            case MISSING -> 0.0;
        };
    }
}
