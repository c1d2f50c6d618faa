package dev.wecruit.duplicates.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.wecruit.duplicates.CandidateMerge;
import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.duplicates.MergeField;
import dev.wecruit.duplicates.MergePreview;
import dev.wecruit.duplicates.MergeSide;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Two candidates side by side: a row per field with each one's value and a choice of which to keep (the survivor's
 * by default, the other's where the survivor has none). "Swap" keeps the other record instead. "Merge" merges and
 * opens the kept candidate's page; the message says it can be undone there.
 */
class MergeCandidatesDialog extends Dialog {

    private final CandidateMergeService merges;
    private final Div rows = new Div();
    private final Div error = new Div();
    private final Map<MergeField, RadioButtonGroup<MergeSide>> choices = new EnumMap<>(MergeField.class);
    private MergePreview preview;

    MergeCandidatesDialog(CandidateMergeService merges, UUID survivorId, UUID otherId) {
        this.merges = merges;
        addClassName("merge-candidates-dialog");
        setWidth("56rem");
        rows.addClassName("merge-rows");
        error.addClassName("merge-error");
        var swap = new Button("Swap: keep the other", click -> show(preview.other().id(), preview.survivor().id()));
        swap.addClassName("merge-swap");
        var merge = new Button("Merge", click -> merge());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClassName("merge-confirm");
        var cancel = new Button("Cancel", click -> close());
        add(new Paragraph("Choose the value to keep for each field. Activities, applications, stage history and"
                + " documents of both stay with the candidate kept. A merge can be undone for "
                + merges.unmergePeriod().toDays() + " days."), rows, error);
        getFooter().add(swap, cancel, merge);
        show(survivorId, otherId);
    }

    private void show(UUID survivorId, UUID otherId) {
        preview = merges.preview(survivorId, otherId);
        setHeaderTitle("Merge " + preview.other().fullName() + " into " + preview.survivor().fullName());
        rows.removeAll();
        choices.clear();
        error.setText("");
        var head = new Div(new Span(""), new Span("Kept: " + preview.survivor().fullName()),
                new Span("Merged away: " + preview.other().fullName()));
        head.addClassName("merge-row-head");
        rows.add(head);
        for (MergePreview.Row row : preview.rows()) {
            var line = new Div();
            line.addClassName("merge-row");
            line.getElement().setAttribute("data-field", row.field().name());
            var label = new Span(row.field().label());
            label.addClassName("merge-field");
            if (row.same()) {
                var value = new Span(row.survivorValue().isEmpty() ? "(none)" : row.survivorValue());
                value.addClassName("merge-same");
                line.add(label, value);
            } else {
                var choice = new RadioButtonGroup<MergeSide>();
                choice.addClassName("merge-choice");
                choice.setItems(MergeSide.SURVIVOR, MergeSide.OTHER);
                choice.setItemLabelGenerator(side -> {
                    String value = side == MergeSide.SURVIVOR ? row.survivorValue() : row.otherValue();
                    return value.isEmpty() ? "(none)" : value;
                });
                choice.setValue(row.chosen());
                choices.put(row.field(), choice);
                line.add(label, choice);
            }
            rows.add(line);
        }
    }

    /** The radio group of a field, for tests and for the keyboard; null where both have the same value. */
    RadioButtonGroup<MergeSide> choiceOf(MergeField field) {
        return choices.get(field);
    }

    private void merge() {
        Map<MergeField, MergeSide> chosen = new EnumMap<>(MergeField.class);
        choices.forEach((field, group) -> chosen.put(field, group.getValue()));
        try {
            CandidateMerge merge = merges.merge(preview.survivor().id(), preview.survivor().version(),
                    preview.other().id(), preview.other().version(), chosen);
            close();
            Notification.show(merge.retiredName() + " was merged into " + merge.survivorName()
                    + ". You can undo it on their page.");
            UI.getCurrent().navigate("candidates/" + merge.survivorId());
        } catch (InvalidInputException e) {
            error.setText(String.join(" ", e.fieldErrors().values()));
        } catch (StaleRecordException e) {
            error.setText("One of them was changed since this opened: showing them as they are now.");
            String message = error.getText();
            show(preview.survivor().id(), preview.other().id());
            error.setText(message);
        }
    }
}
