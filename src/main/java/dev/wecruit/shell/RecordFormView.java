package dev.wecruit.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame of a form that creates a record at {@code <path>/new} or edits one at {@code <path>/:id/edit}. The fields
 * are bound to the components of the draft the service takes ({@link #binder}); the service checks everything, and
 * its messages appear next to the fields bound to the components they name. An edit based on an old version is
 * refused with {@link StaleNotice}, never saved over someone else's change. An id that is malformed, unknown or
 * another firm's shows the not-found page.
 *
 * @param <T> the record as the service returns it
 * @param <D> the draft the service takes to create or change one
 */
public abstract class RecordFormView<T, D extends Record> extends Div implements BeforeEnterObserver,
        HasDynamicTitle {

    protected final RecordBinder<D> binder;
    private final FormErrors errors;
    private final String recordName;
    private final String path;
    private final SerializableFunction<T, UUID> idOf;
    private final SerializableFunction<T, String> nameOf;
    private final H2 title;
    private final StaleNotice staleNotice;
    private T editing;

    /**
     * @param recordName what the record is called in a sentence, such as "company"
     * @param path where the records' pages are, such as "companies": a saved record's is {@code companies/<id>}
     * @param idOf the record's id
     * @param nameOf what the record is called, for the form's title: "Edit Acme Ltd"
     */
    protected RecordFormView(String recordName, String path, Class<D> draftType,
            SerializableFunction<T, UUID> idOf, SerializableFunction<T, String> nameOf) {
        this.recordName = recordName;
        this.path = path;
        this.idOf = idOf;
        this.nameOf = nameOf;
        this.binder = new RecordBinder<>(draftType);
        this.errors = new FormErrors(binder);
        this.title = new H2("New " + recordName);
        this.staleNotice = new StaleNotice(recordName);
        addClassName("form-view");
    }

    /** The record with this id, if the firm has it. */
    protected abstract Optional<T> find(UUID id);

    /** The draft that would save the record as it is: what the form shows when it edits the record. */
    protected abstract D draftOf(T record);

    /**
     * Sends the draft to the service: creates a record when {@code editing} is null, else updates it.
     *
     * @throws InvalidInputException with the messages to show next to the fields
     * @throws StaleRecordException when someone else changed the record since it was shown
     */
    protected abstract T save(T editing, D draft);

    /** Where "Cancel" goes when nothing was being edited. */
    protected String whereNewFormsReturn() {
        return path;
    }

    /** Called when the form opens for a new record, with the address's query parameters at hand. */
    protected void enteringNew(BeforeEnterEvent event) {
    }

    /** Fills the fields from the record. A form whose choices depend on the record prepares them, then calls this. */
    protected void show(T record) {
        binder.readRecord(draftOf(record));
    }

    /** Lays the form out: title, notices, the sections, then Save and Cancel. */
    protected void addSections(Component... sections) {
        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("form-save");
        var buttons = new Div(save, new Button("Cancel", click -> leave()));
        buttons.addClassName("form-buttons");
        add(title, staleNotice, errors.formError());
        add(sections);
        add(buttons);
    }

    /** Fields in one column on a phone and two from 32em up. */
    public static FormLayout columns(Component... fields) {
        var layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return layout;
    }

    /** A text field the draft requires, marked so, that takes as many characters as the draft allows. */
    public static TextField requiredText(String label, int maxLength) {
        var field = new TextField(label);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(maxLength);
        return field;
    }

    /**
     * Lets a user add a value that is not among the field's items: typed, then Enter.
     *
     * @param offered whether a typed value joins the items too, for a field whose items are what it holds
     */
    public static void acceptTypedValues(MultiSelectComboBox<String> field, boolean offered) {
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(event -> {
            String value = event.getDetail() == null ? "" : event.getDetail().strip();
            if (!value.isEmpty()) {
                var values = new LinkedHashSet<>(field.getValue());
                values.add(value);
                if (offered) {
                    field.setItems(values);
                }
                field.setValue(values);
            }
        });
    }

    /** The id a query parameter of the address names, such as the company in {@code jobs/new?company=<id>}. */
    protected static Optional<UUID> idParameter(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name).flatMap(RecordPageView::parseId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            editing = null;
            title.setText("New " + recordName);
            errors.clear();
            staleNotice.setVisible(false);
            binder.forgetKept();
            enteringNew(event);
            return;
        }
        Optional<T> found = RecordPageView.parseId(id.get()).flatMap(this::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such " + recordName + " in your firm");
            return;
        }
        edit(found.get());
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Wecruit";
    }

    private void edit(T record) {
        editing = record;
        title.setText("Edit " + nameOf.apply(record));
        show(record);
    }

    private void save() {
        D draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            errors.showFormError("Some fields hold values that are not numbers or dates; correct them first.");
            return;
        }
        try {
            T saved = save(editing, draft);
            errors.clear();
            getUI().ifPresent(ui -> ui.navigate(pageOf(saved)));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleRecordException e) {
            staleNotice.show(() -> find(idOf.apply(editing)).ifPresentOrElse(this::edit, this::leave));
        }
    }

    private String pageOf(T record) {
        return path + "/" + idOf.apply(record);
    }

    protected void leave() {
        String back = editing == null ? whereNewFormsReturn() : pageOf(editing);
        getUI().ifPresent(ui -> ui.navigate(back));
    }
}
