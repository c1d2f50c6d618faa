package dev.wecruit.duplicates;

/** Whose value of a field the merged candidate keeps. */
public enum MergeSide {
    /** The candidate kept, whose record, id and page remain. */
    SURVIVOR,
    /** The candidate merged away, retired while the merge can be undone. */
    OTHER
}
