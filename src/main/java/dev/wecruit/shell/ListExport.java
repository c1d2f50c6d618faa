package dev.wecruit.shell;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The "Export" button of a list: a dialog to choose CSV or XLSX and the extra columns beyond those shown, and a
 * download that streams the file from the list's own service as the browser reads it. What to export (the list's
 * current search, filters and order) is taken on the UI's thread each time the choice changes, so the download,
 * which runs in its own request, reads no component.
 *
 * @param <F> the list's extra columns
 */
public class ListExport<F> extends Button {

    /** Writes the list to a file; what a feature's service offers as its export. */
    @FunctionalInterface
    public interface Exporter<F> {

        /** @return how many rows were written */
        int write(SheetFormat format, Set<F> extras, OutputStream out);
    }

    private final String fileName;
    private final Supplier<Exporter<F>> current;
    private final RadioButtonGroup<SheetFormat> format = new RadioButtonGroup<>("Format");
    private final CheckboxGroup<F> extras = new CheckboxGroup<>("Extra columns");
    private final Anchor download = new Anchor();
    private final Dialog dialog = new Dialog();
    private SheetDownload<F> handler;

    /**
     * @param fileName the downloaded file's name without extension, such as "candidates"
     * @param choices the extra columns the member may add, in the file's order
     * @param current what to export now: called on the UI's thread when the dialog opens and at each change
     */
    public ListExport(String fileName, List<F> choices, ItemLabelGenerator<F> label, Supplier<Exporter<F>> current) {
        super("Export", VaadinIcon.DOWNLOAD.create());
        this.fileName = fileName;
        this.current = current;
        addClassName("list-export");
        addClickListener(click -> open());

        format.setItems(SheetFormat.values());
        format.setItemLabelGenerator(value -> value == SheetFormat.XLSX ? "Excel (XLSX)" : "CSV (UTF-8)");
        format.setValue(SheetFormat.XLSX);
        format.addClassName("list-export-format");
        extras.setItems(choices);
        extras.setItemLabelGenerator(label);
        extras.setVisible(!choices.isEmpty());
        extras.addClassName("list-export-extras");
        format.addValueChangeListener(event -> prepare());
        extras.addValueChangeListener(event -> prepare());

        download.setText("Download");
        download.setTarget(AnchorTarget.BLANK);
        download.getElement().setAttribute("download", true);
        download.addClassName("list-export-download");
        var close = new Button("Close", click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.setHeaderTitle("Export " + fileName);
        dialog.add(new Paragraph("The rows of the list as it is now, in its order, with its columns and the extras "
                + "chosen. Exports that name people are recorded in the audit log."), format, extras);
        dialog.getFooter().add(close, download);
        dialog.addClassName("list-export-dialog");
    }

    /** Opens the dialog, ready to download the list as it is now. */
    public void open() {
        prepare();
        dialog.open();
    }

    /** The download the dialog offers now. */
    public SheetDownload<F> download() {
        return handler;
    }

    private void prepare() {
        SheetFormat chosen = format.getValue() == null ? SheetFormat.XLSX : format.getValue();
        handler = new SheetDownload<>(chosen.fileName(fileName), chosen, Set.copyOf(extras.getValue()),
                current.get());
        download.setHref(handler);
    }

    /** A file of the list, written as the browser downloads it. */
    public static final class SheetDownload<F> implements DownloadHandler {

        private final String fileName;
        private final SheetFormat format;
        private final Set<F> extras;
        private final Exporter<F> exporter;

        SheetDownload(String fileName, SheetFormat format, Set<F> extras, Exporter<F> exporter) {
            this.fileName = fileName;
            this.format = format;
            this.extras = extras;
            this.exporter = exporter;
        }

        public String fileName() {
            return fileName;
        }

        public SheetFormat format() {
            return format;
        }

        public Set<F> extras() {
            return extras;
        }

        /** Writes the file: what the download does once it named and typed the response. */
        public int writeTo(OutputStream out) {
            return exporter.write(format, extras, out);
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName(fileName);
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                writeTo(out);
            }
        }
    }
}
