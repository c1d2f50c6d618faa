package dev.wecruit.candidates.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Recognises a CV file by its content (magic bytes, not the name a user gave it) and extracts its text: PDF with
 * PDFBox, DOCX with Apache POI.
 */
public final class CvText {

    public enum Type {
        PDF("application/pdf", ".pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** The file could not be read as the type its content claims. */
    public static class UnreadableFileException extends Exception {

        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private CvText() {
    }

    /** PDF or DOCX by content; empty for anything else. */
    public static Optional<Type> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            // a DOCX is a zip holding word/document.xml; other zips (xlsx, jar, ...) are not CVs
            return new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1)
                    .contains("word/") ? Optional.of(Type.DOCX) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The file's text, whitespace tidied; empty text for a scanned PDF without a text layer. */
    public static String extract(Type type, byte[] content) throws UnreadableFileException {
        try {
            String text = switch (type) {
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(content)) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                case DOCX -> {
                    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
                            XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                        yield extractor.getText();
                    }
                }
            };
            return text.replace("\r\n", "\n").replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll("\\n{3,}", "\n\n").strip();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("This " + type.name()
                    + " file is damaged or cannot be read", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
