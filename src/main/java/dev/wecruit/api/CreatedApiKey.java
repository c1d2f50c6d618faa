package dev.wecruit.api;

/**
 * A key just created.
 *
 * @param secret the whole key, to hand to the integration now: only its hash is kept
 */
public record CreatedApiKey(ApiKeySummary key, String secret) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + key.prefix() + "…]";
    }
}
