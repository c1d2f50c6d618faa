package dev.wecruit.platform.documents;

import java.util.List;

/**
 * A document's text in reading order, and its lines with layout.
 *
 * @param pages      pages in the file (for Word, as Word last counted them, at least 1)
 * @param text       the whole text: lines joined by {@code '\n'}, a blank line between blocks (paragraph gaps, table
 *                   rows, columns, pages), whitespace tidied
 * @param lines      every non-blank line of {@code text}, in order; {@link TextLine#start()} points into {@code text}
 * @param hyperlinks link targets that may not be visible in the text (a word "LinkedIn" linked to a profile): DOCX
 *                   hyperlinks and HYPERLINK fields, PDF link annotations; in document order, without duplicates
 */
public record ReadDocument(DocumentFormat format, int pages, String text, List<TextLine> lines,
        List<String> hyperlinks) {

    public ReadDocument {
        lines = List.copyOf(lines);
        hyperlinks = List.copyOf(hyperlinks);
    }

    public ReadDocument(DocumentFormat format, int pages, String text, List<TextLine> lines) {
        this(format, pages, text, lines, List.of());
    }
}
