package dev.wecruit.platform.graphql;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * A connection's page, from its {@code first/after} or {@code last/before} arguments: how many records, from where,
 * in which direction. Controllers hand both to their feature's keyset scroll, which returns a {@code Window}.
 */
@Component
public class Paging {

    private final ApiLimits limits;

    Paging(ApiLimits limits) {
        this.limits = limits;
    }

    /** @throws PageTooLargeException when the client asks for more than the limit, or for a negative count */
    public int size(ScrollSubrange subrange) {
        int size = subrange.count().orElse(limits.defaultPageSize());
        if (size < 0 || size > limits.maxPageSize()) {
            throw new PageTooLargeException(size, limits.maxPageSize());
        }
        return size;
    }

    /** Where the page starts: the cursor, in the page's direction; the first or the last record without one. */
    public KeysetScrollPosition position(ScrollSubrange subrange) {
        ScrollPosition position = subrange.position().orElse(null);
        if (position == null) {
            return subrange.forward() ? ScrollPosition.keyset() : ScrollPosition.keyset().backward();
        }
        if (!(position instanceof KeysetScrollPosition keyset)) {
            throw new InvalidCursorException();
        }
        return keyset;
    }

    /** A page larger than the API gives, answered as a bad request. */
    public static class PageTooLargeException extends RuntimeException {

        public PageTooLargeException(int asked, int max) {
            super("A page has at most " + max + " records; " + asked + " were asked for");
        }
    }

    /** A cursor this API did not give, answered as a bad request. */
    public static class InvalidCursorException extends RuntimeException {

        public InvalidCursorException() {
            super("Not a cursor of this API: use the cursors of edges and pageInfo as they are");
        }
    }
}
