package dev.wecruit.bench.cv;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A minimal page-layout engine over PDFBox: pages created on demand, one open content stream per page, and text
 * flows that wrap words and break onto the next page. Enough to imitate what Word, Canva and LaTeX export.
 */
final class CvDevSetPdfCanvas implements AutoCloseable {

    /** How a run of text looks. Small caps draw lower-case letters as smaller capitals, as LaTeX's \textsc does. */
    record Style(PDFont font, float size, Color color, boolean smallCaps) {
        Style(PDFont font, float size, Color color) {
            this(font, size, color, false);
        }

        Style sized(float newSize) {
            return new Style(font, newSize, color, smallCaps);
        }

        Style colored(Color newColor) {
            return new Style(font, size, newColor, smallCaps);
        }

        Style withFont(PDFont newFont) {
            return new Style(newFont, size, color, smallCaps);
        }

        float width(String text) {
            if (!smallCaps) {
                return CvDevSetPdfCanvas.width(font, text) * size;
            }
            float total = 0;
            for (String[] piece : smallCapsPieces(text)) {
                total += CvDevSetPdfCanvas.width(font, piece[0]) * (piece[1] == null ? size : size * 0.78f);
            }
            return total;
        }
    }

    record Span(String text, Style style) {}

    final PDDocument document;
    final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final ObjIntConsumer<CvDevSetPdfCanvas> onNewPage;

    CvDevSetPdfCanvas(PDDocument document, PDRectangle size, ObjIntConsumer<CvDevSetPdfCanvas> onNewPage) {
        this.document = document;
        this.size = size;
        this.onNewPage = onNewPage;
    }

    int pageCount() {
        return pages.size();
    }

    PDPage page(int index) {
        stream(index);
        return pages.get(index);
    }

