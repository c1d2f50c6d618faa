package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageChange;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.FormErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edits a job's stages: rename, reorder, add, remove. A stage that still holds candidates can only be removed once
 * the editor says where they go. Nothing changes until Save, and then all of it at once.
 */
class StageEditorDialog extends Dialog {

    private final ApplicationService applications;
    private final UUID jobId;
    private final ToIntFunction<UUID> cardsIn;
    private final Runnable onSaved;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final FormErrors errors = new FormErrors();
    private final TextField newName = new TextField("New stage");
    private final Select<StageKind> newKind = new Select<>();

    /** A stage in the editor: kept (with its id) or new, maybe marked for removal. */
    private static final class Row {
        private final Stage stage;
        private final TextField name;
        private final StageKind kind;
        private boolean removed;
        private final Select<Stage> target = new Select<>();

        Row(Stage stage, String name, StageKind kind) {
            this.stage = stage;
            this.name = new TextField();
            this.name.setValue(name);
            this.name.setMaxLength(60);
            this.name.setAriaLabel("Stage name");
            this.kind = kind;
        }
    }

    StageEditorDialog(ApplicationService applications, UUID jobId, List<Stage> stages, ToIntFunction<UUID> cardsIn,
            Runnable onSaved) {
        this.applications = applications;
        this.jobId = jobId;
        this.cardsIn = cardsIn;
        this.onSaved = onSaved;
        setHeaderTitle("Stages of this job");
        addClassName("stage-editor");
        stages.forEach(stage -> rows.add(new Row(stage, stage.name(), stage.kind())));
        list.addClassName("stage-editor-rows");

        newName.setMaxLength(60);
        newKind.setLabel("Meaning");
        newKind.setItems(StageKind.values());
        newKind.setItemLabelGenerator(Display::label);
        newKind.setValue(StageKind.ACTIVE);
        var add = new Button("Add stage", VaadinIcon.PLUS.create(), click -> {
            if (!newName.getValue().isBlank()) {
                // a new stage goes before the closing ones (hired, rejected); the editor can move it from there
                rows.add(firstClosedStage(), new Row(null, newName.getValue().strip(), newKind.getValue()));
                newName.clear();
                render();
            }
        });
        add.addClassName("stage-editor-add");
        var adding = new Div(newName, newKind, add);
        adding.addClassName("stage-editor-adding");

        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("stage-editor-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
        add(errors.formError(), list, adding);
        setWidth("min(40rem, 95vw)");
        render();
    }

    private void render() {
        list.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            int at = index;
            var up = new Button(VaadinIcon.ARROW_UP.create(), click -> swap(at, at - 1));
            up.setAriaLabel("Move " + row.name.getValue() + " up");
            up.setEnabled(index > 0);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> swap(at, at + 1));
            down.setAriaLabel("Move " + row.name.getValue() + " down");
            down.setEnabled(index < rows.size() - 1);
            var remove = new Button(row.removed ? "Keep" : "Remove", click -> {
                row.removed = !row.removed;
                render();
            });
            remove.addClassName("stage-editor-remove");
            for (Button button : List.of(up, down, remove)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            var kind = new Span(Display.label(row.kind));
            kind.addClassName("stage-editor-kind");
            var line = new Div(row.name, kind, up, down, remove);
            line.addClassName("stage-editor-row");
            int cards = row.stage == null ? 0 : cardsIn.applyAsInt(row.stage.id());
            if (row.removed) {
                line.addClassName("stage-editor-removed");
                row.name.setEnabled(false);
                if (cards > 0) {
                    row.target.setLabel("Move its " + cards + (cards == 1 ? " candidate" : " candidates") + " to");
                    row.target.setItems(rows.stream().filter(other -> !other.removed && other.stage != null
                            && other.kind != StageKind.REJECTED).map(other -> other.stage).toList());
                    row.target.setItemLabelGenerator(Stage::name);
                    line.add(row.target);
                }
            } else {
                row.name.setEnabled(true);
            }
            list.add(line);
        }
    }

    private void swap(int from, int to) {
        rows.add(to, rows.remove(from));
        render();
    }

    private int firstClosedStage() {
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).kind != StageKind.ACTIVE) {
                return index;
            }
        }
        return rows.size();
    }

    private void save() {
        List<StageChange> wanted = rows.stream().filter(row -> !row.removed)
                .map(row -> new StageChange(row.stage == null ? null : row.stage.id(), row.name.getValue(), row.kind))
                .toList();
        Map<UUID, UUID> moveCardsTo = new HashMap<>();
        rows.stream().filter(row -> row.removed && row.stage != null && row.target.getValue() != null)
                .forEach(row -> moveCardsTo.put(row.stage.id(), row.target.getValue().id()));
        try {
            applications.changeStages(jobId, wanted, moveCardsTo);
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            errors.showFormError(String.join(" ", e.fieldErrors().values()));
        } catch (AccessDeniedException e) {
            errors.showFormError("Only the firm's admins and the job's owner can change its stages.");
        }
    }
}
