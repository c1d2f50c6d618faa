package dev.wecruit.ai;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Optional;

/** The firm's OpenAI-compatible chat model, as CV intake and matching ask it: deterministic, strict JSON schemas. */
public final class ChatModels {

    private ChatModels() {
    }

    /** Whether the firm's settings name a server to ask. */
    public static boolean configured(AiSettings settings) {
        return settings.provider() == AiProvider.OPENAI_COMPATIBLE && settings.baseUrl() != null
                && settings.chatModel() != null;
    }

    /** A client for the server the settings name; one retry, temperature 0, answers held to the given schema. */
    public static ChatModel of(AiSettings settings, Optional<String> apiKey, Duration timeout) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(apiKey.orElse(null))
                .modelName(settings.chatModel())
                .temperature(0.0)
                .timeout(timeout)
                .maxRetries(1)
                .strictJsonSchema(true)
                .build();
    }
}
