package dev.wecruit.privacy;

/**
 * A downloaded export: the ZIP and the name to save it under.
 *
 * @param content personal data of the candidate: hand it to the member who asked for it, never log or keep it
 */
public record PersonalDataArchive(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/zip";
}
