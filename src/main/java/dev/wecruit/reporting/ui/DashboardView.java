package dev.wecruit.reporting.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.shell.PlannedView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("")
@PageTitle("Dashboard · Wecruit")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends PlannedView {

    DashboardView() {
        super("Dashboard", "Your firm at a glance.", List.of(
                "Pipeline funnel per job: how many candidates reach each stage",
                "Time in stage and conversion between stages",
                "Activity per recruiter: calls, notes, emails, meetings",
                "Placements and fees over time"));
    }
}
