package dev.wecruit.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinSession;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.RecordedActivity;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace's views at the benchmark firm's size (issue 4), rendered on the server as a browser would have them
 * rendered: a candidate's page with 200 activities, and the memory an open candidate list keeps per browser tab.
 * Uses the firm {@link DataCoreBenchmark} generates. Results go to the console and
 * {@code target/benchmarks/workspace-views.md}.
 */
@BenchmarkFirmDatabase
class WorkspaceViewsBenchmark extends KaribuTest {

    static final int ACTIVITIES = 200;
    static final int SAMPLES = 50;
    static final int TABS = 30;

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired ActivityService activities;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_candidate_page_and_the_memory_of_candidate_list_tabs() throws IOException {
        UUID account = accounts.findOrCreateAccount("bench@wecruit.example", "Bench Admin", "bench-password-1");
        assertThat(organizations.membershipsOfAccount(account)).as("run DataCoreBenchmark first").isNotEmpty();
        signIn(new TestFirms.CreatedMember(account, "bench@wecruit.example", "bench-password-1", Role.ADMIN));

        measureCandidatePage();
        measureListTabs();

        Path file = Path.of("target/benchmarks/workspace-views.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void measureCandidatePage() {
        CandidateSummary candidate = candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, 0, 1)
                .getFirst();
        long logged = activities.timeline(TimelineOf.candidate(candidate.id()), List.of(), 0, 1).getTotalElements();
        if (logged < ACTIVITIES) {
            Instant start = Instant.now().minus(Duration.ofDays(400));
            activities.recordAll(IntStream.range(0, (int) (ACTIVITIES - logged))
                    .mapToObj(i -> new RecordedActivity(new ActivityDraft(ActivityType.NOTE, "Note " + i,
                            "Spoke about the role and next steps, number " + i, start.plus(Duration.ofDays(i * 2L)),
                            candidate.id(), null, null, null), null))
                    .toList());
        }
        long total = activities.timeline(TimelineOf.candidate(candidate.id()), List.of(), 0, 1).getTotalElements();

        var timings = new Timings(SAMPLES);
        for (int i = 0; i < SAMPLES + 10; i++) {
            UI.getCurrent().navigate("companies/new");
            long started = System.nanoTime();
            UI.getCurrent().navigate("candidates/" + candidate.id());
            MockVaadin.clientRoundtrip(false);
            long elapsed = System.nanoTime() - started;
            if (i >= 10) {
                // the first ten warm the JIT and the connection pool
                timings.add(elapsed);
            }
            assertThat(_get(H2.class).getText()).isEqualTo(candidate.fullName());
        }
        line("| candidate detail page with %d activities, server side (navigation to response; p50 / p95 of %d) "
                + "| ≤ 200 ms | %.1f / %.1f ms |", total, SAMPLES, timings.medianMillis(), timings.p95Millis());
    }

    @SuppressWarnings("unchecked")
    private void measureListTabs() {
        VaadinSession session = VaadinSession.getCurrent();
        openTab();
        int trials = 5;
        var memory = Timings.retainedPerItem(trials, TABS, count -> {
            List<UI> tabs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tabs.add(openTab());
            }
            assertThat(tabs).allSatisfy(tab -> assertThat(tab.getSession()).isSameAs(session));
            return tabs;
        }, tabs -> {
            // left open: each trial measures the tabs it adds
        });
        line("| retained server memory per open candidate-list tab (first page of 50 shown; median of %d trials of %d tabs; spread) "
                + "| ≤ 1 MB | %.0f KB (%.0f-%.0f) |", trials, TABS, memory.medianKb(), memory.minKb(), memory.maxKb());
    }

    /** A new browser tab on the candidate list, with the grid's first page sent and its response written out. */
    @SuppressWarnings("unchecked")
    private static UI openTab() {
        UI ui = openAnotherTab("candidates");
        Grid<CandidateSummary> grid = _get(Grid.class);
        grid.getDataCommunicator().setViewportRange(0, 50);
        MockVaadin.clientRoundtrip(false);
        // what writing the response does: the changes go to the browser and are no longer kept
        ui.getInternals().getStateTree().collectChanges(change -> { });
        return ui;
    }


    private void line(String format, Object... arguments) {
        String line = String.format(java.util.Locale.ROOT, format, arguments);
        System.out.println(line);
        report.add(line);
    }
}
