package dev.wecruit.jobs.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobExportField;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ListExport;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The firm's mandates, searchable by title or client and filtered by status and owner; all of it kept in the URL. */
@Route("jobs")
@PageTitle("Jobs · Wecruit")
@Menu(order = 2, title = "Jobs", icon = "vaadin:briefcase")
@PermitAll
class JobListView extends Div implements BeforeEnterObserver {

    private final JobService jobs;
    private final CompanyService companies;
    private final Map<UUID, String> memberNames;
    private final Span totalText = new Span();
    private final TextField search;
    private final MultiSelectComboBox<JobStatus> status = new MultiSelectComboBox<>("Status");
    private final ComboBox<MemberSummary> owner = new ComboBox<>("Owner");
    private final Grid<JobRow> grid = new Grid<>();
    private long total;
    /** The order the grid last asked for: what an export follows. */
    private Sort shownOrder = Sort.by(Sort.Direction.DESC, "openedOn");
    private boolean applyingUrl;

    /** A job with its company's name, as one row of the grid shows it. */
    record JobRow(JobDetails job, String companyName) {
    }

    JobListView(JobService jobs, CompanyService companies, OrganizationService organizations) {
        this.jobs = jobs;
        this.companies = companies;
        this.memberNames = organizations.memberNames();
        addClassNames("list-view", "job-list-view");

        var header = ListViews.header("Jobs", totalText, "New job", "jobs/new");
        search = ListViews.searchField("Search by job title or client", "Search jobs");
        header.add(new ListExport<>("jobs", List.of(JobExportField.values()), JobExportField::header, () -> {
            String text = search.getValue();
            var statuses = java.util.Set.copyOf(status.getValue());
            UUID ownerId = ownerId();
            Sort order = shownOrder;
            var zone = ViewerTime.zone();
            return (format, extras, out) -> jobs.export(text, statuses, ownerId, order, extras, format, out, zone);
        }));
        status.setItems(JobStatus.values());
        status.setItemLabelGenerator(Display::label);
        owner.setItems(organizations.members());
        owner.setItemLabelGenerator(member -> member.displayName() + (member.active() ? "" : " (left)"));
        owner.setClearButtonVisible(true);
        var filters = new Div(status, owner);
        filters.addClassName("list-view-filters");

        grid.addClassName("job-grid");
        grid.addColumn(row -> row.job().title()).setHeader("Title").setKey("title").setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(JobRow::companyName).setHeader("Company").setKey("company").setFlexGrow(2);
        grid.addColumn(row -> Display.label(row.job().status())).setHeader("Status").setKey("status")
                .setSortProperty("status");
        grid.addColumn(row -> row.job().ownerId() == null ? "" : memberNames.getOrDefault(row.job().ownerId(), ""))
                .setHeader("Owner").setKey("owner");
        grid.addColumn(row -> row.job().location()).setHeader("Location").setKey("location")
                .setSortProperty("location");
        grid.addColumn(row -> Display.day(row.job().openedOn())).setHeader("Opened").setKey("openedOn")
                .setSortProperty("openedOn").setTextAlign(ColumnTextAlign.END);
        grid.setItems(query -> {
            shownOrder = sort(query);
            return ListViews.page(query, shownOrder, this::rows);
        },
                page -> (int) Math.min(Integer.MAX_VALUE, total));
        ListViews.openRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("jobs/" + row.job().id())));

        add(header, search, filters, grid);
        search.addValueChangeListener(event -> changed());
        status.addValueChangeListener(event -> changed());
        owner.addValueChangeListener(event -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            search.setValue(parameters.getSingleParameter("q").orElse(""));
            status.setValue(ListViews.enumsIn(parameters, "status", JobStatus.class));
            UUID ownerId = parameters.getSingleParameter("owner").flatMap(RecordPageView::parseId).orElse(null);
            owner.setValue(ownerId == null ? null : owner.getListDataView().getItems()
                    .filter(member -> member.id().equals(ownerId)).findFirst().orElse(null));
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    private List<JobRow> rows(Pageable pageable) {
        List<JobDetails> found = jobs.search(search.getValue(), status.getValue(), ownerId(), pageable).getContent();
        Map<UUID, String> names = companies.names(found.stream().map(JobDetails::companyId).distinct().toList());
        return found.stream().map(job -> new JobRow(job, names.getOrDefault(job.companyId(), ""))).toList();
    }

    private void changed() {
        if (applyingUrl) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put("q", search.getValue().strip());
        }
        if (!status.getValue().isEmpty()) {
            parameters.put("status", ListViews.inUrl(status.getValue()));
        }
        if (ownerId() != null) {
            parameters.put("owner", ownerId().toString());
        }
        ListViews.showInAddress(this, "jobs", QueryParameters.simple(parameters));
        refresh();
    }

    private void refresh() {
        total = jobs.search(search.getValue(), status.getValue(), ownerId(), PageRequest.of(0, 1)).getTotalElements();
        boolean everything = search.getValue().isBlank() && status.getValue().isEmpty() && ownerId() == null;
        totalText.setText(ListViews.total(total, "job", "jobs", !everything));
        grid.setEmptyStateText(everything ? "No jobs yet. Add the first mandate with \"New job\"."
                : "No jobs match. Try part of the title or clear the filters.");
        grid.getDataProvider().refreshAll();
    }

    private UUID ownerId() {
        return owner.getValue() == null ? null : owner.getValue().id();
    }

    private static Sort sort(Query<?, ?> query) {
        return ListViews.order(query, order -> {
            Sort.Order emptyLast = order.nullsLast();
            // words sort as people read them, whatever their case
            return order.getProperty().equals("title") || order.getProperty().equals("location")
                    ? emptyLast.ignoreCase() : emptyLast;
        }, Sort.by(Sort.Direction.DESC, "openedOn"));
    }
}
