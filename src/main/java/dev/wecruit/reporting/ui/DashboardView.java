package dev.wecruit.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.reporting.FirmOverview;
import dev.wecruit.reporting.ReportingService;
import dev.wecruit.shell.PlannedView;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

@Route("")
@PageTitle("Dashboard · Wecruit")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends PlannedView {

    DashboardView(ReportingService reporting) {
        super("Dashboard", "Your firm at a glance.", List.of(
                "Pipeline funnel per job: how many candidates reach each stage",
                "Time in stage and conversion between stages",
                "Activity per recruiter: calls, notes, emails, meetings",
                "Placements and fees over time"));
        addComponentAtIndex(2, overview(reporting.overview()));
    }

    private static Div overview(FirmOverview overview) {
        var figures = new Div(
                figure(overview.candidates(), "candidate", "candidates", "firm-overview-candidates"),
                figure(overview.openJobs(), "open job", "open jobs", "firm-overview-jobs"),
                figure(overview.companies(), "company", "companies", "firm-overview-companies"),
                figure(overview.contacts(), "contact", "contacts", "firm-overview-contacts"),
                figure(overview.activitiesLastYear(), "activity in the last 12 months",
                        "activities in the last 12 months", "firm-overview-activities"));
        figures.addClassName("firm-overview");
        return figures;
    }

    private static Span figure(long value, String singular, String plural, String className) {
        var number = new Span(format(value));
        number.addClassName("firm-overview-value");
        var figure = new Span(number, new Span(" " + (value == 1 ? singular : plural)));
        figure.addClassNames("firm-overview-figure", className);
        return figure;
    }

    private static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }
}
