package dev.wecruit.ai;

import dev.wecruit.ai.internal.AiSettingsRecord;
import dev.wecruit.ai.internal.AiSettingsRepository;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the current firm's AI features reach a model. The server's API key is sealed like PII (AES-256) and is never
 * handed out again, except to the code that calls the server ({@link #apiKey()}).
 */
@Service
public class AiSettingsService {

    private final AiSettingsRepository settings;
    private final PiiCipher cipher;
    private final CurrentTenant currentTenant;
    private final ApplicationEventPublisher events;

    AiSettingsService(AiSettingsRepository settings, PiiCipher cipher, CurrentTenant currentTenant,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.cipher = cipher;
        this.currentTenant = currentTenant;
        this.events = events;
    }

    /** The firm's settings; the built-in model until an admin chooses otherwise. */
    @Transactional(readOnly = true)
    public AiSettings settings() {
        return settings.findFirstBy().map(AiSettingsService::toSettings).orElseGet(AiSettings::builtIn);
    }

    /**
     * Saves the firm's settings, and publishes {@link AiSettingsChanged} in the same transaction when anything
     * changed (the audit log records it).
     *
     * @param expectedVersion the version the admin edited, -1 for none yet
     * @throws dev.wecruit.shared.InvalidInputException under {@code baseUrl}, {@code chatModel},
     *     {@code embeddingModel} or {@code newApiKey}; nothing is changed
     * @throws StaleRecordException when someone saved in between
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public AiSettings save(AiSettingsDraft draft, long expectedVersion) {
        var errors = new FieldErrors();
        AiProvider provider = draft.provider() == null ? AiProvider.BUILT_IN : draft.provider();
        String baseUrl = blankToNull(draft.baseUrl());
        String chatModel = blankToNull(draft.chatModel());
        String embeddingModel = blankToNull(draft.embeddingModel());
        String newKey = blankToNull(draft.newApiKey());
        if (provider == AiProvider.OPENAI_COMPATIBLE) {
            if (baseUrl == null) {
                errors.reject("baseUrl", "Enter the server's base URL, such as https://llm.example.com/v1");
            } else if (!isHttpUrl(baseUrl)) {
                errors.reject("baseUrl", "Enter a URL starting with https:// or http://, such as "
                        + "https://llm.example.com/v1");
            } else if (baseUrl.length() > 500) {
                errors.reject("baseUrl", "At most 500 characters");
            }
            if (chatModel == null) {
                errors.reject("chatModel", "Enter the name of the model that reads CVs, such as gpt-4o-mini");
            }
        }
        if (chatModel != null && chatModel.length() > 100) {
            errors.reject("chatModel", "At most 100 characters");
        }
        if (embeddingModel != null && embeddingModel.length() > 100) {
            errors.reject("embeddingModel", "At most 100 characters");
        }
        if (newKey != null && newKey.length() > 500) {
            errors.reject("newApiKey", "At most 500 characters");
        }
        errors.throwIfAny();

        AiSettingsRecord record = settings.findFirstBy().orElse(null);
        AiSettings before = record == null ? AiSettings.builtIn() : toSettings(record);
        long current = record == null ? -1 : record.version();
        if (current != expectedVersion) {
            throw new StaleRecordException("AI settings", record == null ? null : record.id());
        }
        if (record == null) {
            record = new AiSettingsRecord(Ids.next());
        }
        // the saved key goes only to the server it was given for: a new host needs the key given again
        boolean sameServer = record.baseUrl() != null && baseUrl != null
                && URI.create(record.baseUrl()).getHost().equalsIgnoreCase(URI.create(baseUrl).getHost());
        var key = provider == AiProvider.BUILT_IN || draft.forgetApiKey() ? null
                : newKey != null ? cipher.seal(newKey) : sameServer ? record.apiKey() : null;
        if (provider == AiProvider.BUILT_IN) {
            baseUrl = null;
            chatModel = null;
            embeddingModel = null;
        }
        record.change(provider, baseUrl, chatModel, embeddingModel, key, currentTenant.currentMemberId().orElse(null));
        AiSettings after = toSettings(settings.saveAndFlush(record));
        boolean keyReplaced = newKey != null && after.apiKeySaved();
        if (keyReplaced || !before.sameChoiceAs(after)) {
            events.publishEvent(new AiSettingsChanged(before, after, keyReplaced));
        }
        return after;
    }

    /** The server's API key, for the code that calls it on a recruiter's behalf; never for a view. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.RECRUITER)
    public java.util.Optional<String> apiKey() {
        return settings.findFirstBy().filter(record -> record.apiKey() != null)
                .map(record -> cipher.open(record.apiKey(), new FieldRef("AI settings", record.id(), "apiKey")));
    }

    private static AiSettings toSettings(AiSettingsRecord record) {
        return new AiSettings(record.provider(), record.baseUrl(), record.chatModel(), record.embeddingModel(),
                record.apiKey() != null, record.version());
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isBlank() && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
