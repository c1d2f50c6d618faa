package dev.wecruit.candidates.internal;

import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.platform.documents.DocumentReader;
import dev.wecruit.platform.documents.UnreadableDocumentException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a candidate's file by its content (magic bytes, not the name a user gave it) and extracts its text,
 * through the platform's {@link DocumentReader}: PDF, Word (.docx and .doc) and plain text. Plain text has no magic
 * bytes, so a text file is taken only when its name says so: a file named {@code .pdf} that holds text is refused.
 */
public final class CvText {

    private static final DocumentReader READER = new DocumentReader();

    /** The file could not be read as the type its content claims. */
    public static class UnreadableFileException extends Exception {

        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CvText() {
    }

    /** The file's format by its content, and for text by its name; empty for anything else. */
    public static Optional<DocumentFormat> detect(byte[] content, String fileName) {
        return DocumentFormat.detect(content).filter(format -> format != DocumentFormat.TEXT || namedText(fileName));
    }

    /** The file's text; empty text for a scanned PDF without a text layer. */
    public static String extract(byte[] content) throws UnreadableFileException {
        try {
            return READER.read(content).text();
        } catch (UnreadableDocumentException e) {
            if (e.reason() == UnreadableDocumentException.Reason.NO_TEXT) {
                return "";
            }
            throw new UnreadableFileException(e.getMessage(), e);
        }
    }

    private static boolean namedText(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).strip().endsWith(".txt");
    }
}
