package dev.wecruit.platform.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one PDF page's glyphs into lines in reading order, keeping the two columns of a sidebar layout apart.
 *
 * <p>Glyphs are grouped into rows by baseline and rows into segments where a wide horizontal gap opens (a gutter,
 * a tab stop, a table cell, right-aligned dates). A page has two columns when a vertical band of whitespace in its
 * middle is crossed by few segments, both sides hold several segments, the right side starts at a common margin,
 * and the two sides do not pair up row by row. Pairing is what tells a table (labels and values, dates and roles,
 * titles and right-aligned dates) from columns: in a table almost every item on one side has a partner on the same
 * baseline on the other side and those items are spread out; a sidebar's lines run on without partners, or sit on
 * consecutive rows.
 *
 * <p>Columns are emitted whole, one after the other, band by band between lines that cross the gutter (a
 * full-width header with the name, say); interleaving them line by line is what would cost a parser its sections.
 * The sidebar comes first, on whichever side it is (a right column markedly narrower than the left one, holding
 * less text, is the sidebar; otherwise left comes first): a sidebar holds the name, contacts, skills and
 * languages, which a reader of the text expects at the top of the page, and a main column read after it keeps its
 * own order.
 */
final class PdfPageLayout {

    /** A glyph in direction-adjusted page coordinates (y grows down the page). */
    record Glyph(String text, float x0, float x1, float y, float size, boolean bold) {

        boolean blank() {
            return text.isBlank();
        }
    }

    private static final float ROW_TOLERANCE = 0.3f;
    private static final float WORD_GAP = 0.15f;
    private static final float SEGMENT_GAP = 1.4f;
    private static final float MIN_SEGMENT_GAP = 6f;
    private static final float BLOCK_GAP = 1.6f;
    private static final float ALIGNED_BASELINES = 1.5f;
    private static final double PAIRED = 0.7;
    private static final double FULLY_PAIRED = 0.9;
    private static final float MIN_GUTTER = 6f;

    private PdfPageLayout() {
    }

    static void emit(List<Glyph> glyphs, int page, LinesBuilder out) {
        if (glyphs.isEmpty()) {
            return;
        }
        List<Segment> segments = segments(glyphs);
        // a page number sits apart from both columns; as a column's item it would make a right margin of its own
        Float gutter = findGutter(segments.stream().filter(s -> !isPageNumber(s)).toList());
        if (gutter == null) {
            emitRows(segments, page, 0, out);
            return;
        }
        emitColumns(segments, gutter, page, out);
    }

    // ---- glyphs to segments ------------------------------------------------------------------------------------

    static final class Segment {
        final StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y;
        float[] sizes = new float[16];
        int glyphs;
        int boldGlyphs;

        void add(Glyph glyph) {
            x0 = Math.min(x0, glyph.x0());
            x1 = Math.max(x1, glyph.x1());
            if (glyphs == sizes.length) {
                sizes = Arrays.copyOf(sizes, glyphs * 2);
            }
            sizes[glyphs++] = glyph.size();
            if (glyph.bold()) {
                boldGlyphs++;
            }
            text.append(glyph.text());
        }

        float size() {
            return median(sizes, glyphs);
        }
    }

