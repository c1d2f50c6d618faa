package dev.wecruit.work;

import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.internal.WorkAnnouncer;
import dev.wecruit.work.internal.WorkQueue;
import dev.wecruit.work.internal.WorkRecords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting background work and following it. Work belongs to the firm of whoever started it, and runs as that
 * firm and member: both come from the signed-in member (or the firm of system work), never from an argument.
 * Starting joins the caller's transaction, so a feature stores its input and queues the work in one commit, and
 * nothing is queued when that transaction fails.
 */
@Service
@Transactional(readOnly = true)
public class BackgroundWork {

    /** The most items one piece of work may have. */
    public static final int MAX_ITEMS = 10_000;

    /** What a redacted item's label and error read. */
    public static final String REDACTED = "Removed for privacy";

    private final WorkRecords records;
    private final WorkQueue queue;
    private final WorkAnnouncer announcer;
    private final CurrentTenant currentTenant;

    BackgroundWork(WorkRecords records, WorkQueue queue, WorkAnnouncer announcer, CurrentTenant currentTenant) {
        this.records = records;
        this.queue = queue;
        this.announcer = announcer;
        this.currentTenant = currentTenant;
    }

    /**
     * Starts work of a kind some {@link WorkHandler} does, with its items in the order given.
     *
     * @param title what the work is, as members see it ("12 CVs")
     * @return the work's id, and its items' ids in the order given (rejected ones included)
     * @throws InvalidInputException when there are more than {@link #MAX_ITEMS} items
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public StartedWork start(String kind, String title, List<NewItem> items) {
        if (items.size() > MAX_ITEMS) {
            throw InvalidInputException.of("items", "At most " + MAX_ITEMS + " items at once");
        }
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Background work needs a firm"));
        UUID memberId = currentTenant.currentMemberId().orElse(null);
        UUID workId = Ids.next();
        List<UUID> itemIds = new ArrayList<>(items.size());
        List<UUID> toRun = new ArrayList<>(items.size());
        for (NewItem item : items) {
            UUID id = Ids.next();
            itemIds.add(id);
            if (item.rejectedBecause() == null) {
                toRun.add(id);
            }
        }
        records.insertWork(tenantId, workId, kind, title, memberId, items);
        records.insertItems(tenantId, workId, itemIds, items);
        queue.enqueue(tenantId, memberId, workId, toRun);
        return new StartedWork(workId, itemIds);
    }

    /**
     * Makes items stop naming a person: their labels and errors (a CV's file name) read "Removed for privacy". For the
     * features that take a person out of the firm's records; the items' statuses and the work's counts stay.
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void redactItems(Collection<UUID> itemIds) {
        if (!itemIds.isEmpty()) {
            records.redact(itemIds, REDACTED);
        }
    }

    /** The work, if it is the current firm's. */
    public Optional<WorkSummary> find(UUID workId) {
        return records.find(workId);
    }

    /** The firm's latest work, newest first. */
    @RequiresRole(Role.ADMIN)
    public List<WorkSummary> recent(boolean onlyWithFailures, int limit) {
        return records.recent(onlyWithFailures, Math.max(1, Math.min(limit, 500)));
    }

    /** The work's items in their order, with each one's status and error. */
    @RequiresRole(Role.ADMIN)
    public List<WorkItemSummary> items(UUID workId, boolean onlyFailed) {
        return records.items(workId, onlyFailed);
    }

    /**
     * The work's failed items with their errors, for the member who started it (or an admin), so they learn which of
     * their files could not be read and why.
     *
     * @throws AccessDeniedException for anyone else
     */
    public List<WorkItemSummary> failedItems(UUID workId) {
        Optional<UUID> startedBy = records.startedBy(workId);
        if (!currentTenant.may(Role.ADMIN) && !startedBy.equals(currentTenant.currentMemberId())) {
            throw new AccessDeniedException("Only who started this work, or an admin, sees its items");
        }
        return records.items(workId, true);
    }

    /**
     * Runs the work's failed items again, or only {@code itemId} when given. The handlers are idempotent, so an item
     * that got half-way before failing is simply done again.
     *
     * @return how many items were queued again (0 when none had failed)
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public int retry(UUID workId, UUID itemId) {
        UUID tenantId = currentTenant.currentTenantId().orElseThrow();
        UUID startedBy = records.find(workId).orElseThrow(() -> new RecordNotFoundException("work", workId))
                .startedBy();
        List<UUID> items = records.requeueFailed(workId, itemId);
        if (!items.isEmpty()) {
            // the work runs as the member who started it, as it first did; the admin's retry is only the trigger
            queue.enqueue(tenantId, startedBy, workId, items);
            records.progress(tenantId, workId).ifPresent(announcer::announce);
        }
        return items.size();
    }
}
