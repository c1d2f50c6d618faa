package dev.wecruit.administration;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's settings as its admins change them: the firm itself, the pipeline template new jobs copy, and AI. Each
 * change and its audit entry commit together, so the log never claims a change that did not happen.
 */
@Service
@Transactional(readOnly = true)
public class FirmSettingsService {

    private final OrganizationService organizations;
    private final JobService jobs;
    private final AiSettingsService ai;
    private final AuditLog audit;

    FirmSettingsService(OrganizationService organizations, JobService jobs, AiSettingsService ai, AuditLog audit) {
        this.organizations = organizations;
        this.jobs = jobs;
        this.ai = ai;
        this.audit = audit;
    }

    public FirmProfile profile() {
        return organizations.profile();
    }

    public List<StageDefinition> stageTemplate() {
        return jobs.stageTemplate();
    }

    public AiSettings aiSettings() {
        return ai.settings();
    }

    /** @throws dev.wecruit.shared.InvalidInputException naming each wrong field; nothing is changed */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public FirmProfile saveProfile(FirmProfile wanted) {
        FirmProfile before = organizations.profile();
        FirmProfile after = organizations.changeProfile(wanted);
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
        if (!changes.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, "Firm", String.join("; ", changes));
        }
        return after;
    }

    /** @throws dev.wecruit.shared.InvalidInputException under {@code stages}; nothing is changed */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public List<StageDefinition> saveStageTemplate(List<StageDefinition> stages) {
        List<StageDefinition> before = jobs.stageTemplate();
        List<StageDefinition> after = jobs.replaceStageTemplate(stages);
        if (!before.equals(after)) {
            audit.record(AuditAction.STAGE_TEMPLATE_CHANGED, "Pipeline stage template", after.stream()
                    .map(stage -> stage.name() + (stage.kind().name().equals("ACTIVE") ? ""
                            : " (" + stage.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"))
                    .collect(Collectors.joining(", ")));
        }
        return after;
    }

    /**
     * @throws dev.wecruit.shared.InvalidInputException naming each wrong field; nothing is changed
     * @throws dev.wecruit.platform.persistence.StaleRecordException when another admin saved in between
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public AiSettings saveAiSettings(AiSettingsDraft draft, long expectedVersion) {
        AiSettings before = ai.settings();
        AiSettings after = ai.save(draft, expectedVersion);
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
        if (draft.newApiKey() != null && !draft.newApiKey().isBlank() && after.apiKeySaved()) {
            changes.add("API key replaced");
        } else if (before.apiKeySaved() && !after.apiKeySaved()) {
            changes.add("API key removed");
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.AI_SETTINGS_CHANGED, "AI", String.join("; ", changes));
        }
        return after;
    }
}
