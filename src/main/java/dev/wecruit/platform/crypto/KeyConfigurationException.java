package dev.wecruit.platform.crypto;

/** The PII keys are missing or malformed: Wecruit refuses to start rather than store PII unprotected. */
public class KeyConfigurationException extends RuntimeException {

    KeyConfigurationException(String message) {
        super(message);
    }
}
