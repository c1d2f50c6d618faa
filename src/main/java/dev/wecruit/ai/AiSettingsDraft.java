package dev.wecruit.ai;

/**
 * AI settings as an admin enters them.
 *
 * @param newApiKey a key to store in place of the saved one; blank keeps the saved one
 * @param forgetApiKey removes the saved key (a server that needs none)
 */
public record AiSettingsDraft(AiProvider provider, String baseUrl, String chatModel, String embeddingModel,
        String newApiKey, boolean forgetApiKey) {
}
