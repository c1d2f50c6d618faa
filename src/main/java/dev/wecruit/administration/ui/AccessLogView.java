package dev.wecruit.administration.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.AccessLogEntry;
import dev.wecruit.candidates.AccessLogQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.shared.BoundedCount;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Who saw candidates' contact details, and how: the access log (decision 0025), newest day first, one row per
 * candidate, day, channel and member or API key. Filtered by candidate (found as the admin types), by member or key,
 * by channel and by day; the grid fetches page by page as the admin scrolls.
 */
@Route("admin/access-log")
@PageTitle("Access log · Wecruit")
@Menu(order = 13.5, title = "Access log", icon = "vaadin:eye")
@RolesAllowed("ADMIN")
class AccessLogView extends Div {

    private static final int CANDIDATE_SUGGESTIONS = 20;

    /** A member or an API key, as the "Who" filter offers them. */
    record Accessor(UUID id, String label) {
    }

    private final CandidateService candidates;
    private final Span totalText = new Span();
    private final ComboBox<CandidateSummary> candidate = new ComboBox<>("Candidate");
    private final ComboBox<Accessor> who = new ComboBox<>("Who");
    private final MultiSelectComboBox<AccessChannel> channels = new MultiSelectComboBox<>("How");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker until = new DatePicker("Until");
    private final Grid<AccessLogEntry> grid = new Grid<>();
    private BoundedCount total = BoundedCount.exactly(0);

    AccessLogView(CandidateService candidates, OrganizationService organizations, ApiKeyService apiKeys) {
        this.candidates = candidates;
        addClassNames("list-view", "access-log-view");
        totalText.addClassName("list-view-total");
        var header = new Div(new Div(new H2("Access log"), totalText));
        header.addClassName("list-view-header");
        var explanation = new Span("Each time a member opens a candidate's page, downloads one of their files or "
                + "exports them, and each API read of their contact details, counted per day. It answers the "
                + "candidate's subject-access request, and is kept for a limited time.");
        explanation.addClassName("list-view-explanation");

        // fetched as the admin types: a firm has thousands of candidates
        candidate.setItems(query -> query.getFilter().filter(text -> !text.isBlank())
                .map(text -> candidates.searchByName(text, CANDIDATE_SUGGESTIONS).stream()
                        .skip(query.getOffset()).limit(query.getLimit()))
                .orElseGet(Stream::empty));
        candidate.setItemLabelGenerator(summary -> summary.fullName()
                + (summary.currentTitle() == null ? "" : " · " + summary.currentTitle()));
        candidate.setPlaceholder("Type a name");
        candidate.setClearButtonVisible(true);
        List<Accessor> accessors = new ArrayList<>();
        organizations.members().forEach(member -> accessors.add(new Accessor(member.id(),
                member.displayName() + (member.active() ? "" : " (left)"))));
        apiKeys.keys().forEach(key -> accessors.add(new Accessor(key.id(), "API key \"" + key.name() + "\"")));
        who.setItems(accessors);
        who.setItemLabelGenerator(Accessor::label);
        who.setClearButtonVisible(true);
        channels.setItems(Arrays.asList(AccessChannel.values()));
        channels.setItemLabelGenerator(AccessChannel::label);
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        until.setHelperText("Days in the firm's time zone");
        var filters = new Div(candidate, who, channels, from, until);
        filters.addClassName("list-view-filters");

        grid.addClassName("access-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Display.day(entry.day())).setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> new Anchor("candidates/" + entry.candidateId(), entry.candidateName()))
                .setHeader("Candidate").setFlexGrow(2);
        grid.addColumn(AccessLogEntry::who).setHeader("Who").setFlexGrow(2);
        grid.addColumn(entry -> entry.channel().label()).setHeader("How").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccessLogEntry::times).setHeader("Times").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> ViewerTime.moment(entry.lastAt())).setHeader("Last").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("Nobody has seen a candidate's contact details that matches these filters.");
        grid.setItems(query -> candidates.accessLog(query(), query.getOffset(), query.getLimit()).stream());

        add(header, explanation, filters, grid);
        candidate.addValueChangeListener(event -> refresh());
        who.addValueChangeListener(event -> refresh());
        channels.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        until.addValueChangeListener(event -> refresh());
        refresh();
    }

    private AccessLogQuery query() {
        return new AccessLogQuery(candidate.getValue() == null ? null : candidate.getValue().id(),
                who.getValue() == null ? null : who.getValue().id(), channels.getValue(), from.getValue(),
                until.getValue());
    }

    private void refresh() {
        AccessLogQuery query = query();
        total = candidates.countAccessLog(query);
        totalText.setText(ListViews.total(total, "entry", "entries", !query.equals(AccessLogQuery.ALL)));
        var rows = grid.getLazyDataView();
        if (total.more()) {
            // counted only up to the bound: the grid grows as the admin scrolls
            rows.setItemCountUnknown();
            rows.setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, total.value() + 1));
        } else {
            rows.setItemCountCallback(page -> (int) total.value());
        }
        grid.getDataProvider().refreshAll();
    }
}
