package dev.wecruit.candidates.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the candidate list plans a search ({@code wecruit.search.*}, decision 0018).
 *
 * @param selectiveLimit a condition the term index lists at most this many candidates for is looked up first and
 *     its candidates sorted; a more common one is tested while walking the sort index instead. The two costs meet
 *     near the square root of (page size x firm size): about 5,000 at a million candidates
 * @param countLimit the list counts exactly up to this many and shows "10,000+" beyond
 */
@ConfigurationProperties("wecruit.search")
public record SearchProperties(
        @DefaultValue("5000") int selectiveLimit,
        @DefaultValue("10000") int countLimit) {

    public SearchProperties {
        if (selectiveLimit < 1 || countLimit < 1) {
            throw new IllegalArgumentException("wecruit.search.selective-limit and count-limit must be at least 1");
        }
    }
}