    private static List<Segment> segments(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x0));
        List<Segment> segments = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float rowY = sorted.get(0).y();
        float rowSize = sorted.get(0).size();
        for (Glyph glyph : sorted) {
            float tolerance = Math.max(1f, ROW_TOLERANCE * Math.min(rowSize, glyph.size()));
            if (!row.isEmpty() && glyph.y() - rowY > tolerance) {
                rowToSegments(row, segments);
                row.clear();
            }
            if (row.isEmpty()) {
                rowY = glyph.y();
                rowSize = glyph.size();
            }
            row.add(glyph);
        }
        rowToSegments(row, segments);
        return segments;
    }

    private static void rowToSegments(List<Glyph> row, List<Segment> segments) {
        row.sort(Comparator.comparingDouble(Glyph::x0));
        Segment current = null;
        Glyph previous = null;
        boolean spaceSeen = false;
        float[] ys = new float[row.size()];
        int count = 0;
        for (Glyph glyph : row) {
            if (glyph.blank()) {
                spaceSeen = true;
                continue;
            }
            if (previous != null) {
                float size = Math.max(previous.size(), glyph.size());
                float gap = glyph.x0() - previous.x1();
                if (gap > Math.max(MIN_SEGMENT_GAP, SEGMENT_GAP * size)) {
                    finish(current, ys, count, segments);
                    current = null;
                    count = 0;
                } else if (spaceSeen || gap > WORD_GAP * Math.min(previous.size(), glyph.size())) {
                    current.text.append(' ');
                }
            }
            if (current == null) {
                current = new Segment();
            }
            current.add(glyph);
            ys[count++] = glyph.y();
            previous = glyph;
            spaceSeen = false;
        }
        finish(current, ys, count, segments);
    }

    private static void finish(Segment segment, float[] ys, int count, List<Segment> segments) {
        if (segment == null) {
            return;
        }
        segment.y = median(ys, count);
        segments.add(segment);
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:page|pagina|página|seite|strona|sida|side|sivu|stránka|p\\.)\\s*)?\\d{1,3}"
                    + "\\s*(?:of|van|von|sur|de|di|do|/|z|av|af|ze)\\s*\\d{1,3}"
                    + "|(?:page|pagina|página|seite|strona|sida|side|sivu|stránka)\\s*\\d{1,3}"
                    + "|[-–—]\\s*\\d{1,3}\\s*[-–—]");

    /** "Page 2 of 3", "2 / 3", "Seite 2", "- 2 -"; a bare number could be anything, a rating or a count. */
    private static boolean isPageNumber(Segment segment) {
        return segment.text.length() <= 20 && PAGE_NUMBER.matcher(segment.text.toString().strip()).matches();
    }

    // ---- columns ----------------------------------------------------------------------------------------------

    private static Float findGutter(List<Segment> segments) {
        if (segments.size() < 6) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Segment s : segments) {
            left = Math.min(left, s.x0);
            right = Math.max(right, s.x1);
        }
        float width = right - left;
        if (width < 100) {
            return null;
        }
        int bins = (int) Math.ceil(width) + 1;
        int[] cover = new int[bins];
        for (Segment s : segments) {
            int from = Math.max(0, (int) Math.floor(s.x0 - left));
            int to = Math.min(bins, (int) Math.ceil(s.x1 - left));
            for (int b = from; b < to; b++) {
                cover[b]++;
            }
        }
        int maxCrossing = Math.max(2, (int) (segments.size() * 0.15));
        int lo = (int) (width * 0.12);
        int hi = (int) (width * 0.88);
        Float best = null;
        int bestCrossing = Integer.MAX_VALUE;
        float bestWidth = 0;
        int b = lo;
        while (b < hi) {
            if (cover[b] > maxCrossing) {
                b++;
                continue;
            }
            int start = b;
            int crossing = 0;
            while (b < hi && cover[b] <= maxCrossing) {
                crossing = Math.max(crossing, cover[b]);
                b++;
            }
            float runWidth = b - start;
            if (runWidth < MIN_GUTTER) {
                continue;
            }
            float middle = left + clearest(cover, start, b);
            if (isColumnSplit(segments, middle, maxCrossing)
                    && (crossing < bestCrossing || (crossing == bestCrossing && runWidth > bestWidth))) {
                best = middle;
                bestCrossing = crossing;
                bestWidth = runWidth;
            }
        }
        return best;
    }

    /**
     * The middle of the widest stretch of a gutter run that the fewest segments cross. A run tolerates a few
     * crossings (a sidebar's long address or URL reaching into the gap); the split goes where the gap is really
     * empty, not through the line that overflows.
     */
    private static float clearest(int[] cover, int from, int to) {
        int least = Integer.MAX_VALUE;
        for (int b = from; b < to; b++) {
            least = Math.min(least, cover[b]);
        }
        int bestStart = from;
        int bestWidth = 0;
        int b = from;
        while (b < to) {
            if (cover[b] != least) {
                b++;
                continue;
            }
            int start = b;
            while (b < to && cover[b] == least) {
                b++;
            }
            if (b - start > bestWidth) {
                bestWidth = b - start;
                bestStart = start;
            }
        }
        return bestStart + bestWidth / 2f;
    }

    private static boolean isColumnSplit(List<Segment> segments, float middle, int maxCrossing) {
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int spanning = 0;
        for (Segment s : segments) {
            if (s.x1 <= middle) {
                left.add(s);
            } else if (s.x0 >= middle) {
                right.add(s);
            } else {
                spanning++;
            }
        }
        if (left.size() < 3 || right.size() < 3 || spanning > maxCrossing) {
            return false;
        }
        if (yMax(left) < yMin(right) || yMax(right) < yMin(left)) {
            // one side above the other is two blocks, not two columns
            return false;
        }
        if (marginShare(right) < 0.3) {
            // right-aligned dates or ragged table cells, not a column with its own margin
            return false;
        }
        double leftShare = pairedShare(left, right);
        double rightShare = pairedShare(right, left);
        boolean leftPaired = leftShare >= PAIRED;
        boolean rightPaired = rightShare >= PAIRED;
        if (leftShare >= FULLY_PAIRED && rightShare >= FULLY_PAIRED) {
            // every item has a partner on its baseline: the rows of a table
            return false;
        }
        if (leftPaired && rightPaired) {
            // mostly paired: a table with a few empty cells, or two columns set on one baseline grid, which still
            // leave their blank lines in different places; columns run on line after line on both sides
            return runsOn(left) && runsOn(right);
        }
        if (leftPaired && !runsOn(left)) {
            return false;
        }
        return !rightPaired || runsOn(right);
    }

    /**
     * The share of a side's segments with a partner on the other side's baseline, counting only the rows both sides
     * span: a heading above a table of labels and values has no partner, and is no sign of a column.
     */
    private static double pairedShare(List<Segment> side, List<Segment> other) {
        float top = yMin(other) - ALIGNED_BASELINES;
        float bottom = yMax(other) + ALIGNED_BASELINES;
        int paired = 0;
        int counted = 0;
        for (Segment s : side) {
            if (s.y < top || s.y > bottom) {
                continue;
            }
            counted++;
            for (Segment o : other) {
                if (Math.abs(o.y - s.y) <= ALIGNED_BASELINES) {
                    paired++;
                    break;
                }
            }
        }
        return counted == 0 ? 0 : (double) paired / counted;
    }

    /** A sidebar whose rows happen to share baselines with the main column still runs on line after line. */
    private static boolean runsOn(List<Segment> side) {
        if (side.size() < 6) {
            return false;
        }
        List<Segment> sorted = new ArrayList<>(side);
        sorted.sort(Comparator.comparingDouble(s -> s.y));
        int adjacent = 0;
        for (int i = 1; i < sorted.size(); i++) {
            Segment previous = sorted.get(i - 1);
            Segment current = sorted.get(i);
            if (current.y - previous.y <= 2.0f * Math.max(previous.size(), current.size())) {
                adjacent++;
            }
        }
        return adjacent >= 0.6 * (sorted.size() - 1);
    }

    private static double marginShare(List<Segment> side) {
        float margin = Float.MAX_VALUE;
        for (Segment s : side) {
            margin = Math.min(margin, s.x0);
        }
        int atMargin = 0;
        for (Segment s : side) {
            if (s.x0 - margin <= 3f) {
                atMargin++;
            }
        }
        return (double) atMargin / side.size();
    }

    private static float yMin(List<Segment> segments) {
        float min = Float.MAX_VALUE;
        for (Segment s : segments) {
            min = Math.min(min, s.y);
        }
        return min;
    }

    private static float yMax(List<Segment> segments) {
        float max = -Float.MAX_VALUE;
        for (Segment s : segments) {
            max = Math.max(max, s.y);
        }
        return max;
    }

    private static void emitColumns(List<Segment> segments, float gutter, int page, LinesBuilder out) {
        List<Segment> spanning = new ArrayList<>();
        for (Segment s : segments) {
            if (s.x0 < gutter && s.x1 > gutter || isPageNumber(s)) {
                spanning.add(s);
            }
        }
        // whatever shares a baseline with a spanning segment is part of that full-width row
        List<Segment> rest = new ArrayList<>();
        for (Segment s : segments) {
            if (spanning.contains(s)) {
                continue;
            }
            boolean onSpanningRow = false;
            for (Segment span : spanning) {
                if (Math.abs(span.y - s.y) <= Math.max(1f, ROW_TOLERANCE * span.size())) {
                    onSpanningRow = true;
                    break;
                }
            }
            if (onSpanningRow) {
                spanning.add(s);
            } else {
                rest.add(s);
            }
        }
        List<List<Segment>> spanningRows = rows(spanning);
        int bands = spanningRows.size() + 1;
        List<List<Segment>> left = new ArrayList<>();
        List<List<Segment>> right = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            left.add(new ArrayList<>());
            right.add(new ArrayList<>());
        }
        for (Segment s : rest) {
            int band = 0;
            while (band < spanningRows.size() && spanningRows.get(band).get(0).y < s.y) {
                band++;
            }
            (s.x1 <= gutter ? left : right).get(band).add(s);
        }
        boolean rightFirst = isSidebar(rest, gutter);
        for (int band = 0; band < bands; band++) {
            if (rightFirst) {
                emitRows(right.get(band), page, 1, out);
                out.blockBreak();
            }
            emitRows(left.get(band), page, 0, out);
            out.blockBreak();
            if (!rightFirst) {
                emitRows(right.get(band), page, 1, out);
                out.blockBreak();
            }
            if (band < spanningRows.size()) {
                emitRows(spanningRows.get(band), page, 0, out);
                out.blockBreak();
            }
        }
    }

    /** Whether the right column is a sidebar: markedly narrower than the left one, and holding less text. */
    private static boolean isSidebar(List<Segment> segments, float gutter) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        int leftText = 0;
        int rightText = 0;
        for (Segment s : segments) {
            left = Math.min(left, s.x0);
            right = Math.max(right, s.x1);
            if (s.x1 <= gutter) {
                leftText += s.text.length();
            } else {
                rightText += s.text.length();
            }
        }
        return right - gutter < 0.8f * (gutter - left) && rightText < leftText;
    }

    // ---- segments to lines ------------------------------------------------------------------------------------

    private static List<List<Segment>> rows(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble((Segment s) -> s.y).thenComparingDouble(s -> s.x0));
        List<List<Segment>> rows = new ArrayList<>();
        List<Segment> row = null;
        float rowY = 0;
        float rowSize = 0;
        for (Segment s : sorted) {
            float size = s.size();
            if (row == null || s.y - rowY > Math.max(1f, ROW_TOLERANCE * Math.min(rowSize, size))) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = s.y;
                rowSize = size;
            }
            row.add(s);
        }
        for (List<Segment> r : rows) {
            r.sort(Comparator.comparingDouble(s -> s.x0));
        }
        return rows;
    }

    private static void emitRows(List<Segment> segments, int page, int column, LinesBuilder out) {
        float previousY = Float.NaN;
        float previousSize = 0;
        for (List<Segment> row : rows(segments)) {
            StringBuilder text = new StringBuilder();
            int glyphs = 0;
            int bold = 0;
            float[] sizes = new float[0];
            for (Segment s : row) {
                if (!text.isEmpty()) {
                    text.append('\t');
                }
                text.append(s.text);
                int from = sizes.length;
                sizes = Arrays.copyOf(sizes, from + s.glyphs);
                System.arraycopy(s.sizes, 0, sizes, from, s.glyphs);
                glyphs += s.glyphs;
                bold += s.boldGlyphs;
            }
            float size = median(sizes, sizes.length);
            float y = row.get(0).y;
            if (!Float.isNaN(previousY) && y - previousY > BLOCK_GAP * Math.max(size, previousSize)) {
                out.blockBreak();
            }
            out.add(text.toString(), page, size, bold * 2 > glyphs, false, column, TextLine.Block.BODY,
                    row.get(0).x0, y);
            previousY = y;
            previousSize = size;
        }
    }

    private static float median(float[] values, int count) {
        if (count == 0) {
            return 0;
        }
        float[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy[count / 2];
    }
}
