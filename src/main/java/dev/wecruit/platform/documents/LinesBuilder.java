package dev.wecruit.platform.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembles a {@link ReadDocument}: tidies each line's whitespace, joins lines with a newline and blocks with a blank
 * line, and records each line's offset as it goes, so offsets can never drift from the text.
 */
final class LinesBuilder {

    private final StringBuilder text = new StringBuilder(8192);
    private final List<TextLine> lines = new ArrayList<>();
    private final Set<String> hyperlinks = new LinkedHashSet<>();
    private boolean breakPending;
    private int row = -1;
    private int cell = -1;

    /** The next line starts a new block (blank line before it); repeated calls collapse into one. */
    void blockBreak() {
        if (!lines.isEmpty()) {
            breakPending = true;
        }
    }

    /** Adds text that may hold line breaks; each piece becomes a line with the same layout facts. */
    void add(String raw, int page, float fontSize, boolean bold, boolean heading, int column, TextLine.Block block,
            float x, float y) {
        int from = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || isLineBreak(raw.charAt(i))) {
                addLine(raw.substring(from, i), page, fontSize, bold, heading, column, block, x, y);
                from = i + 1;
            }
        }
    }

    /** The lines added from now on are in this table row and cell; -1, -1 when outside tables. */
    void cell(int row, int cell) {
        this.row = row;
        this.cell = cell;
    }

    void hyperlink(String target) {
        if (target != null && !target.isBlank() && target.length() < 2000) {
            hyperlinks.add(target.strip());
        }
    }

    int textLength() {
        return text.length();
    }

    ReadDocument build(DocumentFormat format, int pages) {
        return new ReadDocument(format, Math.max(1, pages), text.toString(), lines, List.copyOf(hyperlinks));
    }

    private void addLine(String raw, int page, float fontSize, boolean bold, boolean heading, int column,
            TextLine.Block block, float x, float y) {
        String tidy = tidy(raw);
        if (tidy.isEmpty()) {
            blockBreak();
            return;
        }
        if (!lines.isEmpty()) {
            text.append(breakPending ? "\n\n" : "\n");
        }
        breakPending = false;
        int start = text.length();
        text.append(tidy);
        lines.add(new TextLine(tidy, start, page, fontSize, bold, heading, column, block, x, y, row, cell));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029'
                || c == '\u0085';
    }

    private static boolean isSymbolBullet(char c) {
        return c == '\uF0B7' || c == '\uF0A7' || c == '\uF0A8' || c == '\uF076' || c == '\uF0D8' || c == '\uF0FC'
                || c == '\uF0D7' || c == '\uF06E' || c == '\uF0FB' || c == '\uF0A1';
    }

    /**
     * One space for a run of spaces, one tab for a run of blanks holding a tab; invisible characters dropped; icon-font
     * glyphs (private use area, used for phone and mail pictograms) become spaces; typographic ligatures expanded.
     */
    static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        boolean pendingTab = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String replacement = null;
            if (c == '\t') {
                pendingTab = true;
                continue;
            }
            if (out.length() == 0 && isSymbolBullet(c)) {
                // Word's bullets come out of PDFs as Symbol or Wingdings code points in the private use area
                out.append('•');
                pendingSpace = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= 0xE000 && c <= 0xF8FF) || c < 0x20
                    || (c >= 0x7F && c < 0xA0)) {
                pendingSpace = true;
                continue;
            }
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\uFFFD' -> {
                    continue;
                }
                case '\uFB00' -> replacement = "ff";
                case '\uFB01' -> replacement = "fi";
                case '\uFB02' -> replacement = "fl";
                case '\uFB03' -> replacement = "ffi";
                case '\uFB04' -> replacement = "ffl";
                case '\uFB05', '\uFB06' -> replacement = "st";
                default -> {
                }
            }
            if (Character.isSurrogate(c) && Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                int cp = raw.codePointAt(i);
                if (Character.getType(cp) == Character.PRIVATE_USE) {
                    // supplementary private use planes: icon fonts again
                    i++;
                    pendingSpace = true;
                    continue;
                }
            }
            if (out.length() > 0 && (pendingSpace || pendingTab)) {
                out.append(pendingTab ? '\t' : ' ');
            }
            pendingSpace = false;
            pendingTab = false;
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
