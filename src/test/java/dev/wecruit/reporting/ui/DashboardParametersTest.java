package dev.wecruit.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.reporting.DashboardFilter;
import dev.wecruit.reporting.ui.DashboardParameters.Period;
import dev.wecruit.reporting.ui.DashboardParameters.View;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardParametersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    static final UUID ME = UUID.randomUUID();

    @Test
    void the_filters_go_into_the_address_and_come_back_the_same() {
        UUID owner = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        var parameters = new DashboardParameters(View.FIRM, Period.CUSTOM, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), owner, client, job);

        assertThat(DashboardParameters.from(parameters.toQueryParameters())).isEqualTo(parameters);
        assertThat(parameters.toQueryParameters().getQueryString().split("&")).containsExactlyInAnyOrder(
                "view=firm", "period=custom", "from=2026-01-01", "to=2026-03-31", "owner=" + owner,
                "client=" + client, "job=" + job);
        assertThat(parameters.toFilter(TODAY, ME, View.MINE)).isEqualTo(new DashboardFilter(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), owner, client, job));
    }

    @Test
    void mine_is_the_jobs_of_whoever_looks_and_the_default_view_is_the_roles() {
        var mine = DashboardParameters.from(QueryParameters.fromString("view=mine&owner=" + UUID.randomUUID()));
        assertThat(mine.ownerId()).as("mine has no other owner").isNull();
        assertThat(mine.toFilter(TODAY, ME, View.FIRM).ownerId()).isEqualTo(ME);

        var unsaid = DashboardParameters.from(QueryParameters.fromString(""));
        assertThat(unsaid.toFilter(TODAY, ME, View.MINE).ownerId()).isEqualTo(ME);
        assertThat(unsaid.toFilter(TODAY, ME, View.FIRM).ownerId()).isNull();
    }

    @Test
    void each_preset_ends_today() {
        assertThat(days(Period.LAST_30_DAYS)).containsExactly(LocalDate.of(2026, 4, 15), TODAY);
        assertThat(days(Period.LAST_90_DAYS)).containsExactly(LocalDate.of(2026, 2, 14), TODAY);
        assertThat(days(Period.THIS_QUARTER)).containsExactly(LocalDate.of(2026, 4, 1), TODAY);
        assertThat(days(Period.THIS_YEAR)).containsExactly(LocalDate.of(2026, 1, 1), TODAY);
        assertThat(days(Period.LAST_12_MONTHS)).containsExactly(LocalDate.of(2025, 5, 15), TODAY);
    }

    @Test
    void a_malformed_or_reversed_range_falls_back_to_the_last_ninety_days_so_a_shared_link_still_opens() {
        var reversed = DashboardParameters.from(QueryParameters.fromString(
                "period=custom&from=2026-03-01&to=2026-01-01&view=everyone&job=not-an-id"));

        assertThat(reversed).isEqualTo(DashboardParameters.DEFAULT);
        assertThat(reversed.toQueryParameters().getQueryString()).isEmpty();
        assertThat(DashboardParameters.from(QueryParameters.fromString("from=2026-01-01&to=2026-01-31")).period())
                .as("two days without a period are a custom range").isEqualTo(Period.CUSTOM);
    }

    private static LocalDate[] days(Period period) {
        DashboardFilter filter = new DashboardParameters(null, period, null, null, null, null, null)
                .toFilter(TODAY, ME, View.FIRM);
        return new LocalDate[] {filter.from(), filter.to()};
    }
}
