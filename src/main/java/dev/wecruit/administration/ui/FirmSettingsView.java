package dev.wecruit.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.StageService;
import dev.wecruit.matching.IndexState;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shell.Display;
import dev.wecruit.shell.FormErrors;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The firm's settings, in three sections saved separately: the firm (name, currency, retention), the pipeline
 * template new jobs copy, and where AI runs. The AI server's key is never shown again once saved.
 */
@Route("admin/settings")
@PageTitle("Settings · Wecruit")
@Menu(order = 11, title = "Settings", icon = "vaadin:cog")
@RolesAllowed("ADMIN")
class FirmSettingsView extends Div {

    private final OrganizationService organizations;
    private final StageService stageService;
    private final AiSettingsService ai;
    private final MatchingService matching;

    private final FormErrors firmErrors = new FormErrors();
    private final TextField name = firmErrors.bind("name", new TextField("Firm name"));
    private final ComboBox<String> currency = firmErrors.bind("defaultCurrency", new ComboBox<>("Default currency"));
    private final IntegerField retention = firmErrors.bind("retentionMonths",
            new IntegerField("Keep candidate data for (months)"));
    private final ComboBox<String> timeZone = firmErrors.bind("timeZone", new ComboBox<>("Time zone"));
    private final Checkbox viewersExportContacts = new Checkbox("Viewers may export contact details");

    private final FormErrors templateErrors = new FormErrors();
    private final Div stageRows = new Div();
    private final List<StageRow> stages = new ArrayList<>();

    private final FormErrors aiErrors = new FormErrors();
    private final RadioButtonGroup<AiProvider> provider = new RadioButtonGroup<>("Models");
    private final TextField baseUrl = aiErrors.bind("baseUrl", new TextField("Server base URL"));
    private final TextField chatModel = aiErrors.bind("chatModel", new TextField("Chat model"));
    private final TextField embeddingModel = aiErrors.bind("embeddingModel", new TextField("Embedding model"));
    private final PasswordField apiKey = aiErrors.bind("newApiKey", new PasswordField("API key"));
    private long aiVersion;

    FirmSettingsView(OrganizationService organizations, StageService stageService, AiSettingsService ai,
            MatchingService matching) {
        this.organizations = organizations;
        this.stageService = stageService;
        this.ai = ai;
        this.matching = matching;
        addClassNames("admin-view", "settings-view");
        add(new H2("Settings"), firmSection(), templateSection(), aiSection(), matchingIndexSection());
    }

    /** How much of the firm matching has read, and the re-index an admin starts after a change of model. */
    private Div matchingIndexSection() {
        var state = new Paragraph();
        state.addClassName("matching-index-state");
        Runnable show = () -> {
            IndexState index = matching.indexState();
            state.setText(index.indexed() + (index.indexed() == 1 ? " candidate" : " candidates")
                    + " read for matching" + (index.waiting() == 0 ? "." : ", " + index.waiting() + " waiting."));
        };
        show.run();
        var reindex = new Button("Re-index all candidates", click -> {
            matching.reindexFirm();
            show.run();
            saved("Re-indexing started. Follow it under Background work.");
        });
        reindex.addClassName("settings-reindex");
        var section = new Div(new H3("Matching index"), new Paragraph("Matching reads each candidate's profile and "
                + "CV in the background after every change. Re-index after a change of model, or if matches "
                + "look out of date."), state, reindex);
        section.addClassName("settings-section");
        return section;
    }

