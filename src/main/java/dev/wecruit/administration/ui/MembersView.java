package dev.wecruit.administration.ui;

import dev.wecruit.shell.ViewerTime;
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
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * The firm's members and their roles. In local mode admins invite people (a one-time password, shown once), change
 * roles and deactivate members; in Clerk mode the list is read-only, because Clerk is where members are managed.
 */
@Route("admin/members")
@PageTitle("Members · Wecruit")
@Menu(order = 10, title = "Members", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class MembersView extends Div {

    private final MemberAdministrationService administration;
    private final UUID me;
    private final Grid<MemberSummary> grid = new Grid<>();

    MembersView(MemberAdministrationService administration, CurrentTenant currentTenant) {
        this.administration = administration;
        this.me = currentTenant.requireMember().membership().memberId();
        addClassNames("admin-view", "members-view");
        var header = new Div(new H2("Members"));
        header.addClassName("list-view-header");
        if (administration.managedInClerk()) {
            add(header, new Paragraph("Members and their roles are managed in Clerk, in your organization's "
                    + "settings. Changes there reach Wecruit within seconds."));
        } else {
            var invite = new Button("Invite member", VaadinIcon.PLUS.create(), click -> openInvite());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invite.addClassName("members-invite");
            header.add(invite);
            add(header);
        }
        grid.addClassName("members-grid");
        grid.addColumn(MemberSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(member -> member.email() == null ? "" : member.email()).setHeader("Email").setFlexGrow(2);
        if (administration.managedInClerk()) {
            grid.addColumn(member -> member.role().label()).setHeader("Role");
            grid.addColumn(member -> member.active() ? "Active" : "Removed").setHeader("Status");
        } else {
            grid.addComponentColumn(this::roleSelect).setHeader("Role").setKey("role");
            grid.addComponentColumn(this::activeToggle).setHeader("Status").setKey("status");
        }
        grid.setAllRowsVisible(true);
        add(grid);
        reload();
    }

    private void reload() {
        grid.setItems(administration.members());
    }

    private Select<Role> roleSelect(MemberSummary member) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(member.role());
        select.setAriaLabel("Role of " + member.displayName());
        select.setEnabled(member.active());
        select.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                administration.changeRole(member.id(), event.getValue());
                success(member.displayName() + " is now " + article(event.getValue()) + " "
                        + event.getValue().label().toLowerCase(java.util.Locale.ROOT));
            } catch (InvalidInputException e) {
                error(String.join(" ", e.fieldErrors().values()));
            }
            reload();
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

    private void openInvite() {
        var dialog = new Dialog("Invite a member");
        dialog.addClassName("invite-dialog");
        var errors = new FormErrors();
        var name = errors.bind("displayName", new TextField("Name"));
        name.setRequired(true);
        var email = errors.bind("email", new EmailField("Email"));
        email.setRequired(true);
        var role = errors.bind("role", new Select<Role>());
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.RECRUITER);
        role.setHelperText("Admins manage members and settings; viewers only read.");
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
