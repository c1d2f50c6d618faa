package dev.wecruit.platform.documents;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's glyphs page by page with PDFBox's text stripper, which already drops duplicated overlapping
 * glyphs (fake bold) and merges diacritics, then hands each page's glyphs to {@link PdfPageLayout} instead of
 * PDFBox's own line writer, which knows nothing of columns.
 */
final class PdfText extends PDFTextStripper {

    private static final int GLYPHS_BETWEEN_INTERRUPT_CHECKS = 512;

    private final LinesBuilder out;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private int glyphs;
    private int letters;
    private int unreadable;

    PdfText(LinesBuilder out) {
        this.out = out;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    void read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    /** Letters and digits seen; none at all means a scan. */
    int letters() {
        return letters;
    }

    /** Glyphs without a usable Unicode mapping (broken fonts give U+FFFD or private-use code points). */
    int unreadableGlyphs() {
        return unreadable;
    }

    int glyphs() {
        return glyphs;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted between pages");
        }
        super.processPage(page);
        collectLinks(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphs % GLYPHS_BETWEEN_INTERRUPT_CHECKS == 0 && Thread.currentThread().isInterrupted()) {
            throw new ReadInterruptedException();
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        List<PdfPageLayout.Glyph> page = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                String unicode = position.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    continue;
                }
                count(unicode);
                float size = position.getFontSizeInPt();
                if (!(size > 0) || size > 300) {
                    size = Math.max(1f, position.getHeightDir());
                }
                float width = position.getWidthDirAdj();
                if (!(width >= 0)) {
                    width = 0;
                }
                page.add(new PdfPageLayout.Glyph(unicode, position.getXDirAdj(), position.getXDirAdj() + width,
                        position.getYDirAdj(), size, isBold(position.getFont())));
            }
        }
        PdfPageLayout.emit(page, getCurrentPageNo(), out);
        out.blockBreak();
    }

    private void count(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            } else if (c == '\uFFFD' || (c >= 0xE000 && c <= 0xF8FF)) {
                unreadable++;
            }
        }
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, PdfText::looksBold);
    }

    private static boolean looksBold(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                || name.contains("demi") || name.endsWith("-bd") || name.endsWith(",bd")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
    }

    private void collectLinks(PDPage page) {
        try {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri) {
                        out.hyperlink(uri.getURI());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken annotation must not cost us the text; links are a bonus
        }
    }

    /** Thrown from inside PDFBox's glyph callback, which may not throw checked exceptions. */
    static final class ReadInterruptedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ReadInterruptedException() {
            super("interrupted while reading a page", null, false, false);
        }
    }
}