    PDPageContentStream stream(int index) {
        while (pages.size() <= index) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages.add(page);
            try {
                streams.add(new PDPageContentStream(document, page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            onNewPage.accept(this, pages.size() - 1);
        }
        return streams.get(index);
    }

    void fillRect(int page, float x, float y, float width, float height, Color color) {
        try {
            PDPageContentStream stream = stream(page);
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(int page, float x1, float y1, float x2, float y2, float thickness, Color color) {
        try {
            PDPageContentStream stream = stream(page);
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one run at a baseline; returns its width. */
    float text(int page, float x, float baseline, String text, Style style) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            PDPageContentStream stream = stream(page);
            stream.setNonStrokingColor(style.color());
            float cursor = x;
            List<String[]> pieces = style.smallCaps() ? smallCapsPieces(text) : List.<String[]>of(new String[] {text, null});
            for (String[] piece : pieces) {
                float pieceSize = piece[1] == null ? style.size() : style.size() * 0.78f;
                stream.beginText();
                stream.setFont(style.font(), pieceSize);
                stream.newLineAtOffset(cursor, baseline);
                stream.showText(piece[0]);
                stream.endText();
                cursor += width(style.font(), piece[0]) * pieceSize;
            }
            return cursor - x;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a rectangle clickable, as Word and Google Docs do for e-mail addresses and URLs. */
    void link(int page, float x, float y, float width, float height, String uri) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, width, height));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        try {
            page(page).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (PDPageContentStream stream : streams) {
            stream.close();
        }
    }

    static float width(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits text into runs of capitals (size 1) and of lower case shown as small capitals (marked non-null). */
    static List<String[]> smallCapsPieces(String text) {
        List<String[]> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean lower = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isLower = Character.isLowerCase(c);
            if (lower != null && isLower != lower && current.length() > 0) {
                pieces.add(new String[] {current.toString(), lower ? "small" : null});
                current.setLength(0);
            }
            lower = isLower;
            current.append(isLower ? Character.toUpperCase(c) : c);
        }
        if (current.length() > 0) {
            pieces.add(new String[] {current.toString(), Boolean.TRUE.equals(lower) ? "small" : null});
        }
        return pieces;
    }

    /**
     * A column of text from a top edge to a bottom margin, continuing on the next page at {@code nextTop}. Words wrap
     * within the width; consecutive words of one style are drawn as one run, with real spaces, as word processors do.
     */
    final class Flow {
        final float x;
        final float width;
        private final float nextTop;
        private final float bottom;
        int page;
        float y;

        Flow(float x, float width, float top, float nextTop, float bottom, int page) {
            this.x = x;
            this.width = width;
            this.y = top;
            this.nextTop = nextTop;
            this.bottom = bottom;
            this.page = page;
        }

        CvDevSetPdfCanvas canvas() {
            return CvDevSetPdfCanvas.this;
        }

        void gap(float points) {
            y -= points;
        }

        /** Moves to the next page unless {@code height} points still fit. */
        void ensure(float height) {
            if (y - height < bottom) {
                page++;
                stream(page);
                y = nextTop;
            }
        }

        void paragraph(String text, Style style) {
            spans(List.of(new Span(text, style)), 0, 0, 1.3f);
        }

        void paragraph(String text, Style style, float leading) {
            spans(List.of(new Span(text, style)), 0, 0, leading);
        }

        void centered(String text, Style style) {
            for (String line : wrap(text, style, width)) {
                ensure(style.size() * 1.3f);
                y -= style.size();
                CvDevSetPdfCanvas.this.text(page, x + (width - style.width(line)) / 2, y, line, style);
                y -= style.size() * 0.3f;
            }
        }

        /**
         * Lays out spans as wrapped lines. The first line starts at {@code firstIndent}, the rest at {@code indent}
         * (a hanging indent for bullets).
         */
        void spans(List<Span> spans, float firstIndent, float indent, float leading) {
            List<Span> words = new ArrayList<>();
            for (Span span : spans) {
                for (String word : span.text().split(" ")) {
                    if (!word.isEmpty()) {
                        words.add(new Span(word, span.style()));
                    }
                }
            }
            float lineHeight = words.stream().map(w -> w.style().size()).max(Float::compare).orElse(10f) * leading;
            int i = 0;
            boolean first = true;
            while (i < words.size()) {
                float start = first ? firstIndent : indent;
                float available = width - start;
                List<Span> line = new ArrayList<>();
                float used = 0;
                while (i < words.size()) {
                    Span word = words.get(i);
                    float space = line.isEmpty() ? 0 : word.style().width(" ");
                    float w = word.style().width(word.text());
                    if (line.isEmpty() && w > available) {
                        // An over-long word such as a URL breaks after a slash or hyphen, as word processors do.
                        int cut = breakPoint(word.text(), word.style(), available);
                        line.add(new Span(word.text().substring(0, cut), word.style()));
                        words.set(i, new Span(word.text().substring(cut), word.style()));
                        break;
                    }
                    if (!line.isEmpty() && used + space + w > available) {
                        break;
                    }
                    line.add(word);
                    used += space + w;
                    i++;
                }
                ensure(lineHeight);
                float maxSize = line.stream().map(w -> w.style().size()).max(Float::compare).orElse(10f);
                y -= maxSize;
                drawLine(line, x + start);
                y -= lineHeight - maxSize;
                first = false;
            }
        }

        private void drawLine(List<Span> line, float startX) {
            float cursor = startX;
            int i = 0;
            while (i < line.size()) {
                Style style = line.get(i).style();
                StringBuilder run = new StringBuilder();
                while (i < line.size() && line.get(i).style().equals(style)) {
                    if (run.length() > 0) {
                        run.append(' ');
                    }
                    run.append(line.get(i).text());
                    i++;
                }
                if (i < line.size()) {
                    run.append(' '); // the space before the next style's run belongs to this run
                }
                cursor += CvDevSetPdfCanvas.this.text(page, cursor, y, run.toString(), style);
            }
        }

        /** A line with text on the left and, on the same baseline, right-aligned text such as dates. */
        void leftRight(List<Span> left, String right, Style rightStyle) {
            float rightWidth = right == null ? 0 : rightStyle.width(right);
            float lineHeight = Math.max(rightStyle.size(), left.get(0).style().size()) * 1.3f;
            ensure(lineHeight);
            float savedY = y;
            int savedPage = page;
            Flow leftFlow = new Flow(x, width - rightWidth - 12, y, nextTop, bottom, page);
            leftFlow.spans(left, 0, 0, 1.3f);
            if (right != null) {
                float baseline = savedY - Math.max(rightStyle.size(), left.get(0).style().size());
                CvDevSetPdfCanvas.this.text(savedPage, x + width - rightWidth, baseline, right, rightStyle);
            }
            page = leftFlow.page;
            y = leftFlow.y;
        }

        void bullet(String glyph, String text, Style style, float indent) {
            ensure(style.size() * 1.45f);
            float glyphY = y - style.size();
            CvDevSetPdfCanvas.this.text(page, x + indent * 0.25f, glyphY, glyph, style);
            spans(List.of(new Span(text, style)), indent, indent, 1.45f);
        }

        void rule(float thickness, Color color) {
            ensure(thickness + 4);
            y -= 3;
            line(page, x, y, x + width, y, thickness, color);
            y -= 3;
        }

        /**
         * Items separated by {@code separator}, wrapped between items, never inside one; items with a URI get a link
         * annotation. {@code center} centres each line.
         */
        void items(List<String> items, List<String> uris, String separator, Style style, boolean center) {
            List<List<Integer>> lines = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            float used = 0;
            float sepWidth = style.width(separator);
            for (int i = 0; i < items.size(); i++) {
                float w = style.width(items.get(i));
                if (!current.isEmpty() && used + sepWidth + w > width) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                used += (current.isEmpty() ? 0 : sepWidth) + w;
                current.add(i);
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            for (List<Integer> line : lines) {
                ensure(style.size() * 1.4f);
                y -= style.size();
                float lineWidth = 0;
                for (int k = 0; k < line.size(); k++) {
                    lineWidth += style.width(items.get(line.get(k))) + (k > 0 ? sepWidth : 0);
                }
                float cursor = center ? x + (width - lineWidth) / 2 : x;
                for (int k = 0; k < line.size(); k++) {
                    int index = line.get(k);
                    String item = items.get(index);
                    String shown = k < line.size() - 1 ? item + separator : item;
                    float itemWidth = style.width(item);
                    CvDevSetPdfCanvas.this.text(page, cursor, y, shown, style);
                    if (uris != null && uris.get(index) != null) {
                        link(page, cursor, y - 2, itemWidth, style.size() + 3, uris.get(index));
                    }
                    cursor += itemWidth + sepWidth;
                }
                y -= style.size() * 0.4f;
            }
        }
    }

    private static int breakPoint(String word, Style style, float available) {
        int fits = 1;
        while (fits < word.length() && style.width(word.substring(0, fits + 1)) <= available) {
            fits++;
        }
        for (int k = fits; k > fits / 2; k--) {
            char before = word.charAt(k - 1);
            if (before == '/' || before == '-' || before == '@' || before == '.') {
                return k;
            }
        }
        return fits;
    }

    static List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && style.width(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
