package dev.wecruit.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame of a form that creates a record at {@code .../new} or edits one at {@code .../:id/edit}. The service
 * checks everything: its messages appear next to the fields ({@link #errors}), and an edit based on an old version is
 * refused with {@link StaleNotice}, never saved over someone else's change. An id that is malformed, unknown or
 * another firm's shows the not-found page.
 *
 * @param <T> the record as the service returns it
 */
public abstract class RecordFormView<T> extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final FormErrors errors = new FormErrors();
    private final String recordName;
    private final H2 title;
    private final StaleNotice staleNotice;
    private T editing;

    /** @param recordName what the record is called in a sentence, such as "company" */
    protected RecordFormView(String recordName) {
        this.recordName = recordName;
        this.title = new H2("New " + recordName);
        this.staleNotice = new StaleNotice(recordName);
        addClassName("form-view");
    }

    /** The record with this id, if the firm has it. */
    protected abstract Optional<T> find(UUID id);

    protected abstract UUID idOf(T record);

    /** What the record is called, for the form's title: "Edit Acme Ltd". */
    protected abstract String nameOf(T record);

    /** Fills the fields from the record. */
    protected abstract void show(T record);

    /**
     * Sends the fields to the service: creates a record when {@code editing} is null, else updates it.
     *
     * @throws InvalidInputException with the messages to show next to the fields
     * @throws StaleRecordException when someone else changed the record since it was shown
     */
    protected abstract T save(T editing);

    /** Where a saved record is shown, such as {@code companies/<id>}. */
    protected abstract String pageOf(T saved);

    /** Where "Cancel" goes when nothing was being edited. */
    protected abstract String whereNewFormsReturn();

    /** Called when the form opens for a new record, with the address's query parameters at hand. */
    protected void enteringNew(BeforeEnterEvent event) {
    }

    /** Checks the browser's own field checks (numbers, dates) passed; false keeps the form as it is. */
    protected boolean readyToSave() {
        return true;
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

    /** The record being edited; null on a form for a new one. */
    protected T editing() {
        return editing;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            editing = null;
            title.setText("New " + recordName);
            errors.clear();
            staleNotice.setVisible(false);
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
        title.setText("Edit " + nameOf(record));
        show(record);
    }

    private void save() {
        if (!readyToSave()) {
            errors.showFormError("Some fields hold values that are not numbers or dates; correct them first.");
            return;
        }
        try {
            T saved = save(editing);
            errors.clear();
            getUI().ifPresent(ui -> ui.navigate(pageOf(saved)));
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleRecordException e) {
            staleNotice.show(() -> find(idOf(editing)).ifPresentOrElse(this::edit, this::leave));
        }
    }

    protected void leave() {
        String back = editing == null ? whereNewFormsReturn() : pageOf(editing);
        getUI().ifPresent(ui -> ui.navigate(back));
    }
}
