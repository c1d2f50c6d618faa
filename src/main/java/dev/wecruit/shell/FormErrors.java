package dev.wecruit.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the messages of a refused input next to the fields they are about. A message about a field the form does
 * not show goes to the form's own error line, so no message is ever lost.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div formError = new Div();

    public FormErrors() {
        formError.addClassName("form-error");
        formError.setVisible(false);
        formError.getElement().setAttribute("role", "alert");
    }

    /** @param name the field's name in the input record, as the service reports it */
    public <T extends HasValidation> T bind(String name, T field) {
        fields.put(name, field);
        return field;
    }

    /** The line for messages that belong to no single field. */
    public Div formError() {
        return formError;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        formError.setText("");
        formError.setVisible(false);
    }

    public void show(Map<String, String> messages) {
        clear();
        var unplaced = new StringBuilder();
        messages.forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                // "workHistory[0].title" belongs to the "workHistory" field, if the form has one
                field = fields.get(name.replaceAll("[\\[.].*$", ""));
            }
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message);
            }
        });
        showFormError(unplaced.toString());
    }

    public void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(!message.isEmpty());
    }
}
