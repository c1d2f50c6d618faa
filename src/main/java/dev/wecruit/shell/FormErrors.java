package dev.wecruit.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Shows the messages of a refused input next to the fields they are about. A message about a field the form does
 * not show goes to the form's own error line, so no message is ever lost.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Binder<?> binder;
    private final List<Runnable> shown = new ArrayList<>();
    private final Div formError = new Div();

    /** For a form that names its fields with {@link #bind}. */
    public FormErrors() {
        this(null);
    }

    /**
     * For a form with a binder: a message about a property goes to the field bound to it, through the binding's
     * validation status handler, as the binder's own messages do.
     */
    public FormErrors(Binder<?> binder) {
        this.binder = binder;
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
        shown.forEach(Runnable::run);
        shown.clear();
        formError.setText("");
        formError.setVisible(false);
    }

    public void show(Map<String, String> messages) {
        clear();
        Set<Object> placed = new HashSet<>();
        var unplaced = new StringBuilder();
        messages.forEach((name, message) -> {
            // "workHistory[0].title" belongs to the "workHistory" field, if the form has one
            Optional<Target> target = target(name).or(() -> target(name.replaceAll("[\\[.].*$", "")));
            if (target.isPresent() && placed.add(target.get().field())) {
                target.get().show().accept(message);
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

    private Optional<Target> target(String name) {
        HasValidation field = fields.get(name);
        if (field != null) {
            return Optional.of(new Target(field, message -> {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }));
        }
        return Optional.ofNullable(binder).flatMap(bound -> bound.getBinding(name))
                .filter(binding -> binding.getField() instanceof HasValidation)
                .map(binding -> new Target(binding.getField(), message -> {
                    report(binding, Result.error(message));
                    shown.add(() -> report(binding, Result.ok(null)));
                }));
    }

    private static <V> void report(Binder.Binding<?, V> binding, Result<V> result) {
        binding.getValidationStatusHandler().statusChange(new BindingValidationStatus<>(result, binding));
    }

    /** @param field what a message is shown on; one message each, the first (the one to fix first) */
    private record Target(Object field, Consumer<String> show) {
    }
}
