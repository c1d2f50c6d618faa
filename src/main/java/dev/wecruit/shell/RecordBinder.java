package dev.wecruit.shell;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Binds a form's fields to the components of the draft record its service takes: {@link #readRecord} shows a draft,
 * {@link #writeRecord} builds one from the fields. Every component needs a binding by its name; one the form does not
 * show is {@linkplain #keep kept} as read.
 *
 * <p>The service checks the draft. The binder stops a save only where there is nothing to send: a number or a date
 * the browser could not read (the field's own check). Text goes as typed, so the service's messages about lengths
 * and addresses are the ones shown; {@link FormErrors} puts them on the bound fields.
 *
 * @param <D> the draft record
 */
public class RecordBinder<D extends Record> extends Binder<D> {

    private final List<Kept<?>> kept = new ArrayList<>();

    public RecordBinder(Class<D> draftType) {
        super(draftType);
    }

    @Override
    public <V> BindingBuilder<D, V> forField(HasValue<?, V> field) {
        return super.forField(field).withDefaultValidator(!(field.getEmptyValue() instanceof String));
    }

    /**
     * Binds a component the form does not show: a save sends it back as the draft read last had it (such as a
     * candidate's work history on the form for their contact details), or as {@code empty} on a new record.
     */
    public <V> void keep(String property, V empty) {
        var holder = new Kept<>(empty);
        kept.add(holder);
        forField(holder).bind(property);
    }

    /** Forgets what was kept, for a form that starts a new record. */
    public void forgetKept() {
        kept.forEach(Kept::forget);
    }

    /** A list as a text area shows it: a value a line. Blank lines are dropped and the rest stripped. */
    public static Converter<String, List<String>> lines() {
        return Converter.from(text -> Result.ok(text == null ? List.of() : Arrays.stream(text.split("\\R"))
                        .map(String::strip).filter(line -> !line.isEmpty()).toList()),
                values -> values == null ? "" : String.join("\n", values));
    }

    /** A list as a multi-select shows it, in its order. */
    public static <V> Converter<Set<V>, List<V>> listed() {
        return Converter.from(chosen -> Result.ok(List.copyOf(chosen)),
                values -> values == null ? new LinkedHashSet<>() : new LinkedHashSet<>(values));
    }

    /**
     * An id as a field that chooses among items shows it.
     *
     * @param id the id of an item
     * @param item the item an id stands for; null when the field cannot show it
     */
    public static <T> Converter<T, UUID> ids(SerializableFunction<T, UUID> id, SerializableFunction<UUID, T> item) {
        return Converter.from(chosen -> Result.ok(chosen == null ? null : id.apply(chosen)),
                value -> value == null ? null : item.apply(value));
    }

    /** Holds a kept value; no user can change it, so it has no events and no validation. */
    private static final class Kept<V> implements HasValue<HasValue.ValueChangeEvent<V>, V> {

        private final V empty;
        private V value;

        Kept(V empty) {
            this.empty = empty;
            this.value = empty;
        }

        void forget() {
            value = empty;
        }

        @Override
        public void setValue(V value) {
            this.value = value;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V getEmptyValue() {
            return empty;
        }

        @Override
        public Registration addValueChangeListener(ValueChangeListener<? super ValueChangeEvent<V>> listener) {
            return () -> {
            };
        }

        @Override
        public void setReadOnly(boolean readOnly) {
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
        }

        @Override
        public boolean isRequiredIndicatorVisible() {
            return false;
        }
    }
}