    private Div firmSection() {
        FirmProfile profile = organizations.profile();
        name.setValue(profile.name());
        name.setRequired(true);
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setValue(profile.defaultCurrency());
        currency.setHelperText("New jobs' fees start in this currency");
        retention.setValue(profile.retentionMonths());
        retention.setMin(FirmProfile.MIN_RETENTION_MONTHS);
        retention.setMax(FirmProfile.MAX_RETENTION_MONTHS);
        retention.setStepButtonsVisible(true);
        retention.setHelperText("After a candidate's last activity; between " + FirmProfile.MIN_RETENTION_MONTHS
                + " and " + FirmProfile.MAX_RETENTION_MONTHS);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(profile.timeZone().getId());
        timeZone.setHelperText("The day a job opens or closes is the firm's day in this zone; times are shown in "
                + "each member's own");
        viewersExportContacts.setValue(profile.viewersExportContacts());
        viewersExportContacts.setHelperText("Emails, phones, addresses and LinkedIn in the lists viewers export; "
                + "recruiters' and admins' exports always have them. Every export is in the audit log.");
        viewersExportContacts.addClassName("settings-viewers-export-contacts");
        var save = new Button("Save firm", click -> {
            try {
                organizations.changeProfile(new FirmProfile(name.getValue(), currency.getValue(),
                        retention.getValue() == null ? 0 : retention.getValue(),
                        timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()),
                        viewersExportContacts.getValue()));
                firmErrors.clear();
                saved("Firm settings saved. The new name shows on the next page you open.");
            } catch (InvalidInputException e) {
                firmErrors.show(e.fieldErrors());
            }
        });
        save.addClassName("settings-save-firm");
        return section("Firm", null, new Div(name, currency, retention, timeZone, viewersExportContacts),
                firmErrors, save);
    }

    private Div templateSection() {
        stageService.stageTemplate().forEach(stage -> stages.add(new StageRow(stage.name(), stage.kind())));
        renderStages();
        var add = new Button("Add stage", VaadinIcon.PLUS.create(), click -> {
            stages.add(stages.size() - Math.min(stages.size(), 2), new StageRow("", StageKind.ACTIVE));
            renderStages();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button("Save template", click -> {
            try {
                stageService.replaceStageTemplate(stages.stream()
                        .map(row -> new StageDefinition(row.name.getValue(), row.kind.getValue())).toList());
                templateErrors.clear();
                saved("Stage template saved. New jobs use it; existing jobs keep their stages.");
            } catch (InvalidInputException e) {
                templateErrors.clear();
                templateErrors.showFormError(String.join(" ", e.fieldErrors().values()));
            }
        });
        save.addClassName("settings-save-template");
        return section("Pipeline stage template", "New jobs start with these stages, in this order. A template "
                + "needs at least one active stage, one hired and one rejected.", new Div(stageRows, add),
                templateErrors, save);
    }

    private void renderStages() {
        stageRows.removeAll();
        for (int i = 0; i < stages.size(); i++) {
            int at = i;
            StageRow row = stages.get(i);
            var up = new Button(VaadinIcon.ARROW_UP.create(), click -> swap(at, at - 1));
            up.setAriaLabel("Move " + row.name.getValue() + " up");
            up.setEnabled(at > 0);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> swap(at, at + 1));
            down.setAriaLabel("Move " + row.name.getValue() + " down");
            down.setEnabled(at < stages.size() - 1);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                stages.remove(at);
                renderStages();
            });
            remove.setAriaLabel("Remove " + row.name.getValue());
            for (Button button : new Button[] {up, down, remove}) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            var line = new Div(row.name, row.kind, up, down, remove);
            line.addClassName("settings-stage-row");
            stageRows.add(line);
        }
    }

    private void swap(int from, int to) {
        stages.add(to, stages.remove(from));
        renderStages();
    }

    private Div aiSection() {
        provider.setItems(AiProvider.values());
        provider.setItemLabelGenerator(value -> value == AiProvider.BUILT_IN ? "Built-in (nothing leaves Wecruit)"
                : "An OpenAI-compatible server");
        baseUrl.setPlaceholder("https://llm.example.com/v1");
        chatModel.setPlaceholder("gpt-4o-mini");
        embeddingModel.setPlaceholder("text-embedding-3-small");
        embeddingModel.setHelperText("Leave empty to embed CVs with the built-in model");
        showAi(ai.settings());
        provider.addValueChangeListener(event -> enableServerFields());
        var save = new Button("Save AI settings", click -> {
            try {
                AiSettings saved = ai.save(new AiSettingsDraft(provider.getValue(),
                        baseUrl.getValue(), chatModel.getValue(), embeddingModel.getValue(), apiKey.getValue(),
                        false), aiVersion);
                aiErrors.clear();
                showAi(saved);
                saved("AI settings saved.");
            } catch (InvalidInputException e) {
                aiErrors.show(e.fieldErrors());
            } catch (StaleRecordException e) {
                aiErrors.showFormError("Another admin changed the AI settings just now. Reload the page to see "
                        + "their changes.");
            }
        });
        save.addClassName("settings-save-ai");
        return section("AI", "Where Wecruit's AI reads CVs and ranks candidates.",
                new Div(provider, baseUrl, chatModel, embeddingModel, apiKey), aiErrors, save);
    }

    private void showAi(AiSettings ai) {
        aiVersion = ai.version();
        provider.setValue(ai.provider());
        baseUrl.setValue(ai.baseUrl() == null ? "" : ai.baseUrl());
        chatModel.setValue(ai.chatModel() == null ? "" : ai.chatModel());
        embeddingModel.setValue(ai.embeddingModel() == null ? "" : ai.embeddingModel());
        apiKey.clear();
        apiKey.setPlaceholder(ai.apiKeySaved() ? "Saved; type a new key to replace it" : "None saved");
        apiKey.setHelperText(ai.apiKeySaved() ? "The saved key is never shown again" : "If the server needs one");
        enableServerFields();
    }

    private void enableServerFields() {
        boolean server = provider.getValue() == AiProvider.OPENAI_COMPATIBLE;
        baseUrl.setEnabled(server);
        chatModel.setEnabled(server);
        embeddingModel.setEnabled(server);
        apiKey.setEnabled(server);
    }

    private static Div section(String title, String help, Div fields, FormErrors errors, Button save) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.addClassName("settings-fields");
        var section = new Div(new H3(title));
        if (help != null) {
            section.add(new Paragraph(help));
        }
        section.add(fields, errors.formError(), save);
        section.addClassName("settings-section");
        return section;
    }

    private static void saved(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** One stage of the template being edited. */
    private static final class StageRow {

        private final TextField name = new TextField();
        private final Select<StageKind> kind = new Select<>();

        StageRow(String stageName, StageKind stageKind) {
            name.setValue(stageName);
            name.setAriaLabel("Stage name");
            name.addClassName("settings-stage-name");
            name.setMaxLength(60);
            kind.setItems(StageKind.values());
            kind.setItemLabelGenerator(Display::label);
            kind.setValue(stageKind);
            kind.setAriaLabel("Stage kind");
            kind.addClassName("settings-stage-kind");
        }
    }
}
