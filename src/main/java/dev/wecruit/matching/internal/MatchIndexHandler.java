package dev.wecruit.matching.internal;

import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Matching's index as background work ({@link MatchIndexQueue} queues it): each item makes up to {@link #PER_ITEM}
 * stale candidates again, whichever they are, so items can run on any node in any order, and an item run twice does
 * nothing the second time.
 */
@Component
class MatchIndexHandler implements WorkHandler {

    static final String KIND = "matching-index";
    static final int PER_ITEM = 200;

    private final MatchIndex index;

    MatchIndexHandler(MatchIndex index) {
        this.index = index;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(WorkItem item) {
        index.indexStale(PER_ITEM);
    }
}
