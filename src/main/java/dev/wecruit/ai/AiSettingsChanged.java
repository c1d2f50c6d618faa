package dev.wecruit.ai;

/**
 * Published inside the transaction that changed a firm's AI settings; the audit log records it in that transaction.
 *
 * @param keyReplaced whether a new API key was given (the key itself is never in the event)
 */
public record AiSettingsChanged(AiSettings before, AiSettings after, boolean keyReplaced) {
}
