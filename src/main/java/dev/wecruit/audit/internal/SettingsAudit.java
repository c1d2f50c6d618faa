package dev.wecruit.audit.internal;

import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.AiSettingsChanged;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.StageTemplateChanged;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.FirmProfileChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the firm's settings changes as their owning services publish them. The listeners run synchronously in the
 * publisher's transaction, so a change and its entry commit or roll back together, whichever entry point (a view,
 * the API, background work) made the change.
 */
@Component
class SettingsAudit {

    private final AuditLog audit;

    SettingsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(FirmProfileChanged changed) {
        FirmProfile before = changed.before();
        FirmProfile after = changed.after();
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add("name \"" + before.name() + "\" → \"" + after.name() + "\"");
        }
        if (!before.defaultCurrency().equals(after.defaultCurrency())) {
            changes.add("currency " + before.defaultCurrency() + " → " + after.defaultCurrency());
        }
        if (before.retentionMonths() != after.retentionMonths()) {
            changes.add("retention " + before.retentionMonths() + " → " + after.retentionMonths() + " months");
        }
        if (!before.timeZone().equals(after.timeZone())) {
            changes.add("time zone " + before.timeZone().getId() + " → " + after.timeZone().getId());
        }
        if (before.viewersExportContacts() != after.viewersExportContacts()) {
            changes.add(after.viewersExportContacts() ? "viewers may export contact details"
                    : "viewers export without contact details");
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, "Firm", String.join("; ", changes));
        }
    }

    @EventListener
    void on(StageTemplateChanged changed) {
        audit.record(AuditAction.STAGE_TEMPLATE_CHANGED, "Pipeline stage template", changed.after().stream()
                .map(stage -> stage.name() + (stage.kind() == StageKind.ACTIVE ? ""
                        : " (" + stage.kind().name().toLowerCase(Locale.ROOT) + ")"))
                .collect(Collectors.joining(", ")));
    }

    @EventListener
    void on(AiSettingsChanged changed) {
        AiSettings before = changed.before();
        AiSettings after = changed.after();
        List<String> changes = new ArrayList<>();
        if (before.provider() != after.provider()) {
            changes.add(after.provider() == AiProvider.BUILT_IN ? "built-in models" : "an OpenAI-compatible server");
        }
        if (!Objects.equals(before.baseUrl(), after.baseUrl()) && after.baseUrl() != null) {
            changes.add("server " + after.baseUrl());
        }
        if (!Objects.equals(before.chatModel(), after.chatModel())
                || !Objects.equals(before.embeddingModel(), after.embeddingModel())) {
            changes.add("models " + Objects.requireNonNullElse(after.chatModel(), "built-in") + " / "
                    + Objects.requireNonNullElse(after.embeddingModel(), "built-in"));
        }
        if (changed.keyReplaced()) {
            changes.add("API key replaced");
        } else if (before.apiKeySaved() && !after.apiKeySaved()) {
            changes.add("API key removed");
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.AI_SETTINGS_CHANGED, "AI", String.join("; ", changes));
        }
    }
}
