package dev.wecruit.reporting.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.reporting.DashboardFilter;
import dev.wecruit.shell.RecordPageView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dashboard's filters as URL query parameters (decision 0035), so reload, back and a shared link show the same
 * figures: {@code ?view=firm&period=quarter&owner=<id>&client=<id>&job=<id>}, or {@code period=custom&from=2026-01-01
 * &to=2026-03-31}. {@code view=mine} shows the jobs and activity of whoever opens it. Anything malformed is ignored.
 *
 * @param view null for the default of the member's role
 * @param ownerId the recruiter chosen in the firm's view; "mine" is the member who looks
 * @param from the custom period's first day; null unless {@code period} is custom
 */
record DashboardParameters(View view, Period period, LocalDate from, LocalDate to, UUID ownerId, UUID clientId,
        UUID jobId) {

    /** Whose figures: the member's own jobs and activity, or the firm's. */
    enum View {
        MINE("Mine"),
        FIRM("Firm");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    /** The periods offered; custom takes its days from the address. */
    enum Period {
        LAST_30_DAYS("30d", "Last 30 days"),
        LAST_90_DAYS("90d", "Last 90 days"),
        THIS_QUARTER("quarter", "This quarter"),
        THIS_YEAR("year", "This year"),
        LAST_12_MONTHS("12m", "Last 12 months"),
        CUSTOM("custom", "Custom range");

        final String inUrl;
        final String label;

        Period(String inUrl, String label) {
            this.inUrl = inUrl;
            this.label = label;
        }

        /** The period's first and last day, ending today. */
        LocalDate[] days(LocalDate today) {
            return switch (this) {
                case LAST_30_DAYS -> new LocalDate[] {today.minusDays(29), today};
                case LAST_90_DAYS, CUSTOM -> new LocalDate[] {today.minusDays(DashboardFilter.DEFAULT_DAYS - 1L),
                        today};
                case THIS_QUARTER -> new LocalDate[] {today.with(IsoFields.DAY_OF_QUARTER, 1), today};
                case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today};
                case LAST_12_MONTHS -> new LocalDate[] {today.minusYears(1).plusDays(1), today};
            };
        }
    }

    static final DashboardParameters DEFAULT = new DashboardParameters(null, Period.LAST_90_DAYS, null, null, null,
            null, null);

    DashboardParameters {
        if (period != Period.CUSTOM || from == null || to == null || from.isAfter(to)) {
            // a custom range needs both days in order; without them it is the default period
            period = period == Period.CUSTOM || period == null ? Period.LAST_90_DAYS : period;
            from = null;
            to = null;
        }
        if (view == View.MINE) {
            ownerId = null;
        }
    }

    static DashboardParameters from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        View view = one(values, "view").flatMap(value -> Arrays.stream(View.values())
                .filter(v -> v.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()).orElse(null);
        Period period = one(values, "period").flatMap(value -> Arrays.stream(Period.values())
                .filter(p -> p.inUrl.equals(value)).findFirst()).orElse(Period.LAST_90_DAYS);
        LocalDate from = one(values, "from").flatMap(DashboardParameters::date).orElse(null);
        LocalDate to = one(values, "to").flatMap(DashboardParameters::date).orElse(null);
        if (from != null && to != null && !values.containsKey("period")) {
            period = Period.CUSTOM;
        }
        return new DashboardParameters(view, period, from, to, id(values, "owner"), id(values, "client"),
                id(values, "job"));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (view != null) {
            values.put("view", view.name().toLowerCase(Locale.ROOT));
        }
        if (period != Period.LAST_90_DAYS) {
            values.put("period", period.inUrl);
        }
        if (period == Period.CUSTOM) {
            values.put("from", from.toString());
            values.put("to", to.toString());
        }
        put(values, "owner", ownerId);
        put(values, "client", clientId);
        put(values, "job", jobId);
        return QueryParameters.simple(values);
    }

    /** What the figures are asked for, today, for the member who looks (whose jobs "mine" are). */
    DashboardFilter toFilter(LocalDate today, UUID me, View byDefault) {
        LocalDate[] days = period == Period.CUSTOM ? new LocalDate[] {from, to} : period.days(today);
        UUID owner = (view == null ? byDefault : view) == View.MINE ? me : ownerId;
        return new DashboardFilter(days[0], days[1], owner, clientId, jobId);
    }

    DashboardParameters withView(View newView) {
        return new DashboardParameters(newView, period, from, to, ownerId, clientId, jobId);
    }

    DashboardParameters withPeriod(Period newPeriod, LocalDate first, LocalDate last) {
        return new DashboardParameters(view, newPeriod, first, last, ownerId, clientId, jobId);
    }

    DashboardParameters withOwner(UUID owner) {
        return new DashboardParameters(view, period, from, to, owner, clientId, jobId);
    }

    DashboardParameters withClient(UUID client) {
        return new DashboardParameters(view, period, from, to, ownerId, client, jobId);
    }

    DashboardParameters withJob(UUID job) {
        return new DashboardParameters(view, period, from, to, ownerId, clientId, job);
    }

    private static void put(Map<String, String> values, String name, UUID id) {
        if (id != null) {
            values.put(name, id.toString());
        }
    }

    private static UUID id(Map<String, List<String>> values, String name) {
        return one(values, name).flatMap(RecordPageView::parseId).orElse(null);
    }

    private static Optional<String> one(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).map(String::strip)
                .findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
