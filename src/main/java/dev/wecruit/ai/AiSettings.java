package dev.wecruit.ai;

/**
 * A firm's AI settings as they may be shown: the API key never is, only whether one is saved.
 *
 * @param apiKeySaved whether a key is stored for the server
 */
public record AiSettings(AiProvider provider, String baseUrl, String chatModel, String embeddingModel,
        boolean apiKeySaved, long version) {

    public static AiSettings builtIn() {
        return new AiSettings(AiProvider.BUILT_IN, null, null, null, false, -1);
    }
}
