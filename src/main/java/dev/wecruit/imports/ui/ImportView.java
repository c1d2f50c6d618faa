package dev.wecruit.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.DryRun;
import dev.wecruit.imports.ImportField;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.ImportMode;
import dev.wecruit.imports.ImportService;
import dev.wecruit.imports.ImportSummary;
import dev.wecruit.imports.ImportTable;
import dev.wecruit.imports.ImportTemplate;
import dev.wecruit.imports.ResultFile;
import dev.wecruit.imports.RowCheck;
import dev.wecruit.imports.StartedImport;
import dev.wecruit.imports.UndoneImport;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.ViewerTime;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.LiveWork;
import dev.wecruit.work.WorkProgressed;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * "Import": choose what the file holds (candidates, companies with their contacts, or jobs), upload a spreadsheet,
 * choose its sheet, map its columns (suggested, or from a saved template), preview
 * the first rows with each invalid cell marked, dry-run the whole file, import it in either mode with a live progress
 * bar, download the file back with its result column; and the firm's recent imports with "Undo import".
 */
@Route("imports")
@PageTitle("Import · Wecruit")
@Menu(order = 5, title = "Import", icon = "vaadin:upload")
@RolesAllowed("RECRUITER")
class ImportView extends Div {

    private final ImportService imports;
    private final LiveWork live;
    private final BackgroundWork work;
    private final Clock clock;

    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("The file holds");
    private final H2 title = new H2();
    private final Upload upload = new Upload();
    private final Span fileMessage = new Span();
    private final Select<String> sheet = new Select<>();
    private final Div mappingSection = new Div();
    private final Div columns = new Div();
    private final Select<ImportTemplate> template = new Select<>();
    private final TextField separator = new TextField("Split skills and tags by");
    private final TextField templateName = new TextField("Save this mapping as");
    private final Span mappingMessage = new Span();
    private final Span layout = new Span();
    private final Grid<RowCheck> preview = new Grid<>();
    private final Div dryRunSection = new Div();
    private final Span dryRunSummary = new Span();
    private final UnorderedList dryRunProblems = new UnorderedList();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("When a row is invalid");
    private final Button importButton = new Button("Import");
    private final Div progress = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1, 0);
    private final Span progressText = new Span();
    private final Div resultLink = new Div();
    private final Div recent = new Div();

    private String fileName;
    private byte[] content;
    private ImportTable table;
    private ColumnMapping mapping;
    private final List<Select<ImportField>> fieldSelects = new ArrayList<>();
    private StartedImport started;
    private Registration watching;

    ImportView(ImportService imports, LiveWork live, BackgroundWork work, Clock clock) {
        this.imports = imports;
        this.live = live;
        this.work = work;
        this.clock = clock;
        addClassNames("list-view", "import-view");
        var header = new Div(new Div(title));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.CANDIDATES);
        kind.addClassName("import-kind");
        title.setText(titleOf(ImportKind.CANDIDATES));
        kind.addValueChangeListener(event -> {
            title.setText(titleOf(event.getValue()));
            if (table != null) {
                // the same file read as another kind: its columns are suggested again, nothing checked yet
                mapping = imports.suggest(event.getValue(), table);
                template.setValue(null);
                showMapping();
                preview.setVisible(false);
                dryRunSection.setVisible(false);
                mappingMessage.setText("");
            }
        });
        header.addClassName("list-view-header");

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            sheet.setVisible(false);
            readSheet(null);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileBytes()));
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new Span("Drop a spreadsheet here (.xlsx or .csv, up to "
                + imports.maxFileBytes() / (1024 * 1024) + " MB)"));
        upload.addClassName("import-upload");
        fileMessage.addClassName("import-file-message");
        sheet.setLabel("Sheet");
        sheet.setVisible(false);
        sheet.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                readSheet(event.getValue());
            }
        });

        template.setLabel("Template");
        template.setItemLabelGenerator(saved -> saved == null ? "Suggested from the headers" : saved.name());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption("Suggested from the headers");
        template.addValueChangeListener(event -> {
            if (event.isFromClient() && table != null) {
                mapping = event.getValue() == null ? imports.suggest(kind.getValue(), table)
                        : imports.apply(kind.getValue(), event.getValue(), table.headers());
                showMapping();
            }
        });
        separator.setMaxLength(3);
        separator.setWidth("10em");
        separator.addValueChangeListener(event -> {
            if (mapping != null) {
                mapping = mapping.withSeparator(event.getValue());
            }
        });
        var saveTemplate = new Button("Save template", click -> saveTemplate());
        saveTemplate.addClassName("import-save-template");
        var previewButton = new Button("Preview", click -> showPreview());
        previewButton.addClassName("import-preview");
        var dryRunButton = new Button("Dry run", click -> dryRun());
        dryRunButton.addClassName("import-dry-run");
        dryRunButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        columns.addClassName("import-columns");
        layout.addClassName("import-layout");
        mappingMessage.addClassName("import-mapping-message");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.addClassName("import-preview-grid");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        mappingSection.add(new H3("Columns"), layout, new Div(template, separator), columns,
                new Div(templateName, saveTemplate), new Div(previewButton, dryRunButton), mappingMessage, preview);
        mappingSection.setVisible(false);

        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(ImportMode::label);
        mode.setValue(ImportMode.SKIP_INVALID);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("import-run");
        importButton.addClickListener(click -> start());
        dryRunSummary.addClassName("import-dry-run-summary");
        dryRunProblems.addClassName("import-problems");
        dryRunSection.add(new H3("Dry run"), dryRunSummary, dryRunProblems, mode, importButton);
        dryRunSection.setVisible(false);

        bar.addClassName("import-progress");
        progressText.addClassName("import-progress-text");
        progress.add(bar, progressText, resultLink);
        progress.setVisible(false);

        recent.addClassName("import-recent");
        add(header, new Paragraph("Bring candidates, companies with their contacts (one row per contact), or jobs in"
                + " from a spreadsheet or another system's export. Nothing is written until you import, and an import"
                + " can be undone."), kind, upload, fileMessage, sheet,
                mappingSection, dryRunSection, progress, new H3("Recent imports"), recent);
        showRecent();
    }

    private void readSheet(String sheetName) {
        try {
            table = imports.read(fileName, content, sheetName);
        } catch (InvalidInputException e) {
            table = null;
            fileMessage.setText(String.join(" ", e.fieldErrors().values()));
            mappingSection.setVisible(false);
            dryRunSection.setVisible(false);
            return;
        }
        fileMessage.setText(fileName + ": " + table.size() + (table.size() == 1 ? " row" : " rows"));
        if (table.sheets().size() > 1) {
            sheet.setItems(table.sheets());
            sheet.setValue(table.sheet());
            sheet.setVisible(true);
        }
        mapping = imports.suggest(kind.getValue(), table);
        template.setItems(imports.templates());
        showMapping();
        mappingSection.setVisible(true);
        dryRunSection.setVisible(false);
        preview.setVisible(false);
    }

    private void showMapping() {
        columns.removeAll();
        fieldSelects.clear();
        layout.setText(mapping.layout() == null ? "" : "Recognised: " + mapping.layout());
        separator.setValue(mapping.separator());
        for (int column = 0; column < table.headers().size(); column++) {
            int index = column;
            var select = new Select<ImportField>();
            select.setLabel(table.headers().get(column));
            select.setItems(ImportField.of(kind.getValue()));
            select.setItemLabelGenerator(ImportField::label);
            select.setValue(mapping.field(column));
            select.addClassName("import-column");
            String sample = table.rows().getFirst().get(column);
            select.setHelperText(sample.length() > 40 ? sample.substring(0, 40) + "…" : sample);
            select.addValueChangeListener(event -> mapping = mapping.withField(index, event.getValue()));
            fieldSelects.add(select);
            columns.add(select);
        }
    }

    private void saveTemplate() {
        try {
            ImportTemplate saved = imports.saveTemplate(templateName.getValue(), table.headers(), mapping);
            template.setItems(imports.templates());
            templateName.clear();
            templateName.setInvalid(false);
            mappingMessage.setText("Saved the template \"" + saved.name() + "\"");
        } catch (InvalidInputException e) {
            templateName.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            templateName.setInvalid(true);
        }
    }

    private void showPreview() {
        List<RowCheck> checks;
        try {
            checks = imports.preview(kind.getValue(), table, mapping);
        } catch (InvalidInputException e) {
            mappingMessage.setText(String.join(" ", e.fieldErrors().values()));
            return;
        }
        mappingMessage.setText("");
        preview.removeAllColumns();
        preview.addColumn(RowCheck::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(check -> check.outcome().label()).setHeader("Check").setAutoWidth(true);
        for (int column = 0; column < table.headers().size(); column++) {
            int index = column;
            if (mapping.field(column) == ImportField.SKIP) {
                continue;
            }
            preview.addColumn(check -> {
                String value = table.rows().get(check.index()).get(index);
                String error = check.cellErrors().get(index);
                return error == null ? value : (value.isEmpty() ? "" : value + " ") + "⚠ " + error;
            }).setHeader(table.headers().get(column)).setPartNameGenerator(check ->
                    check.cellErrors().containsKey(index) ? "import-cell-invalid" : null).setAutoWidth(true);
        }
        preview.addColumn(check -> check.reason() == null ? "" : check.reason()).setHeader("Why");
        preview.setItems(checks);
        preview.setVisible(true);
    }

    private void dryRun() {
        DryRun result;
        try {
            result = imports.dryRun(kind.getValue(), table, mapping);
        } catch (InvalidInputException e) {
            mappingMessage.setText(String.join(" ", e.fieldErrors().values()));
            return;
        }
        mappingMessage.setText("");
        dryRunSummary.setText(String.format(Locale.UK, "%d to create, %d to update, %d %s, %d invalid",
                result.toCreate(), result.toUpdate(), result.duplicates(),
                result.duplicates() == 1 ? "duplicate" : "duplicates", result.invalid()));
        dryRunProblems.removeAll();
        result.rows().stream().filter(row -> row.reason() != null).limit(200).forEach(row ->
                dryRunProblems.add(new ListItem("Line " + row.line() + " · " + row.outcome().label() + ": "
                        + row.reason())));
        importButton.setText(String.format(Locale.UK, "Import %d rows", result.toCreate() + result.toUpdate()));
        importButton.setEnabled(true);
        dryRunSection.setVisible(true);
    }

    private void start() {
        try {
            started = imports.start(kind.getValue(), table, mapping, mode.getValue());
        } catch (InvalidInputException e) {
            dryRunSummary.setText(String.join(" ", e.fieldErrors().values()));
            return;
        }
        importButton.setEnabled(false);
        mappingSection.setVisible(false);
        progress.setVisible(true);
        resultLink.removeAll();
        watch();
        work.find(started.workId()).ifPresent(summary -> show(new WorkProgressed(null, started.workId(),
                summary.status(), summary.total(), summary.done(), summary.failed())));
    }

    private void show(WorkProgressed progressed) {
        bar.setValue(progressed.total() == 0 ? 1 : (double) (progressed.done() + progressed.failed())
                / progressed.total());
        ImportSummary summary = imports.find(started.batchId()).orElseThrow();
        if (progressed.status().finished()) {
            progressText.setText(summary.status() == ImportSummary.Status.FAILED
                    ? "The import failed: " + summary.created() + " created and " + summary.updated()
                    + " updated before it stopped"
                    : String.format(Locale.UK, "Done: %d created, %d updated, %d skipped", summary.created(),
                            summary.updated(), summary.skipped()));
            resultLink.removeAll();
            resultLink.add(download(summary.id(), "Download the file with its results"));
            showRecent();
        } else {
            progressText.setText(String.format(Locale.UK, "Importing: %d of %d rows done",
                    summary.created() + summary.updated() + summary.skipped(), summary.rows()));
        }
    }

    private Anchor download(UUID batchId, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ResultFile file = imports.resultFile(batchId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("import-result-download");
        return anchor;
    }

    private void showRecent() {
        recent.removeAll();
        List<ImportSummary> latest = imports.recent(20);
        if (latest.isEmpty()) {
            recent.add(new Paragraph("No imports yet."));
        }
        for (ImportSummary summary : latest) {
            var row = new Div();
            row.addClassName("import-recent-row");
            row.add(new Span(summary.fileName() + " · " + ViewerTime.moment(summary.createdAt()) + " · "
                    + String.format(Locale.UK, "%d created, %d updated, %d skipped", summary.created(),
                    summary.updated(), summary.skipped()) + " · " + status(summary.status()) + " "));
            if (clock.instant().isBefore(summary.undoUntil())) {
                row.add(download(summary.id(), "Result file"));
            } else {
                // its rows are deleted once the undo period is over (the daily sweep)
                row.add(new Span("result file kept for the undo period only "));
            }
            if (summary.mayUndo(clock.instant())) {
                var undo = new Button("Undo import", click -> undo(summary));
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                undo.addClassName("import-undo");
                row.add(undo);
            }
            recent.add(row);
        }
    }

    private void undo(ImportSummary summary) {
        UndoneImport undone;
        try {
            undone = imports.undo(summary.id());
        } catch (InvalidInputException e) {
            recent.addComponentAsFirst(new Paragraph(String.join(" ", e.fieldErrors().values())));
            return;
        }
        showRecent();
        var message = new Div(new Span(String.format(Locale.UK, "Undone: %d removed, %d restored.",
                undone.removed(), undone.restored())));
        message.addClassName("import-undo-result");
        if (!undone.changedSince().isEmpty()) {
            message.add(new Paragraph("Changed since the import, so left as they are:"));
            var list = new UnorderedList();
            undone.changedSince().forEach(line -> list.add(new ListItem(line)));
            message.add(list);
        }
        recent.addComponentAsFirst(message);
    }

    private static String titleOf(ImportKind kind) {
        return switch (kind) {
            case CANDIDATES -> "Import candidates";
            case COMPANIES -> "Import companies with contacts";
            case JOBS -> "Import jobs";
        };
    }

    private static String status(ImportSummary.Status status) {
        return switch (status) {
            case RUNNING -> "running";
            case DONE -> "done";
            case FAILED -> "failed";
            case UNDONE -> "undone";
        };
    }

    private void watch() {
        if (started != null && watching == null) {
            getUI().ifPresent(ui -> watching = live.watch(ui, started.workId(), this::show));
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
