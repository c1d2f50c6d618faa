package dev.wecruit.administration.ui;

import java.time.ZoneId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.ApiKeySummary;
import dev.wecruit.api.CreatedApiKey;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The firm's API keys: create one (shown once), see when each was last used, revoke one. */
@Route("admin/api-keys")
@PageTitle("API keys · Wecruit")
@Menu(order = 12, title = "API keys", icon = "vaadin:key")
@RolesAllowed("ADMIN")
class ApiKeysView extends Div {

    private final ApiKeyService keys;
    private final Clock clock;
    private final ZoneId firmZone;
    private final Grid<ApiKeySummary> grid = new Grid<>();

    ApiKeysView(ApiKeyService keys, OrganizationService organizations, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        // a key's last day is the firm's day; when it was made or used is the viewer's
        this.firmZone = organizations.timeZone();
        addClassNames("admin-view", "api-keys-view");
        var create = new Button("Create key", VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("api-keys-create");
        var header = new Div(new H2("API keys"), create);
        header.addClassName("list-view-header");
        grid.addClassName("api-keys-grid");
        grid.addColumn(ApiKeySummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(key -> key.prefix() + "…").setHeader("Key").setAutoWidth(true);
        grid.addColumn(key -> key.role().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(key -> ViewerTime.day(key.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? "Never" : ViewerTime.day(key.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true).setKey("status");
        grid.addComponentColumn(this::revokeButton).setKey("revoke");
        grid.setAllRowsVisible(true);
        add(header, new Paragraph("Integrations call the Wecruit API with a key, as \"Authorization: Bearer wk_…\". "
                + "A key acts for this firm with the role it was given."), grid);
        reload();
    }

    private void reload() {
        grid.setItems(keys.keys());
    }

    private String status(ApiKeySummary key) {
        if (key.revokedAt() != null) {
            return "Revoked " + ViewerTime.day(key.revokedAt());
        }
        Instant now = clock.instant();
        String lastDay = Display.day(key.expiresAt().minusSeconds(1), firmZone);
        return key.usableAt(now) ? "Works until " + lastDay : "Expired " + lastDay;
    }

    private Button revokeButton(ApiKeySummary key) {
        var revoke = new Button("Revoke", click -> {
            var confirm = new ConfirmDialog("Revoke \"" + key.name() + "\"?",
                    "Requests with this key will be refused from now on. This cannot be undone.", "Revoke",
                    event -> {
                        keys.revoke(key.id());
                        reload();
                    }, "Cancel", event -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel("Revoke " + key.name());
        revoke.setVisible(key.revokedAt() == null);
        return revoke;
    }

    private void openCreate() {
        var dialog = new Dialog("Create an API key");
        dialog.addClassName("api-key-dialog");
        var errors = new FormErrors();
        var name = errors.bind("name", new TextField("Name"));
        name.setPlaceholder("e.g. Website job board");
        name.setRequired(true);
        var role = errors.bind("role", new Select<Role>());
        role.setLabel("Role");
        role.setItems(Role.RECRUITER, Role.VIEWER);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        role.setHelperText("Give the least the integration needs");
        var lastDay = errors.bind("lastDay", new DatePicker("Works until"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), firmZone);
        lastDay.setValue(today.plusYears(1));
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(ApiKeyService.MAX_LIFETIME.toDays()));
        var form = new Div(name, role, lastDay, errors.formError());
        form.addClassName("api-key-form");
        dialog.add(form);
        var save = new Button("Create", click -> {
            try {
                CreatedApiKey created = keys.create(name.getValue(), role.getValue(), lastDay.getValue());
                dialog.close();
                reload();
                showSecret(created);
            } catch (InvalidInputException e) {
                errors.show(e.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("api-key-save");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void showSecret(CreatedApiKey created) {
        var dialog = new Dialog("Your new key");
        dialog.addClassName("api-key-secret-dialog");
        var secret = new Span(created.secret());
        secret.addClassName("api-key-secret");
        dialog.add(new Paragraph("Copy it into \"" + created.key().name() + "\" now: it is shown only once, and "
                + "Wecruit keeps only a fingerprint of it."), secret);
        var done = new Button("I have copied it", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }
}
