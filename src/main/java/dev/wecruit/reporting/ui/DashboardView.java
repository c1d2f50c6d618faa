package dev.wecruit.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.reporting.Dashboard;
import dev.wecruit.reporting.Dashboard.FunnelStep;
import dev.wecruit.reporting.DashboardFilter;
import dev.wecruit.reporting.FirmOverview;
import dev.wecruit.reporting.ReportingService;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ListViews;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.Sort;

/**
 * The firm's dashboard (decision 0035): the figures of {@link ReportingService#dashboard} for the period, owner,
 * client and job in the address, as charts with a table beside each, and every bar, number and row a link to the
 * records behind it. A recruiter opens on their own jobs ("Mine"), an admin on the firm's. Moves on any board of the
 * firm show here within seconds ({@link LiveDashboards}). The view keeps only its filters and its charts' options:
 * the figures are read again on every change, never cached in the tab.
 */
@Route("")
@PageTitle("Dashboard · Wecruit")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Div implements BeforeEnterObserver {

    /** How many rows each "needs attention" list shows. */
    static final int ATTENTION_ROWS = ReportingService.STUCK_LISTED;
    /** How many jobs the funnel's table shows, those with the most candidates first. */
    static final int JOB_ROWS = 15;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Sort NEWEST_JOBS_FIRST = Sort.by(Sort.Direction.DESC, "openedOn");
    private static final Sort COMPANIES_BY_NAME = Sort.by("name");

    private final ReportingService reporting;
    private final JobService jobs;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final LiveDashboards live;
    private final UUID tenantId;
    private final UUID memberId;
    private final DashboardParameters.View defaultView;
    private final List<MemberSummary> members;

    private final RadioButtonGroup<DashboardParameters.View> view = new RadioButtonGroup<>("Show");
    private final Select<DashboardParameters.Period> period = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<MemberSummary> owner = new ComboBox<>("Recruiter");
    private final ComboBox<CompanySummary> client = new ComboBox<>("Client");
    private final ComboBox<JobDetails> job = new ComboBox<>("Job");

    private final Span asOf = new Span();
    private final Div overview = new Div();
    private final Div figures = new Div();
    private final EChart funnel = chart("dashboard-funnel");
    private final Div jobFunnels = new Div();
    private final EChart timeInStage = chart("dashboard-time-in-stage");
    private final EChart activity = chart("dashboard-activity");
    private final Div activityByType = new Div();
    private final EChart placements = chart("dashboard-placements");
    private final EChart fees = chart("dashboard-fees");
    private final Div attention = new Div();
    private final EChart sources = chart("dashboard-sources");

    private DashboardParameters parameters = DashboardParameters.DEFAULT;
    private boolean applyingUrl;
    private Registration liveRegistration;
    /** What the address bar shows: the filters as query parameters. */
    private Location address = new Location("");

    DashboardView(ReportingService reporting, JobService jobs, CompanyService companies,
            OrganizationService organizations, CurrentTenant currentTenant, LiveDashboards live) {
        this.reporting = reporting;
        this.jobs = jobs;
        this.companies = companies;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.live = live;
        MemberPrincipal me = currentTenant.requireMember();
        this.tenantId = me.membership().tenantId();
        this.memberId = me.membership().memberId();
        this.defaultView = me.membership().role() == Role.RECRUITER ? DashboardParameters.View.MINE
                : DashboardParameters.View.FIRM;
        this.members = organizations.members().stream().filter(member -> member.role() != Role.VIEWER).toList();
        addClassName("dashboard-view");

        asOf.addClassName("dashboard-as-of");
        var header = new Div(new Div(new H2("Dashboard"), asOf), overview);
        header.addClassName("dashboard-header");
        overview.addClassName("firm-overview");
        add(header, filters(), figures,
                section("Pipeline funnel", "dashboard-funnel-section", new Paragraph(
                        "Candidates who entered a pipeline in the period, and how far they got. Each step counts "
                                + "those who reached it or a later stage; the share is the conversion from the "
                                + "step before."), funnel, jobFunnels),
                section("Time in stage", "dashboard-time-section", new Paragraph(
                        "Days spent in each stage, of the stays that ended in the period."), timeInStage),
                section("Activity per recruiter", "dashboard-activity-section", new Paragraph(
                        "Calls, emails, meetings, notes and moves in the period, against the period of the same "
                                + "length before it."), activity, activityByType),
                section("Placements and fees", "dashboard-placements-section", placements, fees),
                section("Needs attention", "dashboard-attention-section", attention),
                section("Source of hire", "dashboard-sources-section", new Paragraph(
                        "Candidates submitted (past screening) and placed in the period, by where they came from."),
                        sources));
        figures.addClassName("dashboard-figures");
        jobFunnels.addClassName("dashboard-job-funnels");
        activityByType.addClassName("dashboard-activity-by-type");
        attention.addClassName("dashboard-attention");
    }

    private Div filters() {
        view.setItems(DashboardParameters.View.values());
        view.setItemLabelGenerator(shown -> shown.label);
        view.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        view.addClassName("dashboard-view-switch");
        period.setLabel("Period");
        period.setItems(DashboardParameters.Period.values());
        period.setItemLabelGenerator(shown -> shown.label);
        period.addClassName("dashboard-period");
        from.addClassName("dashboard-from");
        to.addClassName("dashboard-to");
        owner.setItems(members);
        owner.setItemLabelGenerator(MemberSummary::displayName);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder("Everyone");
        owner.addClassName("dashboard-owner");
        // fetched as the member types: a firm can have thousands of clients and jobs
        client.setItems(query -> ListViews.page(query, COMPANIES_BY_NAME, pageable -> companies.search(
                query.getFilter().orElse(""), List.of(), pageable).getContent()));
        client.setItemLabelGenerator(CompanySummary::name);
        client.setClearButtonVisible(true);
        client.setPlaceholder("All clients");
        client.addClassName("dashboard-client");
        job.setItems(query -> ListViews.page(query, NEWEST_JOBS_FIRST, pageable -> jobs.search(
                query.getFilter().orElse(""), List.of(), null, pageable).getContent()));
        job.setItemLabelGenerator(JobDetails::title);
        job.setClearButtonVisible(true);
        job.setPlaceholder("All jobs");
        job.addClassName("dashboard-job");

        view.addValueChangeListener(event -> changed(parameters.withView(event.getValue())));
        period.addValueChangeListener(event -> {
            if (event.getValue() == DashboardParameters.Period.CUSTOM) {
                // a custom range starts from the days the period shown had
                DashboardFilter shown = filter();
                changed(parameters.withPeriod(DashboardParameters.Period.CUSTOM,
                        from.getValue() == null ? shown.from() : from.getValue(),
                        to.getValue() == null ? shown.to() : to.getValue()));
            } else {
                changed(parameters.withPeriod(event.getValue(), null, null));
            }
        });
        from.addValueChangeListener(event -> customRange());
        to.addValueChangeListener(event -> customRange());
        owner.addValueChangeListener(event -> changed(parameters.withOwner(
                event.getValue() == null ? null : event.getValue().id())));
        client.addValueChangeListener(event -> changed(parameters.withClient(
                event.getValue() == null ? null : event.getValue().id())));
        job.addValueChangeListener(event -> changed(parameters.withJob(
                event.getValue() == null ? null : event.getValue().id())));
        var filters = new Div(view, period, from, to, owner, client, job);
        filters.addClassName("dashboard-filters");
        return filters;
    }

    private void customRange() {
        if (applyingUrl) {
            return;
        }
        boolean valid = from.getValue() != null && to.getValue() != null && !from.getValue().isAfter(to.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : "The last day must be on or after the first");
        if (valid) {
            changed(parameters.withPeriod(DashboardParameters.Period.CUSTOM, from.getValue(), to.getValue()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(DashboardParameters.from(event.getLocation().getQueryParameters()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (liveRegistration == null) {
            // the firm of the member who opened it, never one from the address
            liveRegistration = live.join(tenantId, attachEvent.getUI(), () -> currentTenant.runAs(tenantId,
                    this::refresh));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    private void changed(DashboardParameters changed) {
        if (applyingUrl) {
            return;
        }
        show(changed);
    }

    /** Shows the filters in the fields and the address, and the figures they ask for. */
    private void show(DashboardParameters shown) {
        parameters = shown;
        DashboardParameters.View chosen = shown.view() == null ? defaultView : shown.view();
        applyingUrl = true;
        try {
            view.setValue(chosen);
            period.setValue(shown.period());
            DashboardFilter filter = filter();
            boolean custom = shown.period() == DashboardParameters.Period.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            from.setValue(custom ? filter.from() : null);
            to.setValue(custom ? filter.to() : null);
            to.setInvalid(false);
            owner.setVisible(chosen == DashboardParameters.View.FIRM);
            owner.setValue(shown.ownerId() == null ? null : members.stream()
                    .filter(member -> member.id().equals(shown.ownerId())).findFirst().orElse(null));
            client.setValue(shown.clientId() == null ? null : companies.find(shown.clientId()).orElse(null));
            job.setValue(shown.jobId() == null ? null : jobs.find(shown.jobId()).orElse(null));
        } finally {
            applyingUrl = false;
        }
        // in the address without a new history entry, as the lists do: reload and a shared link show the same
        address = new Location("", shown.toQueryParameters());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
        refresh();
    }

    /** The address the dashboard shows its filters in. */
    Location address() {
        return address;
    }

    private DashboardFilter filter() {
        return parameters.toFilter(reporting.today(), memberId, defaultView);
    }

    /** Reads the figures again and shows them: after a change of the filters, or a move pushed from a board. */
    private void refresh() {
        DashboardFilter filter = filter();
        Dashboard dashboard = reporting.dashboard(filter);
        showOverview(reporting.overview());
        asOf.setText(Display.day(filter.from()) + " – " + Display.day(filter.to()) + " · updated "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(dashboard.computedAt()
                        .atZone(organizations.timeZone())));
        showFigures(dashboard);
        showFunnel(dashboard);
        showTimeInStage(dashboard);
        showActivity(dashboard);
        showPlacements(dashboard);
        showAttention(dashboard);
        showSources(dashboard);
    }

    private void showOverview(FirmOverview firm) {
        overview.removeAll();
        overview.add(figure(firm.candidates(), "candidate", "candidates", "firm-overview-candidates", "candidates"),
                figure(firm.openJobs(), "open job", "open jobs", "firm-overview-jobs", "jobs"),
                figure(firm.companies(), "company", "companies", "firm-overview-companies", "companies"),
                figure(firm.contacts(), "contact", "contacts", "firm-overview-contacts", null),
                figure(firm.activitiesLastYear(), "activity in the last 12 months",
                        "activities in the last 12 months", "firm-overview-activities", null));
    }

    private static Span figure(long value, String singular, String plural, String className, String link) {
        var number = new Span(NumberFormat.getIntegerInstance(Locale.UK).format(value));
        number.addClassName("firm-overview-value");
        var figure = new Span(number, new Span(" " + (value == 1 ? singular : plural)));
        figure.addClassNames("firm-overview-figure", className);
        if (link == null) {
            return figure;
        }
        var linked = new Span(new Anchor(link, figure));
        linked.addClassNames("firm-overview-link");
        return linked;
    }

    private void showFigures(Dashboard dashboard) {
        DashboardFilter filter = dashboard.filter();
        figures.removeAll();
        Dashboard.Funnel firm = dashboard.firmFunnel();
        String firstStage = firm.steps().isEmpty() ? null : firm.steps().getFirst().stage();
        long placed = dashboard.placements().stream().mapToLong(Dashboard.MonthPlacements::placements).sum();
        figures.add(
                keyFigure("Entered a pipeline", number(firm.cohort()),
                        firstStage == null ? null : DrillDown.reached(firstStage, filter), "dashboard-figure-cohort"),
                keyFigure("Placed", number(placed), DrillDown.placed(filter.from(), filter.to(), filter),
                        "dashboard-figure-placed"),
                keyFigure("Fees realised", money(dashboard.fees().realised(), dashboard.currency()),
                        DrillDown.placed(filter.from(), filter.to(), filter), "dashboard-figure-realised"),
                keyFigure("Fees expected (" + number(dashboard.fees().atOffer()) + " at offer)",
                        money(dashboard.fees().expected(), dashboard.currency()), null, "dashboard-figure-expected"),
                keyFigure("Time to fill, median of " + number(dashboard.timeToFill().count()) + " jobs",
                        days(dashboard.timeToFill().median()), null, "dashboard-figure-fill"),
                keyFigure("Time to place, median of " + number(dashboard.timeToPlace().count()) + " placements",
                        days(dashboard.timeToPlace().median()),
                        DrillDown.placed(filter.from(), filter.to(), filter), "dashboard-figure-place"));
        if (dashboard.fees().uncounted() > 0) {
            var note = new Paragraph(number(dashboard.fees().uncounted())
                    + " placements and offers are not in the fees: their job has no fee terms or salary, or is in "
                    + "another currency than " + dashboard.currency() + ".");
            note.addClassName("dashboard-fees-note");
            figures.add(note);
        }
    }

    private static Div keyFigure(String label, String value, String link, String className) {
        var shown = new Span(value);
        shown.addClassName("dashboard-figure-value");
        var figure = new Div(link == null ? shown : new Anchor(link, shown), new Span(label));
        figure.addClassNames("dashboard-figure", className);
        return figure;
    }

    private void showFunnel(Dashboard dashboard) {
        DashboardFilter filter = dashboard.filter();
        List<FunnelStep> steps = dashboard.firmFunnel().steps();
        funnel.setOptions(ChartOptions.of(dashboard.filter().jobId() == null ? "Pipeline funnel, all jobs in view"
                        : "Pipeline funnel of the job", steps.stream().map(DashboardView::stepLabel).toList())
                .horizontal().bars("Reached", steps.stream().map(FunnelStep::reached).toList())
                .links(steps.stream().map(step -> DrillDown.reached(step.stage(), filter)).toList()));
        jobFunnels.removeAll();
        if (dashboard.jobFunnels().size() > 1 || filter.jobId() == null && !dashboard.jobFunnels().isEmpty()) {
            var body = new NativeTableBody();
            for (Dashboard.Funnel one : dashboard.jobFunnels().stream().limit(JOB_ROWS).toList()) {
                DashboardFilter ofJob = filter.withJob(one.jobId());
                FunnelStep furthest = one.steps().stream().filter(step -> step.reached() > 0)
                        .reduce((first, second) -> second).orElse(one.steps().getFirst());
                body.add(new NativeTableRow(rowHeader(new Anchor(DrillDown.board(one.jobId()), one.title())),
                        new NativeTableCell(new Anchor(DrillDown.reached(one.steps().getFirst().stage(), ofJob),
                                number(one.cohort()))),
                        new NativeTableCell(new Anchor(DrillDown.reached(furthest.stage(), ofJob),
                                furthest.stage() + ": " + number(furthest.reached())))));
            }
            jobFunnels.add(new H4("Per job"), table("dashboard-job-funnel-table",
                    List.of("Job", "Entered", "Furthest stage reached"), body));
            int more = dashboard.jobFunnels().size() - JOB_ROWS;
            if (more > 0) {
                // a tab keeps what it shows: a thousand rows would cost megabytes; the job filter shows any one
                jobFunnels.add(new Paragraph("And " + number(more) + " more jobs with fewer candidates: choose one "
                        + "in the Job filter."));
            }
        }
    }

    private static String stepLabel(FunnelStep step) {
        return step.conversion() == null ? step.stage()
                : step.stage() + " (" + Math.round(step.conversion() * 100) + " %)";
    }

    private void showTimeInStage(Dashboard dashboard) {
        List<Dashboard.StageTime> stages = dashboard.timeInStage();
        timeInStage.setOptions(ChartOptions.of("Days in stage, median and 75th percentile",
                        stages.stream().map(Dashboard.StageTime::stage).toList())
                .bars("Median (days)", stages.stream().map(stage -> inDays(stage.median())).toList())
                .bars("75th percentile (days)", stages.stream().map(stage -> inDays(stage.p75())).toList())
                .valueFormat("{value} d")
                .links(stages.stream().map(stage -> DrillDown.reached(stage.stage(), dashboard.filter())).toList()));
    }

    private void showActivity(Dashboard dashboard) {
        DashboardFilter filter = dashboard.filter();
        List<Dashboard.RecruiterActivity> people = dashboard.activity();
        activity.setOptions(ChartOptions.of("Activity per recruiter, this period and the one before",
                        people.stream().map(Dashboard.RecruiterActivity::name).toList())
                .horizontal()
                .bars("This period", people.stream().map(Dashboard.RecruiterActivity::total).toList())
                .bars("Previous period", people.stream().map(Dashboard.RecruiterActivity::previousTotal).toList())
                .links(people.stream().map(person -> DrillDown.activeCandidates(person.memberId(), filter))
                        .toList()));
        activityByType.removeAll();
        if (people.isEmpty()) {
            return;
        }
        List<ActivityType> types = List.of(ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING,
                ActivityType.NOTE, ActivityType.STAGE_CHANGE);
        List<String> head = new ArrayList<>(List.of("Recruiter"));
        types.forEach(type -> head.add(type == ActivityType.STAGE_CHANGE ? "Moves" : Display.label(type) + "s"));
        var body = new NativeTableBody();
        for (Dashboard.RecruiterActivity person : people) {
            var row = new NativeTableRow(rowHeader(new Anchor(DrillDown.activeCandidates(person.memberId(), filter),
                    person.name())));
            for (ActivityType type : types) {
                long now = person.current().getOrDefault(type, 0L);
                long before = person.previous().getOrDefault(type, 0L);
                row.add(new NativeTableCell(number(now) + " (" + (now >= before ? "+" : "−")
                        + number(Math.abs(now - before)) + ")"));
            }
            body.add(row);
        }
        activityByType.add(new H4("By type, and the change from the previous period"),
                table("dashboard-activity-table", head, body));
    }

    private void showPlacements(Dashboard dashboard) {
        DashboardFilter filter = dashboard.filter();
        List<Dashboard.MonthPlacements> months = dashboard.placements();
        List<String> names = months.stream().map(month -> MONTH.format(month.month())).toList();
        List<String> links = months.stream().map(month -> DrillDown.placed(
                max(month.month().atDay(1), filter.from()), min(month.month().atEndOfMonth(), filter.to()), filter))
                .toList();
        placements.setOptions(ChartOptions.of("Placements per month", names)
                .bars("Placements", months.stream().map(Dashboard.MonthPlacements::placements).toList())
                .links(links));
        fees.setOptions(ChartOptions.of("Fees realised per month, in " + dashboard.currency(), names)
                .bars("Fees realised (" + dashboard.currency() + ")", months.stream()
                        .map(month -> (Number) month.fees()).toList())
                .links(links));
    }

    private void showAttention(Dashboard dashboard) {
        Dashboard.Attention needs = dashboard.attention();
        ZoneId zone = organizations.timeZone();
        attention.removeAll();
        attention.add(
                attentionList("Open jobs with no candidate moved in " + ReportingService.QUIET_DAYS + " days",
                        "dashboard-quiet-jobs", needs.quietJobs(), needs.quietJobs().size(), quiet -> new Anchor(DrillDown.board(quiet.jobId()),
                                quiet.title() + (quiet.lastMoveAt() == null ? ", no candidates yet"
                                        : ", last move " + Display.day(quiet.lastMoveAt(), zone)))),
                attentionList("Candidates in a stage longer than twice the firm's median", "dashboard-stuck",
                        needs.stuck(), needs.stuckCount(), stuck -> new Anchor(DrillDown.candidate(stuck.candidateId()),
                                stuck.name() + " · " + stuck.stage() + " in " + stuck.jobTitle() + " since "
                                        + Display.day(stuck.since(), zone) + " (median "
                                        + days(stuck.firmMedian()) + ")")),
                attentionList("Open jobs with no candidate past screening", "dashboard-no-submissions",
                        needs.noneBeyondScreening(), needs.noneBeyondScreening().size(), none -> new Anchor(DrillDown.job(none.jobId()), none.title())));
    }

    /** The first rows of a list of {@code total}, and how many more there are. */
    private static <T> Div attentionList(String title, String className, List<T> rows, long total,
            Function<T, Anchor> link) {
        var list = new Div(new H4(title + " (" + number(total) + ")"));
        list.addClassNames("dashboard-attention-list", className);
        if (rows.isEmpty()) {
            list.add(new Paragraph("None."));
            return list;
        }
        var items = new UnorderedList();
        rows.stream().limit(ATTENTION_ROWS).forEach(row -> items.add(new ListItem(link.apply(row))));
        list.add(items);
        long listed = Math.min(rows.size(), ATTENTION_ROWS);
        if (total > listed) {
            list.add(new Paragraph("And " + number(total - listed) + " more."));
        }
        return list;
    }

    /** A source's row and its submissions open who was submitted; its placements, who was placed. */
    private void showSources(Dashboard dashboard) {
        DashboardFilter filter = dashboard.filter();
        List<Dashboard.SourceOfHire> all = dashboard.sources();
        sources.setOptions(ChartOptions.of("Source of hire: submissions and placements",
                        all.stream().map(Dashboard.SourceOfHire::source).toList())
                .horizontal()
                .bars("Submitted", all.stream().map(Dashboard.SourceOfHire::submissions).toList())
                .bars("Placed", all.stream().map(Dashboard.SourceOfHire::placements).toList())
                .seriesLinks(all.stream().map(row -> DrillDown.placedFrom(row.source(), filter)).toList())
                .links(all.stream().map(row -> DrillDown.submitted(row.source(), filter)).toList()));
    }

    private static Section section(String title, String className, com.vaadin.flow.component.Component... parts) {
        var section = new Section(new H3(title));
        section.add(parts);
        section.addClassNames("dashboard-section", className);
        return section;
    }

    private static EChart chart(String className) {
        var chart = new EChart(ChartOptions.of("Loading", List.of()));
        chart.addClassName(className);
        return chart;
    }

    private static NativeTableHeaderCell rowHeader(com.vaadin.flow.component.Component content) {
        var cell = new NativeTableHeaderCell(content);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    private static NativeTable table(String className, List<String> head, NativeTableBody body) {
        var row = new NativeTableRow();
        head.forEach(name -> {
            var cell = new NativeTableHeaderCell(name);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        });
        var table = new NativeTable(new NativeTableHeader(row), body);
        table.addClassNames("dashboard-table", className);
        return table;
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    private static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(amount) + " " + currency;
        }
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    private static Double inDays(Duration duration) {
        return duration == null ? null : Math.round(duration.toMinutes() / 144.0) / 10.0;
    }

    private static String days(Duration duration) {
        if (duration == null) {
            return "–";
        }
        double days = inDays(duration);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(days) + (days == 1 ? " day" : " days");
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    /**
     * Where each figure's records are: the candidate list with the filters that select them (decision 0035), a job's
     * board, a job, a candidate.
     */
    static final class DrillDown {

        private DrillDown() {
        }

        /** The candidates of the funnel's cohort who reached the stage, in the jobs the dashboard shows. */
        static String reached(String stage, DashboardFilter filter) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("stage", stage);
            return candidates(values, filter.from(), filter.to(), filter);
        }

        /** The candidates first placed between the days, in the jobs the dashboard shows. */
        static String placed(LocalDate first, LocalDate last, DashboardFilter filter) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("placed", "yes");
            return candidates(values, first, last, filter);
        }

        /** The candidates of the source whose card first went beyond screening in the period, in the jobs shown. */
        static String submitted(String source, DashboardFilter filter) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("submitted", "yes");
            values.put("source", source);
            return candidates(values, filter.from(), filter.to(), filter);
        }

        /** The candidates of the source first placed in the period, in the jobs the dashboard shows. */
        static String placedFrom(String source, DashboardFilter filter) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("placed", "yes");
            values.put("source", source);
            return candidates(values, filter.from(), filter.to(), filter);
        }

        /** A recruiter's candidates with activity in the period: where their calls, notes and moves went. */
        static String activeCandidates(UUID memberId, DashboardFilter filter) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("owner", memberId.toString());
            values.put("after", filter.from().toString());
            values.put("before", filter.to().toString());
            return address("candidates", values);
        }

        static String board(UUID jobId) {
            return "jobs/" + jobId + "/pipeline";
        }

        static String job(UUID jobId) {
            return "jobs/" + jobId;
        }

        static String candidate(UUID candidateId) {
            return "candidates/" + candidateId;
        }

        private static String candidates(Map<String, String> values, LocalDate first, LocalDate last,
                DashboardFilter filter) {
            values.put("from", first.toString());
            values.put("to", last.toString());
            Optional.ofNullable(filter.jobId()).ifPresent(id -> values.put("job", id.toString()));
            Optional.ofNullable(filter.ownerId()).ifPresent(id -> values.put("jobs-of", id.toString()));
            Optional.ofNullable(filter.companyId()).ifPresent(id -> values.put("client", id.toString()));
            return address("candidates", values);
        }

        private static String address(String path, Map<String, String> values) {
            return new Location(path, QueryParameters.simple(values)).getPathWithQueryParameters();
        }
    }
}
