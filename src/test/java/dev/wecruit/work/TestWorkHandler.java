package dev.wecruit.work;

import dev.wecruit.tenancy.CurrentTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work for tests, on every node a test starts (it is component-scanned from the test classes): each item's title
 * says what it does. "ok" succeeds, "fail" always throws, "flaky" throws on its first attempt only, "reject" is
 * rejected, "hold" waits until the test lets it go. Every run is recorded with the firm, member and the firms its queries could see.
 */
@Component
public class TestWorkHandler implements WorkHandler {

    public static final String KIND = "test-work";

    /** One run of one item, as the handler saw it. */
    public record Run(UUID itemId, int attempt, UUID tenantId, UUID memberId, List<UUID> visibleFirms, String node) {
    }

    /** What items titled "hold" wait for, on every node of this JVM. */
    public static final AtomicReference<CountDownLatch> HOLD = new AtomicReference<>(new CountDownLatch(0));

    /** Every run on every node of this JVM, by item. */
    public static final Map<UUID, List<Run>> RUNS = new ConcurrentHashMap<>();

    private final CurrentTenant currentTenant;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String node = UUID.randomUUID().toString();

    TestWorkHandler(CurrentTenant currentTenant, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.currentTenant = currentTenant;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(WorkItem item) throws Exception {
        List<UUID> visible = transactions.execute(status -> jdbc.queryForList(
                "select distinct tenant_id from background_work", UUID.class));
        RUNS.computeIfAbsent(item.itemId(), id -> new CopyOnWriteArrayList<>()).add(new Run(item.itemId(),
                item.attempt(), currentTenant.currentTenantId().orElse(null),
                currentTenant.currentMemberId().orElse(null), visible, node));
        String what = transactions.execute(status -> jdbc.queryForObject(
                "select title from background_work where id = ?", String.class, item.workId()));
        switch (what) {
            case "fail" -> throw new IllegalStateException("The test server is down");
            case "flaky" -> {
                if (item.attempt() == 1) {
                    throw new IllegalStateException("A hiccup");
                }
            }
            case "reject" -> throw new WorkItemRejected("This file is damaged and cannot be read");
            case "hold" -> {
                if (!HOLD.get().await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Held too long");
                }
            }
            default -> {
            }
        }
    }
}
