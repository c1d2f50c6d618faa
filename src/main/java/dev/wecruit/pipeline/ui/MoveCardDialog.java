package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import dev.wecruit.jobs.Stage;
import java.util.List;

/**
 * "Move to…" for one card: the keyboard's way to do what dragging does. Every other stage takes the card last; its
 * own column offers a step up or down. The dialog only says what was chosen; the board makes the move.
 */
class MoveCardDialog extends Dialog {

    /** Where the member put the card: a stage, and a place in its column ({@link Integer#MAX_VALUE} for last). */
    @FunctionalInterface
    interface Choice {
        void moveTo(Stage stage, int position);
    }

    /** For a card at {@code index} of the {@code columnSize} cards in {@code current}. */
    MoveCardDialog(String candidateName, List<Stage> stages, Stage current, int index, int columnSize,
            Choice onChoice) {
        super("Move " + candidateName + " to…");
        addClassName("board-move-dialog");
        var choices = new Div();
        choices.addClassName("board-move-choices");
        for (Stage stage : stages) {
            if (!stage.id().equals(current.id())) {
                choices.add(choice(stage.name(), () -> onChoice.moveTo(stage, Integer.MAX_VALUE)));
            }
        }
        if (index > 0) {
            choices.add(choice("Up in " + current.name(), () -> onChoice.moveTo(current, index - 1)));
        }
        if (index < columnSize - 1) {
            choices.add(choice("Down in " + current.name(), () -> onChoice.moveTo(current, index + 1)));
        }
        add(choices);
        getFooter().add(new Button("Cancel", click -> close()));
    }

    private Button choice(String label, Runnable move) {
        var button = new Button(label, click -> {
            close();
            move.run();
        });
        button.addClassName("board-move-to");
        return button;
    }
}
