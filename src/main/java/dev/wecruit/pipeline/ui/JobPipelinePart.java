package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.Stage;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.PipelineExportField;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.shell.ListExport;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** On a job's page: how many candidates each stage holds, and "Add candidates" to put several forward at once. */
@org.springframework.stereotype.Component
class JobPipelinePart implements RecordPagePart {

    private static final int SUGGESTIONS = 20;

    private final ApplicationService applications;
    private final CandidateService candidates;
    private final CurrentTenant currentTenant;
    private final OrganizationService organizations;

    JobPipelinePart(ApplicationService applications, CandidateService candidates, CurrentTenant currentTenant,
            OrganizationService organizations) {
        this.organizations = organizations;
        this.applications = applications;
        this.candidates = candidates;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.JOB;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Section create(RecordPage page) {
        var stages = new Div();
        stages.addClassName("pipeline-stages");
        var section = RecordPageView.section("Pipeline", stages);
        section.addClassName("job-pipeline");
        Runnable reload = () -> {
            stages.removeAll();
            Map<Stage, Long> counts = applications.countsByStage(page.recordId());
            counts.forEach((stage, count) -> {
                var number = new Span(String.valueOf(count));
                number.addClassName("pipeline-stage-count");
                var name = new Span(stage.name());
                name.addClassName("pipeline-stage-name");
                var cell = new Div(number, name);
                cell.addClassNames("pipeline-stage", "pipeline-stage-" + stage.kind().name().toLowerCase(Locale.ROOT));
                stages.add(cell);
            });
            if (counts.values().stream().allMatch(count -> count == 0)) {
                stages.add(RecordPageView.emptyNote("Nobody in the pipeline yet. Use \"Add candidates\" to put "
                        + "people forward; they start in the first stage."));
            }
        };
        reload.run();
        var add = new Button("Add candidates", VaadinIcon.PLUS.create(), click -> openAddCandidates(page));
        add.addClassName("add-candidates");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var board = new Button("Open board", VaadinIcon.GRID_BIG_O.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("jobs/" + page.recordId() + "/pipeline")));
        board.addClassName("open-board");
        board.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean contacts = organizations.mayExportContacts();
        UUID jobId = page.recordId();
        var export = new ListExport<>("pipeline", java.util.Arrays.stream(PipelineExportField.values())
                .filter(field -> contacts || !field.contactDetail()).toList(), PipelineExportField::header, () -> {
                    var zone = ViewerTime.zone();
                    return (format, extras, out) -> applications.exportPipeline(jobId, extras, format, out, zone);
                });
        export.addClassName("pipeline-export");
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Section(section, currentTenant.may(Role.RECRUITER) ? List.of(board, add, export)
                : List.of(board, export), reload, List::of);
    }

    private void openAddCandidates(RecordPage page) {
        var dialog = new Dialog("Add candidates to " + page.recordTitle());
        dialog.addClassName("add-candidates-dialog");
        Set<UUID> alreadyIn = applications.applicationsOf(page.recordId()).stream()
                .map(ApplicationSummary::candidateId).collect(Collectors.toSet());
        var picker = new MultiSelectComboBox<CandidateSummary>("Candidates");
        picker.setItems(query -> candidates.search(CandidateQuery.text(query.getFilter().orElse("")),
                CandidateSort.Order.DEFAULT, query.getOffset(), Math.min(query.getLimit(), SUGGESTIONS)).stream());
        picker.setItemLabelGenerator(candidate -> candidate.fullName()
                + (candidate.currentTitle() == null ? "" : " · " + candidate.currentTitle()));
        picker.setPlaceholder("Type a name, skill or title");
        picker.setHelperText("Pick as many as you like; they enter the first stage");
        picker.setWidthFull();
        picker.addValueChangeListener(event -> {
            List<CandidateSummary> refused = event.getValue().stream()
                    .filter(candidate -> alreadyIn.contains(candidate.id())).toList();
            if (!refused.isEmpty()) {
                var kept = new LinkedHashSet<>(event.getValue());
                refused.forEach(kept::remove);
                picker.setValue(kept);
                refuse(picker, refused.stream().map(CandidateSummary::fullName).collect(Collectors.joining(", "))
                        + (refused.size() == 1 ? " is" : " are") + " already in this job's pipeline");
            } else if (event.isFromClient()) {
                picker.setInvalid(false);
            }
        });
        var confirm = new Button("Add", click -> {
            if (picker.getValue().isEmpty()) {
                refuse(picker, "Choose at least one candidate");
                return;
            }
            try {
                List<ApplicationSummary> added = applications.addAll(
                        picker.getValue().stream().map(CandidateSummary::id).toList(), page.recordId());
                dialog.close();
                Notification.show("Added " + added.size() + (added.size() == 1 ? " candidate" : " candidates"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                page.refresh();
            } catch (InvalidInputException e) {
                refuse(picker, String.join(" ", e.fieldErrors().values()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("add-candidates-confirm");
        dialog.add(picker);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private static void refuse(MultiSelectComboBox<?> picker, String message) {
        picker.setErrorMessage(message);
        picker.setInvalid(true);
    }
}
