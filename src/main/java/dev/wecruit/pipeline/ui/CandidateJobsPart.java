package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.Stage;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.ListViews;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.RelatedRecord;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/** On a candidate's page: the jobs they are in, at which stage, and "Add to job". */
@org.springframework.stereotype.Component
class CandidateJobsPart implements RecordPagePart {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by("id"));

    private final ApplicationService applications;
    private final JobService jobs;
    private final CompanyService companies;
    private final CurrentTenant currentTenant;

    CandidateJobsPart(ApplicationService applications, JobService jobs, CompanyService companies,
            CurrentTenant currentTenant) {
        this.applications = applications;
        this.jobs = jobs;
        this.companies = companies;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Section create(RecordPage page) {
        var list = new Div();
        var section = RecordPageView.section("Jobs", list);
        section.addClassName("candidate-jobs");
        List<RelatedRecord> related = new ArrayList<>();
        Runnable reload = () -> {
            list.removeAll();
            related.clear();
            List<ApplicationSummary> cards = applications.applicationsOfCandidate(page.recordId());
            // the candidate's jobs and their clients in one query each, not one per job
            Map<UUID, JobDetails> byId = jobs.findAll(cards.stream().map(ApplicationSummary::jobId).toList())
                    .stream().collect(Collectors.toMap(JobDetails::id, job -> job));
            Map<UUID, String> clients = companies.names(byId.values().stream().map(JobDetails::companyId)
                    .toList());
            for (ApplicationSummary application : cards) {
                JobDetails job = byId.get(application.jobId());
                if (job == null) {
                    continue;
                }
                String label = job.title() + Optional.ofNullable(clients.get(job.companyId()))
                        .map(client -> " · " + client).orElse("");
                String stage = job.stages().stream().filter(s -> s.id().equals(application.stageId()))
                        .map(Stage::name).findFirst().orElse("");
                var row = new Div(new Anchor("jobs/" + job.id(), label), new Span(" · " + stage));
                row.addClassName("candidate-job");
                list.add(row);
                related.add(new RelatedRecord(RecordKind.JOB, job.id(), label, false));
            }
            if (list.getComponentCount() == 0) {
                list.add(RecordPageView.emptyNote("Not in any job yet. Use \"Add to job\" to put them forward."));
            }
        };
        reload.run();
        var add = new Button("Add to job", VaadinIcon.PLUS.create(), click -> openAddToJob(page));
        add.addClassName("add-to-job");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Section(section, currentTenant.may(Role.RECRUITER) ? List.of(add) : List.of(), reload,
                () -> List.copyOf(related));
    }

    private void openAddToJob(RecordPage page) {
        var dialog = new Dialog("Add " + page.recordTitle() + " to a job");
        dialog.addClassName("add-to-job-dialog");
        Set<UUID> already = applications.applicationsOfCandidate(page.recordId()).stream()
                .map(ApplicationSummary::jobId).collect(Collectors.toSet());
        var job = new ComboBox<JobDetails>("Job");
        // fetched as the member types; the page's company names are looked up once per page, not once per job
        Map<UUID, String> companyNames = new HashMap<>();
        job.setItems(query -> ListViews.page(query, NEWEST_FIRST, pageable -> {
            List<JobDetails> found = jobs.search(query.getFilter().orElse(""),
                    EnumSet.of(JobStatus.OPEN, JobStatus.ON_HOLD), null, pageable).getContent();
            companyNames.putAll(companies.names(found.stream().map(JobDetails::companyId).toList()));
            return found;
        }));
        job.setItemLabelGenerator(candidateJob -> candidateJob.title() + Optional.ofNullable(
                companyNames.get(candidateJob.companyId())).map(name -> " · " + name).orElse(""));
        job.setWidthFull();
        job.setHelperText("Open and on-hold jobs; the candidate enters the job's first stage");
        var add = new Button("Add", click -> {
            if (job.getValue() == null) {
                job.setErrorMessage("Choose a job");
                job.setInvalid(true);
                return;
            }
            try {
                applications.add(page.recordId(), job.getValue().id());
                dialog.close();
                Notification.show("Added to " + job.getValue().title())
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                page.refresh();
            } catch (InvalidInputException e) {
                job.setErrorMessage(String.join(" ", e.fieldErrors().values()));
                job.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-to-job-confirm");
        job.addValueChangeListener(event -> {
            boolean in = event.getValue() != null && already.contains(event.getValue().id());
            job.setInvalid(in);
            job.setErrorMessage(in ? "Already in this job's pipeline" : null);
        });
        dialog.add(job);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), add);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }
}
