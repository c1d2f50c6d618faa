package dev.wecruit.candidates.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.candidates.CandidateCursor;
import dev.wecruit.candidates.CandidateExportField;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidatesByMeaning;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.PipelineReach;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.Access;
import dev.wecruit.shell.ListExport;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shared.BoundedCount;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/**
 * Every candidate of the firm in a lazily loaded grid: one page at a time from the database, names decrypted on the
 * server, only the shown columns sent to the browser. Search, filters and order live in the URL.
 */
@Route("candidates")
@PageTitle("Candidates · Wecruit")
@Menu(order = 1, title = "Candidates", icon = "vaadin:users")
@PermitAll
class CandidateListView extends Div implements BeforeEnterObserver {

    private static final int SUGGESTIONS = 20;
    /** Page ends remembered per query: enough for an hour of scrolling, a few kilobytes. */
    private static final int MAX_CURSORS = 200;
    /** Rows found together with the count: what the grid shows first. */
    private static final int FIRST_ROWS = 50;
    /** The best matches "Ask in words" shows. */
    private static final int ASKED_ROWS = 50;

    private static final Sort NEWEST_JOBS_FIRST = Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by("id"));

    private final CandidateService candidates;
    private final JobService jobs;
    private final CompanyService companies;
    /** Client names of the jobs the "In the pipeline of" filter has shown, by company. */
    private final Map<UUID, String> clients = new HashMap<>();
    private final Map<UUID, String> memberNames;

    private final Span totalText = new Span();
    private final TextField search;
    private final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>("Skills");
    private final Select<String> skillMatch = new Select<>();
    private final TextField location = new TextField("Location");
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final ComboBox<MemberSummary> owner = new ComboBox<>("Owner");
    private final ComboBox<JobDetails> job = new ComboBox<>("In the pipeline of");
    private final DatePicker activeFrom = new DatePicker("Last activity from");
    private final DatePicker activeUntil = new DatePicker("Last activity until");
    /** Lawful bases by their address names, and "none" for none recorded. */
    private final MultiSelectComboBox<String> lawfulBasis = new MultiSelectComboBox<>("Lawful basis");
    private final Select<ConsentStatus> consent = new Select<>();
    private final IntegerField expiringWithin = new IntegerField("Expiring within (days)");
    private final Checkbox onLegalHold = new Checkbox("On legal hold");
    static final String ADD_FROM_CVS = "candidates/add-from-cvs";

    private final Button clearFilters = new Button("Clear filters");
    /** How far the candidates got in the pipelines, when the list was opened from the dashboard. */
    private final Span reachText = new Span();
    private final Button removeReach = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Div reach = new Div(reachText, removeReach);
    private final Grid<CandidateSummary> grid = new Grid<>();
    private final TextField ask = new TextField();
    private final CandidatesByMeaning byMeaning;
    private final ListExport<CandidateExportField> export;

    private CandidateListParameters parameters = CandidateListParameters.NONE;
    private CandidateQuery query = CandidateQuery.ALL;
    private ZoneId zone = ZoneOffset.UTC;
    private BoundedCount total = BoundedCount.exactly(0);
    /** Where pages of the current query and order end: row offset → the cursor that continues there. */
    private final TreeMap<Integer, CandidateCursor> cursors = new TreeMap<>();
    private CandidateSort.Order cursorsOrder;
    /** The rows found with the count, until the grid asks for them. */
    private List<CandidateSummary> firstRows = List.of();
    private CandidateSort.Order firstRowsOrder;
    private boolean applyingUrl;

    CandidateListView(CandidateService candidates, OrganizationService organizations, JobService jobs,
            CompanyService companies, ObjectProvider<CandidatesByMeaning> byMeaning) {
        this.candidates = candidates;
        this.byMeaning = byMeaning.getIfAvailable();
        this.jobs = jobs;
        this.companies = companies;
        List<MemberSummary> members = organizations.members();
        this.memberNames = organizations.memberNames();
        addClassNames("list-view", "candidate-list-view");

        var header = ListViews.header("Candidates", totalText, "New candidate", "candidates/new");
        if (Access.mayOpen(ADD_FROM_CVS)) {
            // CV intake's view, named by its address: candidates does not depend on the intake module
            var fromCvs = new Button("Add from CVs", VaadinIcon.UPLOAD.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ADD_FROM_CVS)));
            fromCvs.addClassName("add-from-cvs");
            var actions = new Div(fromCvs);
            actions.addClassName("list-view-actions");
            header.getChildren().skip(1).toList().forEach(actions::add);
            header.add(actions);
        }
        boolean contacts = organizations.mayExportContacts();
        // the list as shown now; "Ask in words" ranks a few by meaning and is not exported
        export = new ListExport<>("candidates", Arrays.stream(CandidateExportField.values())
                .filter(field -> contacts || !field.contactDetail()).toList(), CandidateExportField::header, () -> {
                    CandidateQuery shown = query;
                    CandidateSort.Order order = parameters.order();
                    ZoneId in = zone;
                    return (format, extras, out) -> candidates.export(shown, order, extras, format, out, in);
                });
        header.add(export);
        search = ListViews.searchField("Search by name, email, phone, skill, title or company",
                "Search candidates");

        skills.setAllowCustomValue(true);
        skills.setItems(query -> candidates.skillsStartingWith(query.getFilter().orElse(""), SUGGESTIONS).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        skills.addCustomValueSetListener(event -> skills.select(event.getDetail().strip()));
        skillMatch.setLabel("Match");
        skillMatch.setItems("all", "any");
        skillMatch.setItemLabelGenerator(value -> "all".equals(value) ? "All of them" : "Any of them");
        skillMatch.setValue("all");
        tags.setAllowCustomValue(true);
        tags.setItems(query -> candidates.tagsStartingWith(query.getFilter().orElse(""), SUGGESTIONS).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        tags.addCustomValueSetListener(event -> tags.select(event.getDetail().strip()));
        location.setClearButtonVisible(true);
        location.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setItems(members);
        owner.setItemLabelGenerator(member -> member.displayName() + (member.active() ? "" : " (left)"));
        owner.setClearButtonVisible(true);
        // fetched as the member types: a firm can have thousands of jobs, and a tab should not hold them all
        // the client's name goes with the title: two jobs are often called the same, and the search matches both
        job.setItems(query -> ListViews.page(query, NEWEST_JOBS_FIRST, pageable -> {
            List<JobDetails> found = jobs.search(query.getFilter().orElse(""), List.of(), null, pageable).getContent();
            clients.putAll(companies.names(found.stream().map(JobDetails::companyId).toList()));
            return found;
        }));
        job.setItemLabelGenerator(shown -> shown.title() + Optional.ofNullable(clients.get(shown.companyId()))
                .map(client -> " · " + client).orElse(""));
        job.setClearButtonVisible(true);
        activeFrom.setClearButtonVisible(true);
        activeUntil.setClearButtonVisible(true);
        List<String> bases = new java.util.ArrayList<>(Arrays.stream(LawfulBasis.values())
                .map(CandidateListParameters::name).toList());
        bases.add(CandidateListParameters.NO_BASIS);
        lawfulBasis.setItems(bases);
        lawfulBasis.setItemLabelGenerator(name -> Arrays.stream(LawfulBasis.values())
                .filter(basis -> CandidateListParameters.name(basis).equals(name)).findFirst().map(Display::label)
                .orElse("Not recorded"));
        consent.setLabel("Consent");
        consent.setItems(ConsentStatus.values());
        consent.setItemLabelGenerator(status -> status == null ? "Any" : status.label());
        consent.setEmptySelectionAllowed(true);
        consent.setEmptySelectionCaption("Any");
        expiringWithin.setMin(1);
        expiringWithin.setMax(CandidateService.MAX_EXPIRING_WITHIN_DAYS);
        expiringWithin.setStepButtonsVisible(true);
        expiringWithin.setValue(CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS);
        expiringWithin.setVisible(false);
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(click -> showParameters(parameters.withoutFilters()
                .withText(search.getValue())));
        var filters = new Div(skills, skillMatch, location, tags, owner, job, activeFrom, activeUntil, lawfulBasis,
                consent, expiringWithin, onLegalHold, clearFilters);
        filters.addClassName("list-view-filters");
        reach.addClassName("candidate-list-reach");
        reach.setVisible(false);
        removeReach.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        removeReach.setAriaLabel("Remove this filter");
        removeReach.addClassName("candidate-list-reach-remove");
        removeReach.addClickListener(click -> showParameters(parameters.withoutReach()));

        configureGrid();
        add(header, search, filters, reach);
        if (this.byMeaning != null) {
            ask.setPlaceholder("Or ask in words: payroll specialist in Leeds who knows Sage");
            ask.setAriaLabel("Ask in words");
            ask.setHelperText("Ranked by meaning, best first; press Enter. Clear it to go back to the list.");
            ask.setClearButtonVisible(true);
            ask.setWidthFull();
            ask.addClassName("candidate-ask");
            ask.addValueChangeListener(event -> askChanged());
            add(ask);
        }
        add(grid);

        search.addValueChangeListener(event -> filtersChanged());
        skills.addValueChangeListener(event -> filtersChanged());
        skillMatch.addValueChangeListener(event -> filtersChanged());
        location.addValueChangeListener(event -> filtersChanged());
        tags.addValueChangeListener(event -> filtersChanged());
        owner.addValueChangeListener(event -> filtersChanged());
        job.addValueChangeListener(event -> filtersChanged());
        activeFrom.addValueChangeListener(event -> filtersChanged());
        activeUntil.addValueChangeListener(event -> filtersChanged());
        lawfulBasis.addValueChangeListener(event -> filtersChanged());
        consent.addValueChangeListener(event -> filtersChanged());
        expiringWithin.addValueChangeListener(event -> filtersChanged());
        onLegalHold.addValueChangeListener(event -> filtersChanged());
    }

    private void configureGrid() {
        grid.addClassName("candidate-grid");
        grid.addColumn(CandidateSummary::fullName).setHeader("Name").setKey("name").setFlexGrow(2)
                .setFrozen(true).setAutoWidth(false);
        grid.addColumn(CandidateSummary::currentTitle).setHeader("Title").setKey(CandidateSort.TITLE.name())
                .setSortProperty(CandidateSort.TITLE.name()).setFlexGrow(2);
        grid.addColumn(CandidateSummary::currentCompany).setHeader("Company").setKey(CandidateSort.COMPANY.name())
                .setSortProperty(CandidateSort.COMPANY.name()).setFlexGrow(2);
        grid.addColumn(CandidateSummary::location).setHeader("Location").setKey(CandidateSort.LOCATION.name())
                .setSortProperty(CandidateSort.LOCATION.name());
        grid.addColumn(candidate -> String.join(", ", candidate.skills().stream().limit(3).toList()))
                .setHeader("Top skills").setKey("skills").setFlexGrow(2);
        grid.addColumn(candidate -> candidate.ownerId() == null ? "" : memberNames.getOrDefault(candidate.ownerId(),
                "")).setHeader("Owner").setKey("owner");
        grid.addColumn(candidate -> String.join(", ", candidate.tags())).setHeader("Tags").setKey("tags");
        grid.addColumn(candidate -> candidate.lastActivityAt() == null ? "Never"
                        : Display.day(candidate.lastActivityAt(), zone))
                .setHeader("Last activity").setKey(CandidateSort.LAST_ACTIVITY.name())
                .setSortProperty(CandidateSort.LAST_ACTIVITY.name())
                .setTextAlign(ColumnTextAlign.END);
        showListRows();
        grid.setEmptyStateText("No candidates match. Try fewer words or clear the filters, or add a new candidate.");
        ListViews.openRows(grid, this::open);
        grid.addSortListener(event -> {
            if (!applyingUrl) {
                parameters = parameters.withOrder(event.getSortOrder().stream().findFirst()
                        .map(sort -> new CandidateSort.Order(CandidateSort.valueOf(sort.getSorted().getKey()),
                                sort.getDirection() == SortDirection.ASCENDING))
                        .orElse(CandidateSort.Order.DEFAULT));
                updateUrl();
            }
        });
        grid.setSizeFull();
    }

    /**
     * A page for the grid, continuing from the nearest page end already seen (keyset paging), so scrolling far down
     * costs what the first page costs.
     */
    private List<CandidateSummary> fetch(CandidateSort.Order order, int offset, int limit) {
        if (!order.equals(cursorsOrder)) {
            cursors.clear();
            cursorsOrder = order;
        }
        if (offset == 0 && !firstRows.isEmpty() && order.equals(firstRowsOrder)
                && (limit <= firstRows.size() || firstRows.size() < FIRST_ROWS)) {
            // found with the count moments ago, in refresh()
            List<CandidateSummary> rows = firstRows.subList(0, Math.min(limit, firstRows.size()));
            firstRows = List.of();
            cursors.put(rows.size(), CandidateCursor.after(rows.getLast(), order.by()));
            return rows;
        }
        Map.Entry<Integer, CandidateCursor> start = cursors.floorEntry(offset);
        List<CandidateSummary> rows = start == null
                ? candidates.search(query, order, null, offset, limit)
                : candidates.search(query, order, start.getValue(), offset - start.getKey(), limit);
        if (!rows.isEmpty()) {
            cursors.put(offset + rows.size(), CandidateCursor.after(rows.getLast(), order.by()));
            while (cursors.size() > MAX_CURSORS) {
                cursors.pollFirstEntry();
            }
        }
        return rows;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            ZoneId browserZone;
            try {
                browserZone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException e) {
                browserZone = ZoneOffset.UTC;
            }
            if (!browserZone.equals(zone)) {
                // days in the filters and dates in the grid are the member's own
                zone = browserZone;
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showParameters(CandidateListParameters.from(event.getLocation().getQueryParameters()));
    }

    private void showParameters(CandidateListParameters shown) {
        applyingUrl = true;
        try {
            search.setValue(Objects.requireNonNullElse(shown.text(), ""));
            skills.setValue(Set.copyOf(shown.skills()));
            skillMatch.setValue(shown.anySkill() ? "any" : "all");
            location.setValue(Objects.requireNonNullElse(shown.location(), ""));
            tags.setValue(Set.copyOf(shown.tags()));
            owner.setValue(shown.ownerId() == null ? null : owner.getListDataView().getItems()
                    .filter(member -> member.id().equals(shown.ownerId())).findFirst().orElse(null));
            job.setValue(shown.jobId() == null ? null : jobs.find(shown.jobId()).map(found -> {
                clients.putAll(companies.names(List.of(found.companyId())));
                return found;
            }).orElse(null));
            activeFrom.setValue(shown.activeFrom());
            activeUntil.setValue(shown.activeUntil());
            Set<String> bases = new java.util.HashSet<>(shown.lawfulBases().stream()
                    .map(CandidateListParameters::name).toList());
            if (shown.withoutLawfulBasis()) {
                bases.add(CandidateListParameters.NO_BASIS);
            }
            lawfulBasis.setValue(bases);
            consent.setValue(shown.consent());
            expiringWithin.setValue(shown.expiringWithinDays());
            expiringWithin.setVisible(shown.consent() == ConsentStatus.EXPIRING);
            onLegalHold.setValue(shown.onLegalHold());
            grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(shown.order().by().name()),
                    shown.order().ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            applyingUrl = false;
        }
        parameters = shown;
        showReach(shown.reached());
        updateUrl();
        refresh();
    }

    /**
     * "Reached Interview, of those who entered a pipeline 1 Jan 2026 – 31 Mar 2026, in Rick's jobs at Acme", or
     * "Submitted from 1 Jan 2026 to 31 Mar 2026, source LinkedIn".
     */
    private void showReach(PipelineReach reached) {
        reach.setVisible(reached != null);
        if (reached == null) {
            return;
        }
        var text = new StringBuilder(reached.placed() ? "Placed" : reached.submitted() ? "Submitted"
                : "Reached " + reached.stage());
        String period = period(reached.from(), reached.to());
        if (!period.isEmpty()) {
            text.append(reached.stage() == null ? " " : ", of those who entered a pipeline ").append(period);
        }
        if (reached.source() != null) {
            text.append(PipelineReach.UNKNOWN_SOURCE.equals(reached.source()) ? ", with no source recorded"
                    : ", source " + reached.source());
        }
        if (reached.jobOwnerId() != null) {
            text.append(", in the jobs of ").append(memberNames.getOrDefault(reached.jobOwnerId(), "a former member"));
        }
        if (reached.clientId() != null) {
            text.append(reached.jobOwnerId() == null ? ", in the jobs of " : " for ").append(companies
                    .names(List.of(reached.clientId())).getOrDefault(reached.clientId(), "a removed client"));
        }
        reachText.setText(text.toString());
    }

    private static String period(java.time.LocalDate from, java.time.LocalDate to) {
        var days = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
        if (from != null && to != null) {
            return "from " + days.format(from) + " to " + days.format(to);
        }
        return from != null ? "from " + days.format(from) : to != null ? "until " + days.format(to) : "";
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        Set<String> bases = lawfulBasis.getValue();
        Integer within = expiringWithin.getValue();
        boolean withinValid = within != null && within >= 1 && within <= CandidateService.MAX_EXPIRING_WITHIN_DAYS;
        expiringWithin.setInvalid(!withinValid);
        expiringWithin.setErrorMessage(withinValid ? null
                : "Between 1 and " + CandidateService.MAX_EXPIRING_WITHIN_DAYS + " days");
        expiringWithin.setVisible(consent.getValue() == ConsentStatus.EXPIRING);
        parameters = new CandidateListParameters(search.getValue(), List.copyOf(skills.getValue()),
                "any".equals(skillMatch.getValue()), location.getValue(), List.copyOf(tags.getValue()),
                owner.getValue() == null ? null : owner.getValue().id(),
                job.getValue() == null ? null : job.getValue().id(), activeFrom.getValue(), activeUntil.getValue(),
                Arrays.stream(LawfulBasis.values()).filter(basis -> bases.contains(CandidateListParameters.name(basis)))
                        .toList(), bases.contains(CandidateListParameters.NO_BASIS), consent.getValue(),
                withinValid ? within : parameters.expiringWithinDays(), onLegalHold.getValue(), parameters.order(),
                parameters.reached() == null ? null : parameters.reached().inJobs(
                        job.getValue() == null ? null : job.getValue().id(), parameters.reached().jobOwnerId(),
                        parameters.reached().clientId()));
        updateUrl();
        refresh();
    }

    private void showListRows() {
        grid.setItems(page -> fetch(order(page.getSortOrders()), page.getOffset(), page.getLimit()).stream());
    }

    /** Words asked: the list shows the best matches by meaning, or the search and filters again once cleared. */
    private void askChanged() {
        String words = ask.getValue().strip();
        ask.setInvalid(false);
        export.setEnabled(words.isEmpty());
        if (words.isEmpty()) {
            showListRows();
            refresh();
            return;
        }
        try {
            List<CandidateSummary> ranked = byMeaning.rank(words, ASKED_ROWS);
            grid.setItems(ranked);
            totalText.setText(ranked.isEmpty() ? "No candidates match these words"
                    : ranked.size() + (ranked.size() == 1 ? " best match" : " best matches") + " for these words");
            grid.setEmptyStateText("No candidates match these words yet. Matching reads new candidates in the "
                    + "background; try other words.");
        } catch (InvalidInputException e) {
            ask.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            ask.setInvalid(true);
        }
    }

    private void refresh() {
        if (byMeaning != null && !ask.getValue().isBlank()) {
            ask.clear();
            return;
        }
        query = parameters.toQuery(zone);
        clearFilters.setEnabled(parameters.hasFilters());
        var found = candidates.first(query, parameters.order(), FIRST_ROWS);
        total = found.count();
        firstRows = found.firstRows();
        firstRowsOrder = parameters.order();
        totalText.setText(ListViews.total(total, "candidate", "candidates", !query.isEverything()));
        cursors.clear();
        var rows = grid.getLazyDataView();
        if (total.more() || total.estimated()) {
            // counted only up to the bound, or estimated: the grid grows as the recruiter scrolls, instead of a
            // million rows being counted at every keystroke
            rows.setItemCountUnknown();
            rows.setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, total.value() + 1));
        } else {
            rows.setItemCountCallback(page -> (int) total.value());
        }
        grid.setEmptyStateText(query.isEverything()
                ? "No candidates yet. Add the first one with \"New candidate\"."
                : "No candidates match. Try fewer words or clear the filters.");
        grid.getDataProvider().refreshAll();
    }

    private void updateUrl() {
        ListViews.showInAddress(this, "candidates", parameters.toQueryParameters());
    }

    private void open(CandidateSummary candidate) {
        getUI().ifPresent(ui -> ui.navigate("candidates/" + candidate.id()));
    }

    private static CandidateSort.Order order(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().findFirst()
                .map(sort -> new CandidateSort.Order(CandidateSort.valueOf(sort.getSorted()),
                        sort.getDirection() == SortDirection.ASCENDING))
                .orElse(CandidateSort.Order.DEFAULT);
    }

}
