package dev.wecruit.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.pipeline.BoardChanged;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.Test;

/** The debounce of open dashboards, on a clock and a timer the test moves by hand. */
class LiveDashboardsTest {

    static final UUID FIRM = UUID.randomUUID();
    static final UUID OTHER_FIRM = UUID.randomUUID();

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    final ManualTimer timer = new ManualTimer();
    final LiveDashboards live = new LiveDashboards(timer, now::get);
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger otherFirmRefreshes = new AtomicInteger();

    @Test
    void the_first_move_refreshes_at_once_and_a_burst_after_it_is_one_refresh_two_seconds_later() {
        live.join(FIRM, Runnable::run, refreshes::incrementAndGet);

        live.moved(move(FIRM));
        assertThat(timer.delays()).containsExactly(Duration.ZERO);
        timer.runDue();
        assertThat(refreshes).hasValue(1);

        now.addAndGet(Duration.ofMillis(300).toNanos());
        for (int i = 0; i < 5; i++) {
            live.moved(move(FIRM));
            live.movedElsewhere(new MoveFromAnotherNode(move(FIRM)));
        }
        assertThat(timer.delays()).as("ten moves, one refresh waiting out the rest of the two seconds")
                .containsExactly(Duration.ofMillis(1700));
        timer.runDue();
        assertThat(refreshes).hasValue(2);

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        live.boardChanged(new BoardChanged(FIRM, UUID.randomUUID()));
        assertThat(timer.delays()).as("long after the last refresh: at once").containsExactly(Duration.ZERO);
    }

    @Test
    void only_the_firms_own_dashboards_hear_and_a_closed_one_hears_nothing() {
        Registration open = live.join(FIRM, Runnable::run, refreshes::incrementAndGet);
        live.join(OTHER_FIRM, Runnable::run, otherFirmRefreshes::incrementAndGet);

        live.moved(move(FIRM));
        timer.runDue();
        assertThat(refreshes).hasValue(1);
        assertThat(otherFirmRefreshes).hasValue(0);
        assertThat(live.open(FIRM)).isEqualTo(1);

        open.remove();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        live.moved(move(FIRM));
        assertThat(timer.delays()).isEmpty();
        assertThat(live.open(FIRM)).isZero();
        assertThat(live.open(OTHER_FIRM)).isEqualTo(1);
    }

    private static CandidateMoved move(UUID firm) {
        UUID stage = UUID.randomUUID();
        return new CandidateMoved(firm, UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), stage,
                UUID.randomUUID(), 0, 0, 2, UUID.randomUUID(), Instant.now());
    }

    /** Keeps what is scheduled until the test runs it. */
    static final class ManualTimer extends ScheduledThreadPoolExecutor {

        private final List<Runnable> tasks = new ArrayList<>();
        private final List<Duration> delays = new ArrayList<>();

        ManualTimer() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            tasks.add(command);
            delays.add(Duration.ofNanos(unit.toNanos(delay)));
            return null;
        }

        /** The delays asked since the last run, and forgets them. */
        List<Duration> delays() {
            List<Duration> asked = List.copyOf(delays);
            delays.clear();
            return asked;
        }

        void runDue() {
            List<Runnable> due = List.copyOf(tasks);
            tasks.clear();
            delays.clear();
            due.forEach(Runnable::run);
        }
    }
}
