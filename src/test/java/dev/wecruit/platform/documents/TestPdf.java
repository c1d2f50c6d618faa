package dev.wecruit.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made on the fly for tests: text placed at given positions (y measured from the top of an A4 page, as a
 * reader sees it), in Helvetica or, for names outside Latin-1, DejaVu Sans when the machine has it.
 */
public final class TestPdf {

    public enum Font {
        REGULAR, BOLD, UNICODE
    }

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private record Text(int page, float x, float y, Font font, float size, String text) {
    }

    private record Box(int page, float x, float y, float width, float height) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private int pages = 1;
    private String userPassword;
    private String ownerPassword;

    public static TestPdf create() {
        return new TestPdf();
    }

    /** Whether {@link Font#UNICODE} can be used here. */
    public static boolean hasUnicodeFont() {
        return Files.isReadable(DEJAVU);
    }

    public TestPdf text(float x, float yFromTop, Font font, float size, String text) {
        texts.add(new Text(pages, x, yFromTop, font, size, text));
        return this;
    }

    /** Lines one under another; returns this builder, the next free y is {@code yFromTop + lines * leading}. */
    public TestPdf lines(float x, float yFromTop, float leading, Font font, float size, String... lines) {
        float y = yFromTop;
        for (String line : lines) {
            text(x, y, font, size, line);
            y += leading;
        }
        return this;
    }

    public TestPdf rectangle(float x, float yFromTop, float width, float height) {
        boxes.add(new Box(pages, x, yFromTop, width, height));
        return this;
    }

    public TestPdf newPage() {
        pages++;
        return this;
    }

    public TestPdf blankPages(int count) {
        pages += count;
        return this;
    }

    public TestPdf userPassword(String password) {
        this.userPassword = password;
        return this;
    }

    public TestPdf ownerPassword(String password) {
        this.ownerPassword = password;
        return this;
    }

    public byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Optional<PDFont> unicode = Optional.empty();
            if (texts.stream().anyMatch(t -> t.font() == Font.UNICODE)) {
                unicode = Optional.of(PDType0Font.load(document, DEJAVU.toFile()));
            }
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Box box : boxes) {
                        if (box.page() == p) {
                            content.addRect(box.x(), PAGE_HEIGHT - box.y() - box.height(), box.width(), box.height());
                            content.fill();
                        }
                    }
                    for (Text text : texts) {
                        if (text.page() != p) {
                            continue;
                        }
                        PDFont font = switch (text.font()) {
                            case REGULAR -> regular;
                            case BOLD -> bold;
                            case UNICODE -> unicode.orElseThrow();
                        };
                        content.beginText();
                        content.setFont(font, text.size());
                        content.newLineAtOffset(text.x(), PAGE_HEIGHT - text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            if (userPassword != null || ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(
                        ownerPassword == null ? "owner-" + userPassword : ownerPassword,
                        userPassword == null ? "" : userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
