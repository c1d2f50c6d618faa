package dev.wecruit.candidates;

import java.util.UUID;

/**
 * Where a page of the candidate list ends, so that the next page continues from there through the sort index
 * (keyset paging) instead of counting rows from the top: row 900,000 then costs what row 50 costs.
 *
 * @param value the sort column's value of the last row shown (an instant as ISO-8601 for last activity), or null
 *     when that row had none
 * @param id the last row's id, which orders rows with equal values
 */
public record CandidateCursor(String value, UUID id) {

    public CandidateCursor {
        if (id == null) {
            throw new IllegalArgumentException("A cursor needs the last row's id");
        }
    }

    /** The cursor just after this row, in lists sorted by {@code by}. */
    public static CandidateCursor after(CandidateSummary row, CandidateSort by) {
        String value = switch (by) {
            case LAST_ACTIVITY -> row.lastActivityAt() == null ? null : row.lastActivityAt().toString();
            case TITLE -> row.currentTitle();
            case COMPANY -> row.currentCompany();
            case LOCATION -> row.location();
        };
        return new CandidateCursor(value, row.id());
    }
}
