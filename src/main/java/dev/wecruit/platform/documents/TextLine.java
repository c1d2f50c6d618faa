package dev.wecruit.platform.documents;

/**
 * One line of a {@link ReadDocument}, with the layout facts known about it.
 *
 * @param text     the line's text, whitespace tidied; a tab marks a wide gap inside the line (a tab stop in Word,
 *                 cells of one table row, a title and its right-aligned dates in a PDF)
 * @param start    where the line starts in {@link ReadDocument#text()}: {@code text().substring(start, end())}
 *                 equals {@code text}
 * @param page     1-based; for Word files as last laid out by Word (1 when unknown)
 * @param fontSize in points: the median glyph size in a PDF, the dominant run size in Word (11 when unset), 0 for
 *                 plain text
 * @param bold     most of the line's letters are bold
 * @param heading  Word only: the paragraph is styled as a heading or title, or has an outline level. Always false
 *                 for PDF and text, where a parser has to judge by size, weight and wording
 * @param column   0 for a single column or the left one, 1 for the right column of a two-column page
 * @param x        PDF only: left edge in points from the page's left edge
 * @param y        PDF only: baseline in points from the page's top edge (PDFBox's text direction-adjusted
 *                 coordinates, so y grows down the page)
 */
public record TextLine(String text, int start, int page, float fontSize, boolean bold, boolean heading, int column,
        Block block, float x, float y) {

    /** Where the line came from in the document's structure. */
    public enum Block {
        BODY, TABLE_CELL, TEXT_BOX, HEADER, FOOTER
    }

    public TextLine {
        if (text == null || block == null) {
            throw new IllegalArgumentException("text and block are required");
        }
    }

    /** Exclusive end offset in {@link ReadDocument#text()}. */
    public int end() {
        return start + text.length();
    }
}
