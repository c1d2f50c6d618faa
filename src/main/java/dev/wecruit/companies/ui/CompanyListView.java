package dev.wecruit.companies.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import dev.wecruit.companies.CompanyExportField;
import dev.wecruit.companies.ContactExportField;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ListExport;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.ViewerTime;
import java.util.Arrays;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The firm's clients and prospects, searchable by name and filtered by status; both kept in the URL. */
@Route("companies")
@PageTitle("Companies · Wecruit")
@Menu(order = 3, title = "Companies", icon = "vaadin:building")
@PermitAll
class CompanyListView extends Div implements BeforeEnterObserver {

    private final CompanyService companies;
    private final Map<UUID, String> memberNames;
    private final Span totalText = new Span();
    private final TextField search;
    private final MultiSelectComboBox<CompanyStatus> status = new MultiSelectComboBox<>("Status");
    private final Grid<CompanySummary> grid = new Grid<>();
    private long total;
    /** The order the grid last asked for: what an export follows. */
    private Sort shownOrder = Sort.by(Sort.Order.asc("name").ignoreCase());
    private boolean applyingUrl;

    CompanyListView(CompanyService companies, OrganizationService organizations) {
        this.companies = companies;
        this.memberNames = organizations.memberNames();
        addClassNames("list-view", "company-list-view");

        var header = ListViews.header("Companies", totalText, "New company", "companies/new");
        search = ListViews.searchField("Search by company name", "Search companies");
        boolean contacts = organizations.mayExportContacts();
        header.add(new ListExport<>("companies", Arrays.stream(CompanyExportField.values())
                .filter(field -> contacts || !field.contactDetail()).toList(), CompanyExportField::header, () -> {
                    String name = search.getValue();
                    var statuses = java.util.Set.copyOf(status.getValue());
                    Sort order = shownOrder;
                    var zone = ViewerTime.zone();
                    return (format, extras, out) -> companies.export(name, statuses, order, extras, format, out,
                            zone);
                }));
        // the contacts of the companies the list shows, with their details where the member may export them
        var contactExport = new ListExport<>("contacts", contacts ? List.of(ContactExportField.values()) : List.of(),
                ContactExportField::header, () -> {
                    String name = search.getValue();
                    var statuses = java.util.Set.copyOf(status.getValue());
                    Sort order = shownOrder;
                    return (format, extras, out) -> companies.exportContacts(name, statuses, order, extras, format,
                            out);
                });
        contactExport.setText("Export contacts");
        contactExport.addClassName("contact-export");
        header.add(contactExport);
        status.setItems(CompanyStatus.values());
        status.setItemLabelGenerator(Display::label);
        var filters = new Div(status);
        filters.addClassName("list-view-filters");

        grid.addClassName("company-grid");
        grid.addColumn(CompanySummary::name).setHeader("Name").setKey("name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(company -> Display.label(company.status())).setHeader("Status").setKey("status")
                .setSortProperty("status");
        grid.addColumn(CompanySummary::industry).setHeader("Industry").setKey("industry").setSortProperty("industry");
        grid.addColumn(CompanySummary::location).setHeader("Location").setKey("location").setSortProperty("location");
        grid.addColumn(company -> company.ownerId() == null ? "" : memberNames.getOrDefault(company.ownerId(), ""))
                .setHeader("Owner").setKey("owner");
        grid.setItems(query -> ListViews.page(query, shownOrder = sort(query),
                        pageable -> companies.search(search.getValue(), status.getValue(), pageable).getContent()),
                page -> (int) Math.min(Integer.MAX_VALUE, total));
        ListViews.openRows(grid, this::open);

        add(header, search, filters, grid);
        search.addValueChangeListener(event -> changed());
        status.addValueChangeListener(event -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            search.setValue(parameters.getSingleParameter("q").orElse(""));
            status.setValue(ListViews.enumsIn(parameters, "status", CompanyStatus.class));
        } finally {
            applyingUrl = false;
        }
        refresh();
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
        ListViews.showInAddress(this, "companies", QueryParameters.simple(parameters));
        refresh();
    }

    private void refresh() {
        total = companies.search(search.getValue(), status.getValue(), PageRequest.of(0, 1)).getTotalElements();
        boolean everything = search.getValue().isBlank() && status.getValue().isEmpty();
        totalText.setText(ListViews.total(total, "company", "companies", !everything));
        grid.setEmptyStateText(everything ? "No companies yet. Add your first client with \"New company\"."
                : "No companies match. Try part of the name or clear the status filter.");
        grid.getDataProvider().refreshAll();
    }

    private void open(CompanySummary company) {
        getUI().ifPresent(ui -> ui.navigate("companies/" + company.id()));
    }

    private static Sort sort(Query<?, ?> query) {
        // names and places sort as people read them, whatever their case
        return ListViews.order(query, order -> order.getProperty().equals("status") ? order : order.ignoreCase(),
                Sort.by(Sort.Order.asc("name").ignoreCase()));
    }
}
