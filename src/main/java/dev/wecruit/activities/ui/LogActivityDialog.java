package dev.wecruit.activities.ui;

import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RelatedRecord;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Logs a note, call, email or meeting about the page's record, and optionally about the records linked to it (the
 * job a call was about, the company a contact works for).
 */
class LogActivityDialog extends Dialog {

    private final ActivityService activities;
    private final RecordPage page;
    private final Consumer<ActivityEntry> onLogged;
    private final FormErrors errors = new FormErrors();
    private final Select<ActivityType> type = errors.bind("type", new Select<>());
    private final TextField subject = errors.bind("subject", new TextField("Subject"));
    private final TextArea body = errors.bind("body", new TextArea("What happened"));
    private final DateTimePicker occurredAt = errors.bind("occurredAt", new DateTimePicker("When"));
    private final Map<RecordKind, ComboBox<RelatedRecord>> links = new EnumMap<>(RecordKind.class);

    LogActivityDialog(ActivityService activities, Clock clock, RecordPage page, ActivityType initialType,
            Consumer<ActivityEntry> onLogged) {
        this.activities = activities;
        this.page = page;
        this.onLogged = onLogged;
        addClassName("log-activity-dialog");
        setHeaderTitle(TimelinePart.label(initialType) + " about " + page.recordTitle());

        type.setLabel("Kind");
        type.setItems(Stream.of(ActivityType.values()).filter(ActivityType::isLoggedByUsers).toList());
        type.setItemLabelGenerator(TimelinePart::label);
        type.setValue(initialType);
        subject.setMaxLength(300);
        body.setMaxLength(20_000);
        body.setMinHeight("8em");
        occurredAt.setValue(ViewerTime.local(clock.instant()).truncatedTo(ChronoUnit.MINUTES));
        occurredAt.setMax(ViewerTime.local(clock.instant()).plusDays(1));
        var form = new FormLayout(type, occurredAt, subject, body);
        form.setColspan(subject, 2);
        form.setColspan(body, 2);

        for (RelatedRecord related : page.related()) {
            if (related.kind() == page.kind()) {
                continue;
            }
            ComboBox<RelatedRecord> link = links.computeIfAbsent(related.kind(), kind -> {
                var box = new ComboBox<RelatedRecord>("Also about this " + kind.name().toLowerCase(Locale.ROOT));
                box.setItemLabelGenerator(RelatedRecord::label);
                box.setClearButtonVisible(true);
                form.add(box, 2);
                return box;
            });
            List<RelatedRecord> items = Stream.concat(link.getListDataView().getItems(), Stream.of(related)).toList();
            RelatedRecord chosen = link.getValue();
            link.setItems(items);
            link.setValue(chosen != null ? chosen : related.linkedByDefault() ? related : null);
        }

        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("log-activity-save");
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
        add(errors.formError(), form);
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        UUID candidate = id(RecordKind.CANDIDATE);
        UUID job = id(RecordKind.JOB);
        UUID company = id(RecordKind.COMPANY);
        UUID contact = id(RecordKind.CONTACT);
        if (occurredAt.isInvalid()) {
            errors.showFormError("Enter the date and time as shown, or leave the current time.");
            return;
        }
        if (subject.getValue().isBlank() && body.getValue().isBlank()) {
            errors.show(Map.of("body", "Write what happened, or at least a subject"));
            return;
        }
        var draft = new ActivityDraft(type.getValue(), blankToNull(subject.getValue()), blankToNull(body.getValue()),
                ViewerTime.instant(occurredAt.getValue()), candidate, job,
                company, contact);
        try {
            ActivityEntry logged = activities.log(draft);
            close();
            onLogged.accept(logged);
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        }
    }

    private UUID id(RecordKind kind) {
        if (page.kind() == kind) {
            return page.recordId();
        }
        ComboBox<RelatedRecord> link = links.get(kind);
        return link == null || link.getValue() == null ? null : link.getValue().id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
