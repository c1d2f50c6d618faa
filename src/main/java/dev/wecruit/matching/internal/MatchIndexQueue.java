package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidatesChanged;
import dev.wecruit.jobs.JobChanged;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks what changed stale in the transaction that changed it, and queues the work that indexes it again
 * ({@link MatchIndexHandler}), one item per {@link MatchIndexHandler#PER_ITEM} candidates, so a firm's re-index
 * shows its progress item by item. {@code wecruit.matching.index-on-change=false} keeps the marks but queues
 * nothing (tests, benchmarks): the index is then made when asked.
 */
@Component
class MatchIndexQueue {

    private final MatchIndex index;
    private final BackgroundWork work;
    private final boolean onChange;

    MatchIndexQueue(MatchIndex index, BackgroundWork work,
            @Value("${wecruit.matching.index-on-change:true}") boolean onChange) {
        this.index = index;
        this.work = work;
        this.onChange = onChange;
    }

    @EventListener
    void on(CandidatesChanged changed) {
        index.candidatesChanged(changed.tenantId(), changed.candidateIds());
        if (onChange) {
            int count = changed.candidateIds().size();
            start(count == 1 ? "Matching index: 1 candidate" : "Matching index: " + count + " candidates", count);
        }
    }

    @EventListener
    void on(JobChanged changed) {
        index.jobChanged(changed.tenantId(), changed.jobId());
        if (onChange) {
            start("Matching index: 1 job", 1);
        }
    }

    /** Marks the whole firm stale and queues its indexing; the work's items show the progress. */
    StartedWork reindexFirm(UUID tenantId) {
        int candidates = index.firmChanged(tenantId);
        return start("Matching index: all " + candidates + " candidates", Math.max(1, candidates));
    }

    private StartedWork start(String title, int subjects) {
        int items = Math.min(BackgroundWork.MAX_ITEMS, (subjects + MatchIndexHandler.PER_ITEM - 1)
                / MatchIndexHandler.PER_ITEM);
        List<NewItem> newItems = Collections.nCopies(Math.max(1, items), NewItem.of("Candidates to index"));
        return work.start(MatchIndexHandler.KIND, title, newItems);
    }
}
