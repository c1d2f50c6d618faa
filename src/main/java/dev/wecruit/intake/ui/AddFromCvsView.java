package dev.wecruit.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.intake.StartedIntake;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.LiveWork;
import dev.wecruit.work.WorkProgressed;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * "Add from CVs": a recruiter drops 1 to 200 CVs, Wecruit reads them in the background with a live progress bar,
 * and each one read lands in the recruiter's review queue.
 */
@Route("candidates/add-from-cvs")
@PageTitle("Add from CVs · Wecruit")
@RolesAllowed("RECRUITER")
class AddFromCvsView extends Div {

    private final CvIntakeService intake;
    private final LiveWork live;
    private final BackgroundWork work;
    private final List<CvUpload> dropped = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Button read = new Button("Read CVs");
    private final Div progress = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1, 0);
    private final Span progressText = new Span();
    private final UnorderedList problems = new UnorderedList();
    private final Button review = new Button("Review CVs");
    private UUID workId;
    private Registration watching;

    AddFromCvsView(CvIntakeService intake, LiveWork live, BackgroundWork work, DocumentService documents) {
        this.intake = intake;
        this.live = live;
        this.work = work;
        addClassNames("list-view", "add-from-cvs-view");
        var header = new Div(new Div(new H2("Add candidates from CVs")));
        header.addClassName("list-view-header");

        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            dropped.add(new CvUpload(metadata.fileName(), content));
            read.setEnabled(true);
            read.setText(dropped.size() == 1 ? "Read 1 CV" : "Read " + dropped.size() + " CVs");
        }));
        upload.addClassName("cv-drop");
        upload.setMaxFiles(CvIntakeService.MAX_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSize().toBytes()));
        upload.setAcceptedFileTypes(DocumentFormat.uploadTypes());
        upload.setDropLabel(new Span("Drop up to " + CvIntakeService.MAX_FILES
                + " CVs here (PDF, Word or text, up to " + documents.maxSize().toMegabytes() + " MB each)"));
        read.addClassName("cv-read");
        read.setEnabled(false);
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(event -> start());

        bar.addClassName("intake-progress");
        progressText.addClassName("intake-progress-text");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClassName("cv-review-open");
        review.setVisible(false);
        review.addClickListener(event -> event.getSource().getUI().ifPresent(ui -> ui.navigate(CvReviewView.ROUTE)));
        problems.addClassName("intake-problems");
        progress.add(bar, progressText, problems, review);
        progress.setVisible(false);

        add(header, new Paragraph("Wecruit reads each CV and proposes the candidate's details; you check them, "
                + "next to the CV, before anything is saved."), upload, read, progress);
    }

    private void start() {
        StartedIntake started;
        try {
            started = intake.addCvs(List.copyOf(dropped));
        } catch (InvalidInputException e) {
            progressText.setText(String.join(" ", e.fieldErrors().values()));
            progress.setVisible(true);
            return;
        }
        workId = started.workId();
        dropped.clear();
        upload.clearFileList();
        upload.setVisible(false);
        read.setVisible(false);
        progress.setVisible(true);
        watch();
        work.find(workId).ifPresent(summary -> show(new WorkProgressed(null, workId, summary.status(),
                summary.total(), summary.done(), summary.failed())));
    }

    private void show(WorkProgressed progressed) {
        bar.setValue(progressed.total() == 0 ? 1 : (double) (progressed.done() + progressed.failed())
                / progressed.total());
        progressText.setText(String.format(Locale.UK, "%d of %d CVs read%s", progressed.done() + progressed.failed(),
                progressed.total(), progressed.failed() == 0 ? "" : ", " + progressed.failed() + " could not be read"));
        long toReview = intake.toReviewIn(workId);
        review.setText(toReview == 1 ? "Review 1 CV" : "Review " + toReview + " CVs");
        review.setVisible(toReview > 0);
        if (progressed.status().finished()) {
            problems.removeAll();
            intake.problemsOf(workId).forEach(problem -> problems.add(new ListItem(problem)));
        }
    }

    private void watch() {
        if (workId != null && watching == null) {
            getUI().ifPresent(ui -> watching = live.watch(ui, workId, this::show));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        watch();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }
}
