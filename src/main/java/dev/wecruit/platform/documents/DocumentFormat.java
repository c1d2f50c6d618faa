package dev.wecruit.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of document we read, recognised by their content (magic bytes), never by the name a user gave the file.
 */
public enum DocumentFormat {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    /** Word 97-2003, an OLE2 compound file holding a {@code WordDocument} stream. */
    DOC("application/msword", ".doc"),
    TEXT("text/plain", ".txt");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    // a PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte
    private static final int PDF_HEADER_SEARCH = 1024;
    // the ZIP central directory is not needed to tell a DOCX: Word writes [Content_Types].xml and word/ entries first,
    // but other tools order entries freely, so we walk local headers without inflating until we find word/document.xml
    private static final int MAX_ENTRIES_TO_DETECT = 2000;
    private static final double MIN_PRINTABLE_RATIO = 0.95;

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** With the dot, such as {@code .pdf}. */
    public String extension() {
        return extension;
    }

    /**
     * What an upload field offers to pick: every format's content type and extension. The browser's filter only
     * helps the user; the content decides what a file is.
     */
    public static String[] uploadTypes() {
        return Arrays.stream(values()).flatMap(format -> Stream.of(format.contentType, format.extension))
                .toArray(String[]::new);
    }

    /**
     * The format of these bytes, or empty when they are none we read (a spreadsheet, an image, an archive, binary
     * data). A password-protected DOCX is an OLE2 file holding an {@code EncryptedPackage}; it is reported as DOCX so
     * that reading it can say it is protected instead of calling it an unknown file.
     */
    public static Optional<DocumentFormat> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC, 0) || pdfHeaderNearStart(content)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC, 0)) {
            return holdsWordDocumentXml(content) ? Optional.of(DOCX) : Optional.empty();
        }
        if (startsWith(content, OLE2_MAGIC, 0)) {
            return ole2Format(content);
        }
        return TextDecoding.decode(content).isPresent() ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean pdfHeaderNearStart(byte[] content) {
        int limit = Math.min(content.length - PDF_MAGIC.length, PDF_HEADER_SEARCH);
        for (int i = 1; i <= limit; i++) {
            if (content[i] == '%' && startsWith(content, PDF_MAGIC, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsWordDocumentXml(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES_TO_DETECT) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip whose first entries still name word/ is a damaged Word file: reading will say so
            return new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1).contains("word/");
        }
    }

    private static Optional<DocumentFormat> ole2Format(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(DOC);
            }
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Optional.of(DOCX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
        if (content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decoding of plain text: BOMs first, then strict UTF-8, then Windows-1252, each checked to look like text. */
    static final class TextDecoding {

        private TextDecoding() {
        }

        static Optional<String> decode(byte[] content) {
            if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                    && (content[2] & 0xFF) == 0xBF) {
                return strict(content, 3, StandardCharsets.UTF_8).filter(TextDecoding::looksLikeText);
            }
            if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
                return strict(content, 2, StandardCharsets.UTF_16BE).filter(TextDecoding::looksLikeText);
            }
            if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
                return strict(content, 2, StandardCharsets.UTF_16LE).filter(TextDecoding::looksLikeText);
            }
            Optional<String> utf8 = strict(content, 0, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return utf8.filter(TextDecoding::looksLikeText);
            }
            return strict(content, 0, WINDOWS_1252).filter(TextDecoding::looksLikeText);
        }

        private static Optional<String> strict(byte[] content, int offset, Charset charset) {
            try {
                return Optional.of(charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                        .toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }

        private static boolean looksLikeText(String text) {
            if (text.isBlank()) {
                return false;
            }
            int printable = 0;
            int counted = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\t' || c == '\r' || c == '\n' || c == '\f') {
                    printable++;
                    counted++;
                    continue;
                }
                if (c < 0x20 || c == 0x7F) {
                    // NUL and other C0 controls never occur in text a person typed
                    return false;
                }
                counted++;
                int type = Character.getType(c);
                boolean odd = (c >= 0x80 && c < 0xA0) || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                        || c == 0xFFFD;
                if (!odd) {
                    printable++;
                }
            }
            return counted > 0 && (double) printable / counted >= MIN_PRINTABLE_RATIO;
        }
    }
}
