package dev.wecruit.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.intake.StartedIntake;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.LiveWork;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Update from CV" on a candidate's page: the recruiter drops a newer CV, Wecruit reads it, and the review shows the
 * candidate's current values next to the CV's, to take field by field.
 */
@Component
class UpdateFromCvPart implements RecordPagePart {

    private final CvIntakeService intake;
    private final LiveWork live;
    private final DocumentService documents;
    private final CurrentTenant currentTenant;

    UpdateFromCvPart(CvIntakeService intake, LiveWork live, DocumentService documents, CurrentTenant currentTenant) {
        this.intake = intake;
        this.live = live;
        this.documents = documents;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Section create(RecordPage page) {
        var content = new Div();
        content.setVisible(false);
        if (!currentTenant.may(Role.RECRUITER)) {
            return new Section(content, List.of(), () -> { }, List::of);
        }
        var open = new Button("Update from CV", VaadinIcon.FILE_REFRESH.create(), event -> open(page));
        open.addClassName("update-from-cv");
        return new Section(content, List.of(open), () -> { }, List::of);
    }

    private void open(RecordPage page) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Update from CV");
        var status = new Span();
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setVisible(false);
        var upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSize().toBytes()));
        upload.setAcceptedFileTypes(DocumentFormat.uploadTypes());
        Registration[] watching = new Registration[1];
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            StartedIntake started;
            try {
                started = intake.updateFromCv(page.recordId(), new CvUpload(metadata.fileName(), bytes));
            } catch (InvalidInputException e) {
                status.setText(String.join(" ", e.fieldErrors().values()));
                return;
            }
            bar.setVisible(true);
            status.setText("Reading " + metadata.fileName() + "...");
            dialog.getUI().ifPresent(ui -> watching[0] = live.watch(ui, started.workId(), progressed -> {
                if (!progressed.status().finished()) {
                    return;
                }
                watching[0].remove();
                bar.setVisible(false);
                List<java.util.UUID> queue = intake.reviewQueue();
                if (progressed.failed() > 0) {
                    status.setText(String.join(" ", intake.problemsOf(started.workId())));
                } else if (!queue.isEmpty()) {
                    dialog.close();
                    ui.navigate(CvReviewView.ROUTE, QueryParameters.simple(Map.of("cv",
                            queue.getLast().toString())));
                } else {
                    Notification.show("The CV was read");
                }
            }));
        }));
        dialog.add(new Paragraph("Drop the candidate's newer CV: you then see each field's current value next to "
                + "the CV's, and choose what to keep."), upload, bar, status);
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        dialog.addDetachListener(event -> {
            if (watching[0] != null) {
                watching[0].remove();
            }
        });
        dialog.open();
    }
}
