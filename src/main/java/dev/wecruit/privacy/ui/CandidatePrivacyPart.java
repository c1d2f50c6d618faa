package dev.wecruit.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.privacy.CandidateRetention;
import dev.wecruit.privacy.ErasureService;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.RecordKind;
import dev.wecruit.shell.RecordPage;
import dev.wecruit.shell.RecordPagePart;
import dev.wecruit.shell.RecordPageView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On a candidate's page, for admins: where they stand with retention (due on a day, or kept until one) and "Erase
 * this person", which asks for their name typed out before it erases them for good.
 */
@Component
class CandidatePrivacyPart implements RecordPagePart {

    private final RetentionService retention;
    private final ErasureService erasure;
    private final CurrentTenant currentTenant;

    CandidatePrivacyPart(RetentionService retention, ErasureService erasure, CurrentTenant currentTenant) {
        this.retention = retention;
        this.erasure = erasure;
        this.currentTenant = currentTenant;
    }

    @Override
    public boolean appliesTo(RecordKind kind) {
        return kind == RecordKind.CANDIDATE;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Section create(RecordPage page) {
        if (!currentTenant.may(Role.ADMIN)) {
            return Section.none();
        }
        var status = new Div();
        var section = RecordPageView.section("Retention", status);
        section.addClassName("candidate-retention");
        Runnable reload = () -> {
            status.removeAll();
            CandidateRetention standing = retention.of(page.recordId());
            if (standing.dueOn() != null) {
                status.add(new Paragraph("Due for anonymisation on " + Display.day(standing.dueOn()) + ": "
                        + standing.rule().label().toLowerCase(java.util.Locale.ROOT) + ". Log an activity or extend"
                        + " them in Privacy to keep them."));
            }
            if (standing.keptUntil() != null) {
                status.add(new Paragraph("Kept until " + Display.day(standing.keptUntil()) + ": "
                        + standing.keptBecause()));
            }
            if (status.getComponentCount() == 0) {
                status.add(RecordPageView.emptyNote("Kept under the firm's retention rules."));
            }
        };
        reload.run();
        var erase = new Button("Erase this person", VaadinIcon.TRASH.create(), click -> openErase(page));
        erase.addClassName("erase-candidate");
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new Section(section, List.of(erase), reload, List::of);
    }

    private void openErase(RecordPage page) {
        String name = erasure.confirmationFor(page.recordId());
        var dialog = new Dialog("Erase " + name + "?");
        dialog.addClassName("erase-candidate-dialog");
        dialog.add(new Paragraph("This deletes the candidate and everything only about them: their details, files,"
                + " CV text, applications and stage history, activities about them alone, and the matching index."
                + " Activities also about a job or a contact stay there without them. It cannot be undone; the"
                + " audit log keeps only that a candidate was erased, by whom and when."));
        var confirmation = new TextField("Type " + name + " to confirm");
        confirmation.addClassName("erase-confirmation");
        confirmation.setWidthFull();
        dialog.add(confirmation);
        var confirm = new Button("Erase for good", click -> {
            try {
                erasure.erase(page.recordId(), confirmation.getValue());
                dialog.close();
                Notification.show(name + " was erased").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("candidates");
            } catch (InvalidInputException e) {
                confirmation.setErrorMessage(String.join(" ", e.fieldErrors().values()));
                confirmation.setInvalid(true);
            }
        });
        confirm.addClassName("erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.setWidth("min(34rem, 95vw)");
        dialog.open();
        confirmation.focus();
    }
}
