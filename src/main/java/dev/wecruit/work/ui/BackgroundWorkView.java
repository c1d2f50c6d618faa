package dev.wecruit.work.ui;

import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.LiveWork;
import dev.wecruit.work.WorkItemSummary;
import dev.wecruit.work.WorkSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The firm's background work for admins: recent work with its progress, live; for the selected one, its failed
 * items with their errors, and a button to run them again.
 */
@Route("admin/work")
@PageTitle("Background work · Wecruit")
@Menu(order = 14, title = "Background work", icon = "vaadin:tasks")
@RolesAllowed("ADMIN")
class BackgroundWorkView extends Div {

    private static final int SHOWN = 100;

    private final BackgroundWork work;
    private final LiveWork live;
    private final Map<java.util.UUID, String> memberNames;
    private final Checkbox onlyFailed = new Checkbox("Only work with failures");
    private final Grid<WorkSummary> grid = new Grid<>();
    private final Div details = new Div();
    private final Grid<WorkItemSummary> failures = new Grid<>();
    private final Button retry = new Button("Retry failed items");
    private Registration watching;

    BackgroundWorkView(BackgroundWork work, LiveWork live, OrganizationService organizations) {
        this.work = work;
        this.live = live;
        this.memberNames = organizations.memberNames();
        addClassNames("list-view", "background-work-view");
        var header = new Div(new Div(new H2("Background work")));
        header.addClassName("list-view-header");

        grid.addClassName("work-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(item -> ViewerTime.moment(item.createdAt())).setHeader("Started").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(WorkSummary::title).setHeader("Work").setFlexGrow(2);
        grid.addColumn(item -> item.startedBy() == null ? "Wecruit"
                : memberNames.getOrDefault(item.startedBy(), "A former member")).setHeader("Started by").setFlexGrow(1);
        grid.addColumn(item -> item.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(BackgroundWorkView::progress).setHeader("Progress").setFlexGrow(1);
        grid.addColumn(item -> item.failed() == 0 ? "" : String.valueOf(item.failed())).setHeader("Failed")
                .setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(event -> showDetails(event.getValue()));

        failures.addClassName("work-failures-grid");
        failures.addThemeVariants(GridVariant.LUMO_COMPACT);
        failures.addColumn(item -> item.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(WorkItemSummary::label).setHeader("Item").setFlexGrow(1);
        failures.addColumn(WorkItemSummary::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(item -> item.error() == null ? "" : item.error()).setHeader("Error").setFlexGrow(3);
        failures.setAllRowsVisible(true);
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(event -> retrySelected());
        details.addClassName("work-details");
        details.setVisible(false);

        onlyFailed.addValueChangeListener(event -> refresh());
        add(header, onlyFailed, grid, details);
        refresh();
    }

    private static ProgressBar progress(WorkSummary item) {
        var bar = new ProgressBar(0, 1, item.progress());
        bar.getElement().setAttribute("aria-label", item.finishedItems() + " of " + item.total() + " done");
        return bar;
    }

    private void refresh() {
        WorkSummary selected = grid.asSingleSelect().getValue();
        List<WorkSummary> recent = work.recent(onlyFailed.getValue(), SHOWN);
        grid.setItems(recent);
        if (selected != null) {
            recent.stream().filter(item -> item.id().equals(selected.id())).findFirst()
                    .ifPresentOrElse(grid::select, () -> showDetails(null));
        }
    }

    private void showDetails(WorkSummary selected) {
        details.removeAll();
        details.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        var counts = new Span(String.format(Locale.UK, "%,d of %,d done, %,d failed%s", selected.done(),
                selected.total(), selected.failed(), selected.summary() == null ? "" : ". " + selected.summary()));
        List<WorkItemSummary> failed = work.items(selected.id(), true);
        details.add(new H3(selected.title()), counts);
        if (!failed.isEmpty()) {
            failures.setItems(failed);
            details.add(failures, retry);
        }
    }

    private void retrySelected() {
        WorkSummary selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        int queued = work.retry(selected.id(), null);
        Notification.show(queued == 1 ? "1 item is queued again" : queued + " items are queued again");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        watching = live.watchAll(event.getUI(), progressed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (watching != null) {
            watching.remove();
        }
    }
}
