package dev.wecruit.administration.ui;

import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.auth.Invitation;
import dev.wecruit.auth.MemberAdministrationService;
import dev.wecruit.clerk.ClerkMemberAdministration;
import dev.wecruit.clerk.ClerkRequestFailedException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The firm's members and their roles. In local mode admins invite people (a one-time password, shown once), change
 * roles and deactivate members. In Clerk mode they invite by email, change roles and remove members through Clerk
 * ({@link ClerkMemberAdministration}); the list shows a change once Clerk's webhook has confirmed it. Without the
 * Clerk secret key the Clerk-mode list is read-only.
 */
@Route("admin/members")
@PageTitle("Members · Wecruit")
@Menu(order = 10, title = "Members", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class MembersView extends Div {

    private final MemberAdministrationService administration;
    /** Clerk mode's administration; none in local mode. */
    private final ClerkMemberAdministration clerk;
    private final UUID me;
    private final Grid<MemberSummary> grid = new Grid<>();

    MembersView(MemberAdministrationService administration, ObjectProvider<ClerkMemberAdministration> clerk,
            CurrentTenant currentTenant) {
        this.administration = administration;
        this.clerk = clerk.getIfAvailable();
        this.me = currentTenant.requireMember().membership().memberId();
        addClassNames("admin-view", "members-view");
        var header = new Div(new H2("Members"));
        header.addClassName("list-view-header");
        if (this.clerk != null) {
            clerkMode(header);
            return;
        }
        var invite = new Button("Invite member", VaadinIcon.PLUS.create(), click -> openInvite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClassName("members-invite");
        header.add(invite);
        add(header);
        grid.addClassName("members-grid");
        grid.addColumn(MemberSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(member -> member.email() == null ? "" : member.email()).setHeader("Email").setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setKey("role");
        grid.addComponentColumn(this::activeToggle).setHeader("Status").setKey("status");
        grid.setAllRowsVisible(true);
        add(grid);
        reload();
    }

    /** Clerk mode: every change is asked of Clerk, and shows here once Clerk's webhook has confirmed it. */
    private void clerkMode(Div header) {
        boolean canChange = clerk.available();
        if (canChange) {
            var invite = new Button("Invite member", VaadinIcon.PLUS.create(), click -> openClerkInvite());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invite.addClassName("members-invite");
            header.add(invite);
        }
        add(header, new Paragraph(canChange
                ? "Members are kept in Clerk: invitations, roles and removals made here are sent to Clerk, and show "
                        + "in this list once Clerk confirms them, within seconds."
                : "Members and their roles are managed in Clerk, in your organization's settings. Changes there "
                        + "reach Wecruit within seconds."));
        grid.addClassName("members-grid");
        grid.addColumn(MemberSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(member -> member.email() == null ? "" : member.email()).setHeader("Email").setFlexGrow(2);
        if (canChange) {
            grid.addComponentColumn(this::clerkRoleSelect).setHeader("Role").setKey("role");
            grid.addComponentColumn(this::clerkRemove).setHeader("Status").setKey("status");
        } else {
            grid.addColumn(member -> member.role().label()).setHeader("Role");
            grid.addColumn(member -> member.active() ? "Active" : "Removed").setHeader("Status");
        }
        grid.setAllRowsVisible(true);
        add(grid);
        reload();
    }

    private Select<Role> clerkRoleSelect(MemberSummary member) {
        return roleSelect(member, role -> askClerk(() -> clerk.changeRole(member.id(), role), "Clerk is making "
                + member.displayName() + " " + article(role) + " " + role.label().toLowerCase(Locale.ROOT)
                + "; the list shows it once Clerk confirms"));
    }

    private Component clerkRemove(MemberSummary member) {
        if (!member.active()) {
            return new Span("Removed");
        }
        var remove = new Button("Remove", click -> askClerk(() -> clerk.remove(member.id()), "Clerk is removing "
                + member.displayName() + " from the firm; the list shows it once Clerk confirms"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + member.displayName());
        remove.setVisible(!member.id().equals(me));
        return remove;
    }

    /** Sends a change to Clerk; a refusal is shown and changes nothing, and the list is read again either way. */
    private void askClerk(Runnable change, String sent) {
        try {
            change.run();
            success(sent);
        } catch (InvalidInputException e) {
            error(String.join(" ", e.fieldErrors().values()));
        } catch (ClerkRequestFailedException e) {
            error(e.getMessage());
        }
        reload();
    }

    private void openClerkInvite() {
        var dialog = new Dialog("Invite a member");
        dialog.addClassName("invite-dialog");
        var errors = new FormErrors();
        var email = errors.bind("email", new EmailField("Email"));
        email.setRequired(true);
        var role = errors.bind("role", roleField());
        var form = new Div(new Paragraph("Clerk emails them an invitation. They appear here once they accept it."),
                email, role, errors.formError());
        form.addClassName("invite-form");
        dialog.add(form);
        var send = new Button("Send invitation", click -> {
            try {
                clerk.invite(email.getValue(), role.getValue());
                dialog.close();
                success("Clerk is emailing an invitation to " + email.getValue().strip());
            } catch (InvalidInputException e) {
                errors.show(e.fieldErrors());
            } catch (ClerkRequestFailedException e) {
                errors.showFormError(e.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("invite-send");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
        email.focus();
    }

    private void reload() {
        grid.setItems(administration.members());
    }

    private Select<Role> roleSelect(MemberSummary member) {
        return roleSelect(member, role -> {
            try {
                administration.changeRole(member.id(), role);
                success(member.displayName() + " is now " + article(role) + " "
                        + role.label().toLowerCase(Locale.ROOT));
            } catch (InvalidInputException e) {
                error(String.join(" ", e.fieldErrors().values()));
            }
            reload();
        });
    }

    /** A member's role as a select; a role the admin chooses goes to {@code chosen}, local or Clerk mode alike. */
    private static Select<Role> roleSelect(MemberSummary member, Consumer<Role> chosen) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(member.role());
        select.setAriaLabel("Role of " + member.displayName());
        select.setEnabled(member.active());
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                chosen.accept(event.getValue());
            }
        });
        return select;
    }

    private Button activeToggle(MemberSummary member) {
        boolean self = member.id().equals(me);
        var toggle = new Button(member.active() ? "Deactivate" : "Reactivate", click -> {
            try {
                administration.setActive(member.id(), !member.active());
                success(member.displayName() + (member.active() ? " can no longer sign in to this firm"
                        : " can sign in again"));
            } catch (InvalidInputException e) {
                error(String.join(" ", e.fieldErrors().values()));
            }
            reload();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (member.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setAriaLabel((member.active() ? "Deactivate " : "Reactivate ") + member.displayName());
        toggle.setVisible(!self);
        return toggle;
    }

    /** The role an invitation gives, recruiter unless the admin chooses otherwise. */
    private static Select<Role> roleField() {
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.RECRUITER);
        role.setHelperText("Admins manage members and settings; viewers only read.");
        return role;
    }

    private void openInvite() {
        var dialog = new Dialog("Invite a member");
        dialog.addClassName("invite-dialog");
        var errors = new FormErrors();
        var name = errors.bind("displayName", new TextField("Name"));
        name.setRequired(true);
        var email = errors.bind("email", new EmailField("Email"));
        email.setRequired(true);
        var role = errors.bind("role", roleField());
        var form = new Div(name, email, role, errors.formError());
        form.addClassName("invite-form");
        dialog.add(form);
        var send = new Button("Invite", click -> {
            try {
                Invitation invitation = administration.invite(email.getValue(), name.getValue(), role.getValue());
                dialog.close();
                reload();
                showInvitation(name.getValue().strip(), invitation);
            } catch (InvalidInputException e) {
                errors.show(e.fieldErrors());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("invite-send");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
        name.focus();
    }

    /** The one-time password, shown once: it is stored only as a hash. */
    private void showInvitation(String name, Invitation invitation) {
        var dialog = new Dialog("Invitation for " + name);
        dialog.addClassName("invitation-dialog");
        if (invitation.newAccount()) {
            var password = new Span(invitation.oneTimePassword());
            password.addClassName("invitation-password");
            dialog.add(new Paragraph("Give " + name + " this one-time password. They sign in with "
                    + invitation.email() + " and must then choose their own password. It is shown only now, and "
                    + "works until " + ViewerTime.moment(invitation.expiresAt()) + "."), password);
        } else {
            dialog.add(new Paragraph(name + " already has a Wecruit account. They sign in with their own password "
                    + "and pick this firm in the header."));
        }
        var done = new Button("Done", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    private static String article(Role role) {
        return role == Role.ADMIN ? "an" : "a";
    }

    private static void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(
                NotificationVariant.LUMO_ERROR);
    }
}
