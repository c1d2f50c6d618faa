package dev.wecruit.ai;

/** Where a firm's AI features run. */
public enum AiProvider {
    /** The models Wecruit runs itself: nothing leaves the installation. */
    BUILT_IN,
    /** A server speaking the OpenAI API, given by base URL, model names and an API key. */
    OPENAI_COMPATIBLE
}
