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
 * @param row      Word only: which table row the line is in, counted through the document from 0 (nested tables
 *                 count their own rows), or -1 outside tables; lines of one row share the number
 * @param cell     Word only: the line's cell within its row, from 0, or -1 outside tables; a row of one-line cells
 *                 read as a single line (cells joined by tabs) is cell 0
 */
public record TextLine(String text, int start, int page, float fontSize, boolean bold, boolean heading, int column,
        Block block, float x, float y, int row, int cell) {

    /** Lines outside tables, or from formats that do not tell table rows apart. */
    public TextLine(String text, int start, int page, float fontSize, boolean bold, boolean heading, int column,
            Block block, float x, float y) {
        this(text, start, page, fontSize, bold, heading, column, block, x, y, -1, -1);
    }

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
