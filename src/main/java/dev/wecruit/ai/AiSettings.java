package dev.wecruit.ai;

import java.util.Objects;

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

    /** Whether both reach the same model the same way: all but the version are equal. */
    public boolean sameChoiceAs(AiSettings other) {
        return provider == other.provider && Objects.equals(baseUrl, other.baseUrl)
                && Objects.equals(chatModel, other.chatModel)
                && Objects.equals(embeddingModel, other.embeddingModel)
                && apiKeySaved == other.apiKeySaved;
    }
}
