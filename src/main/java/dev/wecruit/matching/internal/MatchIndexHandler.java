package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidatesChanged;
import dev.wecruit.jobs.JobChanged;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Matching's index as background work: a change to candidates or a job marks them stale and queues work in the same
 * transaction; each item makes up to {@link #PER_ITEM} stale candidates again, whichever they are, so items can run
 * on any node in any order and an item run twice does nothing the second time.
 */
@Component
class MatchIndexHandler implements WorkHandler {

    static final String KIND = "matching-index";
    static final int PER_ITEM = 200;

    private final MatchIndex index;
    private final BackgroundWork work;
    private final boolean onChange;

    MatchIndexHandler(MatchIndex index, BackgroundWork work,
            @Value("${wecruit.matching.index-on-change:true}") boolean onChange) {
        this.index = index;
        this.work = work;
        this.onChange = onChange;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(WorkItem item) {
        index.indexStale(PER_ITEM);
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

    int indexNow(int limit) {
        return index.indexStale(limit);
    }

    private StartedWork start(String title, int subjects) {
        int items = Math.min(BackgroundWork.MAX_ITEMS, (subjects + PER_ITEM - 1) / PER_ITEM);
        List<NewItem> newItems = Collections.nCopies(Math.max(1, items), NewItem.of("Candidates to index"));
        return work.start(KIND, title, newItems);
    }
}
