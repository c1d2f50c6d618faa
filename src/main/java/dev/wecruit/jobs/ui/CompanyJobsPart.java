package dev.wecruit.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.shell.Access;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.RelatedRecord;
import java.util.ArrayList;
import java.util.List;

/** On a company's page: the jobs the firm has or had from it, and "New job" for another one. */
@org.springframework.stereotype.Component
class CompanyJobsPart implements RecordPagePart {

    private final JobService jobs;

    CompanyJobsPart(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.COMPANY;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Section create(RecordPage page) {
        var list = new Div();
        var section = RecordPageView.section("Jobs", list);
        section.addClassName("company-jobs");
        List<RelatedRecord> related = new ArrayList<>();
        Runnable reload = () -> {
            list.removeAll();
            related.clear();
            for (JobDetails job : jobs.jobsOf(page.recordId())) {
                var meta = new Span(" · " + Display.label(job.status()) + " · opened " + Display.day(job.openedOn()));
                meta.addClassName("timeline-entry-meta");
                var row = new Div(new Anchor("jobs/" + job.id(), job.title()), meta);
                row.addClassName("company-job");
                list.add(row);
                // a note about the company is not about every one of its jobs
                related.add(new RelatedRecord(RecordKind.JOB, job.id(), job.title(), false));
            }
            if (list.getComponentCount() == 0) {
                list.add(RecordPageView.emptyNote("No jobs from this company yet. Use \"New job\" when they give "
                        + "you a mandate."));
            }
        };
        reload.run();
        var create = new Button("New job", VaadinIcon.BRIEFCASE.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("jobs/new", QueryParameters.of("company", page.recordId().toString()))));
        create.addClassName("company-new-job");
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Section(section, Access.mayOpen("jobs/new") ? List.of(create) : List.of(), reload,
                () -> List.copyOf(related));
    }
}
