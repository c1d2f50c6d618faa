package dev.wecruit.auth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;

/**
 * Choose a new password. A member who signed in with a one-time password lands here before anything else, and
 * cannot leave until they have chosen one.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Choose your password · Wecruit")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");

    ChangePasswordView(LocalAccountService accounts, SignedInMembers sessions) {
        addClassName("change-password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        boolean firstTime = sessions.current().map(member -> member.mustChangePassword()).orElse(false);
        if (firstTime) {
            current.setLabel("One-time password");
        }
        chosen.setHelperText("At least " + LocalAccountService.MIN_PASSWORD_LENGTH + " characters");
        chosen.setRevealButtonVisible(true);
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidth("22rem");
            field.setRequired(true);
        }
        var save = new Button("Save password", click -> {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage("The two new passwords differ");
                repeated.setInvalid(true);
                return;
            }
            try {
                accounts.changePassword(current.getValue(), chosen.getValue());
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException e) {
                show(current, e.fieldErrors().get("currentPassword"));
                show(chosen, e.fieldErrors().get("newPassword"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClassName("change-password-save");
        add(new H1("Choose your password"),
                new Paragraph(firstTime ? "You signed in with a one-time password. Choose your own to continue."
                        : "Enter your current password, then the new one twice."),
                current, chosen, repeated, save);
    }

    private static void show(PasswordField field, String error) {
        if (error != null) {
            field.setErrorMessage(error);
            field.setInvalid(true);
        }
    }
}
