package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks why a candidate is rejected before the card goes to a rejected stage: a rejection needs a reason. Cancel
 * leaves the card where it was; the dialog only hands the reason over, and the board makes the move.
 */
class RejectCardDialog extends Dialog {

    RejectCardDialog(String candidateName, Consumer<String> onReason) {
        super("Why is " + candidateName + " rejected?");
        addClassName("board-reject-dialog");
        var reason = new TextArea("Reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("Kept with the application; the client does not see it");
        var confirm = new Button("Reject", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason for the rejection");
                reason.setInvalid(true);
                return;
            }
            close();
            onReason.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("board-reject-confirm");
        add(reason);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
