package dev.wecruit.duplicates;

import dev.wecruit.candidates.CandidateDetails;
import java.util.List;

/**
 * Two candidates side by side before a merge: per field, what each has and whose value is kept unless the user
 * chooses otherwise (the survivor's, unless theirs is empty and the other's is not).
 */
public record MergePreview(CandidateDetails survivor, CandidateDetails other, List<Row> rows) {

    public MergePreview {
        rows = List.copyOf(rows);
    }

    /**
     * @param survivorValue the survivor's value as shown; empty when they have none
     * @param same whether both have the same value, so there is nothing to choose
     */
    public record Row(MergeField field, String survivorValue, String otherValue, MergeSide chosen, boolean same) {
    }
}
