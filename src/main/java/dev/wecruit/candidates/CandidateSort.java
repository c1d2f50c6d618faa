package dev.wecruit.candidates;

/**
 * The orders the candidate list can be shown in. Names are sealed, so the database cannot sort by them; the list is
 * sorted by what it can read.
 */
public enum CandidateSort {
    LAST_ACTIVITY,
    TITLE,
    COMPANY,
    LOCATION;

    /** One way to sort: a column and a direction. */
    public record Order(CandidateSort by, boolean ascending) {

        /** The list's default: most recent activity first, never-contacted candidates last. */
        public static final Order DEFAULT = new Order(LAST_ACTIVITY, false);
    }
}
