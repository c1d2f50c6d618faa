package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidatesChanged;
import dev.wecruit.jobs.JobChanged;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks what changed stale in the transaction that changed it, and queues the work that indexes it again
 * ({@link MatchIndexHandler}), one item per {@link MatchIndexHandler#PER_ITEM} candidates, so a firm's re-index
 * shows its progress item by item. Changes are gathered per transaction: an import of a thousand candidates, or a
 * candidate and their CV saved together, queue one piece of work, just before the transaction commits.
 * {@code wecruit.matching.index-on-change=false} keeps the marks but queues nothing (tests, benchmarks, the browser
 * tests' demo): the index is then made when an admin re-indexes.
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
            changes().candidates.addAll(changed.candidateIds());
        }
    }

    @EventListener
    void on(JobChanged changed) {
        index.jobChanged(changed.tenantId(), changed.jobId());
        if (onChange) {
            changes().jobs.add(changed.jobId());
        }
    }

    /** This transaction's changes, queued as one piece of work just before it commits. */
    private Changes changes() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Candidates and jobs change inside a transaction");
        }
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            Changes fresh = new Changes();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.queue();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MatchIndexQueue.this);
                }
            });
            changes = fresh;
        }
        return changes;
    }

    private final class Changes {

        private final Set<UUID> candidates = new HashSet<>();
        private final Set<UUID> jobs = new HashSet<>();

        void queue() {
            List<String> what = new ArrayList<>();
            if (!candidates.isEmpty()) {
                what.add(candidates.size() == 1 ? "1 candidate" : candidates.size() + " candidates");
            }
            if (!jobs.isEmpty()) {
                what.add(jobs.size() == 1 ? "1 job" : jobs.size() + " jobs");
            }
            if (!what.isEmpty()) {
                start("Matching index: " + String.join(" and ", what), candidates.size());
            }
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
