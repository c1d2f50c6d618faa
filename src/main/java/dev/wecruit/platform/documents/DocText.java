package dev.wecruit.platform.documents;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Legacy Word (97-2003) through HWPF: headers, then body paragraphs with bold, size and heading styles from their
 * character runs, then text boxes (HWPF keeps their text in a story of its own, so it comes after the body).
 */
final class DocText {

    private static final Pattern HYPERLINK_FIELD = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");

    private final HWPFDocument document;
    private final LinesBuilder out;
    private int page = 1;
    private int rowsSeen;

    DocText(HWPFDocument document, LinesBuilder out) {
        this.document = document;
        this.out = out;
    }

    int pagesSeen() {
        return page;
    }

    void read() throws InterruptedIOException {
        headers();
        Range range = document.getRange();
        int count = range.numParagraphs();
        List<List<Paragraph>> row = new ArrayList<>();
        List<Paragraph> cell = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if ((i & 31) == 0 && Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted between paragraphs");
            }
            Paragraph paragraph = range.getParagraph(i);
            if (!paragraph.isInTable()) {
                flushRow(row, cell);
                paragraph(paragraph, TextLine.Block.BODY);
                continue;
            }
            if (paragraph.isTableRowEnd()) {
                flushRow(row, cell);
                continue;
            }
            cell.add(paragraph);
            if (paragraph.text().endsWith("\u0007")) {
                row.add(new ArrayList<>(cell));
                cell.clear();
            }
        }
        flushRow(row, cell);
        out.blockBreak();
        Range boxes = document.getMainTextboxRange();
        if (boxes != null) {
            for (int i = 0; i < boxes.numParagraphs(); i++) {
                paragraph(boxes.getParagraph(i), TextLine.Block.TEXT_BOX);
            }
            out.blockBreak();
        }
    }

    /** Like DOCX: a row of one-line cells is one line, cells joined by tabs; other rows read cell by cell. */
    private void flushRow(List<List<Paragraph>> row, List<Paragraph> cell) {
        if (!cell.isEmpty()) {
            row.add(new ArrayList<>(cell));
            cell.clear();
        }
        if (row.isEmpty()) {
            return;
        }
        out.blockBreak();
        int rowNumber = rowsSeen++;
        boolean oneLineCells = row.size() > 1 && row.stream().allMatch(paragraphs -> paragraphs.stream()
                .filter(p -> !visible(p.text()).isBlank()).count() <= 1);
        if (oneLineCells) {
            StringBuilder text = new StringBuilder();
            Paragraph first = null;
            for (List<Paragraph> paragraphs : row) {
                for (Paragraph p : paragraphs) {
                    String visible = visible(p.text()).strip();
                    if (!visible.isEmpty()) {
                        if (!text.isEmpty()) {
                            text.append('\t');
                        }
                        text.append(visible);
                        first = first == null ? p : first;
                    }
                }
            }
            if (first != null) {
                out.cell(rowNumber, 0);
                Formatting formatting = formatting(first);
                out.add(text.toString(), page, formatting.size, formatting.bold, false, 0, TextLine.Block.TABLE_CELL,
                        0, 0);
            }
        } else {
            for (int c = 0; c < row.size(); c++) {
                out.cell(rowNumber, c);
                for (Paragraph p : row.get(c)) {
                    paragraph(p, TextLine.Block.TABLE_CELL);
                }
                out.blockBreak();
            }
        }
        out.cell(-1, -1);
        out.blockBreak();
        row.clear();
    }

    private void headers() {
        try {
            HeaderStories stories = new HeaderStories(document);
            Set<String> headers = new LinkedHashSet<>();
            for (Range range : new Range[] {stories.getFirstHeaderSubrange(), stories.getOddHeaderSubrange(),
                    stories.getEvenHeaderSubrange()}) {
                if (range != null) {
                    headers.add(range.text());
                }
            }
            for (String header : headers) {
                if (header != null && !header.isBlank()) {
                    out.add(visible(header), 1, 11, false, false, 0, TextLine.Block.HEADER, 0, 0);
                    out.blockBreak();
                }
            }
        } catch (RuntimeException e) {
            // HWPF's header stories are fragile in old files; the body matters more than a header
        }
    }

    private record Formatting(float size, boolean bold) {
    }

    private static Formatting formatting(Paragraph paragraph) {
        int letters = 0;
        int boldLetters = 0;
        float size = 11;
        int sizeLetters = -1;
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            int runLetters = run.text().strip().length();
            letters += runLetters;
            if (run.isBold()) {
                boldLetters += runLetters;
            }
            if (runLetters > sizeLetters && run.getFontSize() > 0) {
                sizeLetters = runLetters;
                size = run.getFontSize() / 2f;
            }
        }
        return new Formatting(size, letters > 0 && boldLetters * 2 > letters);
    }

    private void paragraph(Paragraph paragraph, TextLine.Block block) {
        String raw = paragraph.text();
        Matcher link = HYPERLINK_FIELD.matcher(raw);
        while (link.find()) {
            out.hyperlink(link.group(1));
        }
        int breaks = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\f') {
                breaks++;
            }
        }
        String text = visible(raw);
        if (text.isBlank()) {
            out.blockBreak();
            page += breaks;
            return;
        }
        Formatting formatting = formatting(paragraph);
        boolean heading = paragraph.getLvl() >= 0 && paragraph.getLvl() < 9 || isHeadingStyle(paragraph);
        if (!heading && paragraph.getIlfo() > 0 && !text.isBlank()) {
            // a list item: Word draws its bullet, the text does not hold it
            text = "• " + text.stripLeading();
        }
        if (heading) {
            out.blockBreak();
        }
        out.add(text, page, formatting.size, formatting.bold, heading, 0, block, 0, 0);
        page += breaks;
    }

    private boolean isHeadingStyle(Paragraph paragraph) {
        try {
            StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
            String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
            return name.startsWith("heading") || name.equals("title");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Word's plain text with field instructions removed (field begin 0x13, separator 0x14, end 0x15: we keep the
     * result, not the instruction) and cell marks (0x07) turned into tabs.
     */
    static String visible(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int depth = 0;
        // per field depth: true while inside the instruction part
        boolean[] instruction = new boolean[32];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> {
                    if (depth < instruction.length - 1) {
                        depth++;
                        instruction[depth] = true;
                    }
                }
                case '\u0014' -> instruction[depth] = false;
                case '\u0015' -> {
                    if (depth > 0) {
                        instruction[depth] = false;
                        depth--;
                    }
                }
                default -> {
                    if (!inInstruction(instruction, depth)) {
                        text.append(c == '\u0007' ? '\t' : c);
                    }
                }
            }
        }
        return text.toString();
    }

    private static boolean inInstruction(boolean[] instruction, int depth) {
        for (int d = 1; d <= depth; d++) {
            if (instruction[d]) {
                return true;
            }
        }
        return false;
    }
}
