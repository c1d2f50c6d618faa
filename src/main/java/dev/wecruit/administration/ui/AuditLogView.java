package dev.wecruit.administration.ui;

import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.shell.ListViews;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.data.domain.Sort;

/**
 * Who did what, and when, in the firm: newest first, filtered by action, by words in who or what, and by day; the
 * grid fetches page by page as the admin scrolls, however long the log grows.
 */
@Route("admin/audit")
@PageTitle("Audit log · Wecruit")
@Menu(order = 13, title = "Audit log", icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class AuditLogView extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final AuditLog audit;
    private final Span totalText = new Span();
    private final TextField search = ListViews.searchField("Search who, what or details", "Search the audit log");
    private final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker until = new DatePicker("Until");
    private final Grid<AuditEntry> grid = new Grid<>();
    private long total;

    AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassNames("list-view", "audit-log-view");
        totalText.addClassName("list-view-total");
        var header = new Div(new Div(new H2("Audit log"), totalText));
        header.addClassName("list-view-header");

        actions.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label))
                .toList());
        actions.setItemLabelGenerator(AuditAction::label);
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        until.setHelperText("Days in your time zone");
        var filters = new Div(actions, from, until);
        filters.addClassName("list-view-filters");

        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> WHEN.format(entry.occurredAt().atZone(ViewerTime.zone()))).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.action().label()).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setFlexGrow(2);
        grid.addColumn(entry -> entry.subject() == null ? "" : entry.subject()).setHeader("What").setFlexGrow(2);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Details").setFlexGrow(3);
        grid.addColumn(entry -> entry.sourceAddress() == null ? "" : entry.sourceAddress()).setHeader("From")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> ListViews.page(query, Sort.unsorted(),
                        pageable -> audit.entries(query(), pageable)),
                query -> (int) Math.min(Integer.MAX_VALUE, total));

        add(header, search, filters, grid);
        search.addValueChangeListener(event -> refresh());
        actions.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        until.addValueChangeListener(event -> refresh());
        refresh();
    }

    private AuditQuery query() {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(ViewerTime.zone()).toInstant();
        LocalDate last = until.getValue();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(ViewerTime.zone()).toInstant();
        return new AuditQuery(actions.getValue(), search.getValue(), start, end);
    }

    private void refresh() {
        total = audit.count(query());
        totalText.setText(total == 1 ? "1 entry" : String.format(Locale.UK, "%,d entries", total));
        grid.getDataProvider().refreshAll();
    }
}
