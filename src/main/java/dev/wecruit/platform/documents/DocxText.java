package dev.wecruit.platform.documents;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a DOCX's WordprocessingML in document order: headers, then the body (paragraphs, tables row by row, content
 * controls, and text boxes after the paragraph that anchors them), then footers.
 *
 * <p>We walk the XML rather than POI's {@code XWPFParagraph} because text boxes ({@code w:txbxContent} inside
 * drawings, VML shapes and {@code mc:AlternateContent}) are invisible to the usermodel, and because we need
 * per-run bold and size with style inheritance. A text box usually appears twice, as a DrawingML choice and a VML
 * fallback: we read only the choice, and also skip any text box whose text we have already emitted.
 */
final class DocxText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final float DEFAULT_SIZE = 11f;
    private static final Pattern HYPERLINK_FIELD = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");

    private final XWPFDocument document;
    private final LinesBuilder out;
    private final Styles styles;
    private final Set<String> textBoxesSeen = new HashSet<>();
    private PackagePart part;
    private int page = 1;
    private boolean explicitBreakPending;
    private int paragraphs;
    private int rowsSeen;
    private int currentRow = -1;
    private int currentCell = -1;

    DocxText(XWPFDocument document, LinesBuilder out) {
        this.document = document;
        this.out = out;
        this.styles = new Styles(document.getStyles());
    }

    /** The last page number reached, from Word's own page-break marks. */
    int pagesSeen() {
        return page;
    }

    void read() throws InterruptedIOException {
        Set<String> headersSeen = new HashSet<>();
        for (XWPFHeader header : document.getHeaderList()) {
            if (headersSeen.add(header.getText())) {
                part = header.getPackagePart();
                container(header._getHdrFtr().getDomNode(), TextLine.Block.HEADER);
                out.blockBreak();
            }
        }
        part = document.getPackagePart();
        container(document.getDocument().getBody().getDomNode(), TextLine.Block.BODY);
        out.blockBreak();
        Set<String> footersSeen = new HashSet<>();
        for (XWPFFooter footer : document.getFooterList()) {
            if (footersSeen.add(footer.getText())) {
                part = footer.getPackagePart();
                container(footer._getHdrFtr().getDomNode(), TextLine.Block.FOOTER);
                out.blockBreak();
            }
        }
    }

    private void container(Node parent, TextLine.Block block) throws InterruptedIOException {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if (name == null) {
                if (isAlternateContent(child)) {
                    Node chosen = chosenAlternative(child);
                    if (chosen != null) {
                        container(chosen, block);
                    }
                }
                continue;
            }
            switch (name) {
                case "p" -> paragraph(child, block);
                case "tbl" -> table(child, block == TextLine.Block.BODY ? TextLine.Block.TABLE_CELL : block);
                case "sdt" -> {
                    Node content = wordChild(child, "sdtContent");
                    if (content != null) {
                        container(content, block);
                    }
                }
                case "customXml", "ins", "moveTo", "sdtContent" -> container(child, block);
                default -> {
                    // sectPr, bookmarks, deleted content and the like hold no text to read
                }
            }
        }
    }

    private void table(Node table, TextLine.Block block) throws InterruptedIOException {
        out.blockBreak();
        // a table nested in a cell numbers its own rows; the lines after it are the outer cell's again
        int outerRow = currentRow;
        int outerCell = currentCell;
        for (Node row : rowsOf(table)) {
            int rowNumber = rowsSeen++;
            List<Node> cells = cellsOf(row);
            if (cells.size() > 1 && cells.stream().allMatch(this::isSingleLineCell)) {
                // a row of one-line cells reads as one line: "2019 - 2021 | Nurse | St Mary's"
                inCell(rowNumber, 0);
                singleLineRow(cells, block);
            } else {
                for (int c = 0; c < cells.size(); c++) {
                    inCell(rowNumber, c);
                    container(cells.get(c), block);
                    out.blockBreak();
                }
            }
            out.blockBreak();
        }
        inCell(outerRow, outerCell);
    }

    private void inCell(int row, int cell) {
        currentRow = row;
        currentCell = cell;
        out.cell(row, cell);
    }

    private List<Node> rowsOf(Node table) {
        List<Node> rows = new ArrayList<>();
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if ("tr".equals(name)) {
                rows.add(child);
            } else if ("sdt".equals(name) || "customXml".equals(name)) {
                Node content = "sdt".equals(name) ? wordChild(child, "sdtContent") : child;
                if (content != null) {
                    rows.addAll(rowsOf(content));
                }
            }
        }
        return rows;
    }

    private List<Node> cellsOf(Node row) {
        List<Node> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if ("tc".equals(name)) {
                cells.add(child);
            } else if ("sdt".equals(name) || "customXml".equals(name)) {
                Node content = "sdt".equals(name) ? wordChild(child, "sdtContent") : child;
                if (content != null) {
                    cells.addAll(cellsOf(content));
                }
            }
        }
        return cells;
    }

    private boolean isSingleLineCell(Node cell) {
        int nonEmpty = 0;
        for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if ("tbl".equals(name) || "sdt".equals(name)) {
                return false;
            }
            if ("p".equals(name)) {
                StringBuilder text = new StringBuilder();
                if (!plainText(child, text)) {
                    return false;
                }
                if (!text.toString().isBlank()) {
                    nonEmpty++;
                }
            }
        }
        return nonEmpty <= 1;
    }

    /** The visible text of a paragraph, without side effects; false when it breaks lines or holds a text box. */
    private static boolean plainText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = wordName(child);
            if ("txbxContent".equals(name) || "br".equals(name) || "cr".equals(name)) {
                return false;
            }
            if ("t".equals(name)) {
                text.append(textOf(child));
            } else if (!"del".equals(name) && !"instrText".equals(name) && !"delText".equals(name)
                    && !plainText(child, text)) {
                return false;
            }
        }
        return true;
    }

    private void singleLineRow(List<Node> cells, TextLine.Block block) throws InterruptedIOException {
        StringBuilder text = new StringBuilder();
        Run total = new Run();
        boolean heading = false;
        for (Node cell : cells) {
            for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!"p".equals(wordName(child))) {
                    continue;
                }
                checkInterrupt();
                ParagraphStyle style = paragraphStyle(child);
                Run run = new Run();
                collect(child, run, new ArrayList<>(), style);
                if (!run.text.toString().isBlank()) {
                    if (!text.isEmpty()) {
                        text.append('\t');
                    }
                    text.append(run.text);
                    total.merge(run);
                    heading |= style.heading;
                }
            }
        }
        out.add(text.toString(), page, total.dominantSize(), total.mostlyBold(), heading, 0, block, 0, 0);
    }

    private void paragraph(Node paragraph, TextLine.Block block) throws InterruptedIOException {
        checkInterrupt();
        ParagraphStyle style = paragraphStyle(paragraph);
        if (style.pageBreakBefore) {
            explicitBreak();
        }
        Run run = new Run();
        List<Node> textBoxes = new ArrayList<>();
        collect(paragraph, run, textBoxes, style);
        String text = run.text.toString();
        if (style.listItem && !text.isBlank()) {
            // Word draws the bullet itself; the reader sees "•", and so should a parser telling items from headings
            text = "• " + text;
        }
        if (text.isBlank()) {
            out.blockBreak();
        } else {
            if (style.heading) {
                out.blockBreak();
            }
            out.add(text, page, run.dominantSize(), run.mostlyBold(), style.heading, 0, block, 0, 0);
        }
        if (!textBoxes.isEmpty()) {
            TextLine.Block boxBlock = block == TextLine.Block.BODY || block == TextLine.Block.TABLE_CELL
                    ? TextLine.Block.TEXT_BOX
                    : block;
            for (Node box : textBoxes) {
                String boxText = textOf(box).strip();
                if (boxText.isEmpty() || !textBoxesSeen.add(boxText)) {
                    continue;
                }
                out.blockBreak();
                container(box, boxBlock);
                out.blockBreak();
            }
        }
    }

    /** Gathers a paragraph's visible text and run formatting; text boxes met on the way are set aside. */
    private void collect(Node node, Run run, List<Node> textBoxes, ParagraphStyle style) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if (name == null) {
                if (isAlternateContent(child)) {
                    Node chosen = chosenAlternative(child);
                    if (chosen != null) {
                        findTextBoxes(chosen, textBoxes);
                    }
                } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                    findTextBoxes(child, textBoxes);
                }
                continue;
            }
            switch (name) {
                case "r" -> runElement(child, run, textBoxes, style);
                case "hyperlink" -> {
                    String id = ((Element) child).getAttributeNS(R, "id");
                    if (!id.isEmpty()) {
                        out.hyperlink(relationshipTarget(id));
                    }
                    collect(child, run, textBoxes, style);
                }
                case "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo" -> {
                    if ("fldSimple".equals(name)) {
                        hyperlinkField(((Element) child).getAttributeNS(W, "instr"));
                    }
                    collect(child, run, textBoxes, style);
                }
                case "sdt" -> {
                    Node content = wordChild(child, "sdtContent");
                    if (content != null) {
                        collect(content, run, textBoxes, style);
                    }
                }
                default -> {
                    // pPr, deletions, bookmarks, proofing marks
                }
            }
        }
    }

    private void runElement(Node runNode, Run run, List<Node> textBoxes, ParagraphStyle style) {
        Node properties = wordChild(runNode, "rPr");
        Boolean bold = properties == null ? null : onOff(wordChild(properties, "b"));
        Float size = properties == null ? null : halfPoints(wordChild(properties, "sz"));
        if (properties != null) {
            Node runStyle = wordChild(properties, "rStyle");
            if (runStyle != null) {
                Styles.Resolved resolved = styles.resolve(val(runStyle));
                bold = bold != null ? bold : resolved.bold;
                size = size != null ? size : resolved.size;
            }
        }
        boolean isBold = bold != null ? bold : style.bold;
        float isSize = size != null ? size : style.size;
        for (Node child = runNode.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = wordName(child);
            if (name == null) {
                if (isAlternateContent(child)) {
                    Node chosen = chosenAlternative(child);
                    if (chosen != null) {
                        findTextBoxes(chosen, textBoxes);
                    }
                }
                continue;
            }
            switch (name) {
                case "t" -> run.append(textOf(child), isBold, isSize);
                case "tab", "ptab" -> run.append("\t", isBold, isSize);
                case "br" -> {
                    if ("page".equals(((Element) child).getAttributeNS(W, "type"))) {
                        explicitBreak();
                    }
                    run.append("\n", isBold, isSize);
                }
                case "cr" -> run.append("\n", isBold, isSize);
                case "noBreakHyphen" -> run.append("-", isBold, isSize);
                case "lastRenderedPageBreak" -> renderedBreak();
                case "instrText" -> hyperlinkField(textOf(child));
                case "drawing", "pict", "object" -> findTextBoxes(child, textBoxes);
                default -> {
                    // rPr, fldChar, delText, footnote references, symbols from icon fonts
                }
            }
        }
    }

    private void findTextBoxes(Node node, List<Node> textBoxes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if ("txbxContent".equals(wordName(child))) {
                textBoxes.add(child);
            } else if (isAlternateContent(child)) {
                Node chosen = chosenAlternative(child);
                if (chosen != null) {
                    findTextBoxes(chosen, textBoxes);
                }
            } else {
                findTextBoxes(child, textBoxes);
            }
        }
    }

    private void hyperlinkField(String instruction) {
        if (instruction == null) {
            return;
        }
        Matcher matcher = HYPERLINK_FIELD.matcher(instruction);
        if (matcher.find()) {
            out.hyperlink(matcher.group(1));
        }
    }

    private String relationshipTarget(String id) {
        try {
            PackageRelationship relationship = part.getRelationship(id);
            return relationship == null ? null : relationship.getTargetURI().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void explicitBreak() {
        page++;
        explicitBreakPending = true;
    }

    private void renderedBreak() {
        // Word writes a rendered-break mark right after a manual page break too; count the page once
        if (explicitBreakPending) {
            explicitBreakPending = false;
            return;
        }
        page++;
    }

    private void checkInterrupt() throws InterruptedIOException {
        if ((++paragraphs & 31) == 0 && Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted between paragraphs");
        }
    }

    private ParagraphStyle paragraphStyle(Node paragraph) {
        Node properties = wordChild(paragraph, "pPr");
        String styleId = null;
        Integer outline = null;
        boolean pageBreakBefore = false;
        boolean listItem = false;
        if (properties != null) {
            Node numbering = wordChild(properties, "numPr");
            Node numId = numbering == null ? null : wordChild(numbering, "numId");
            listItem = numId != null && !"0".equals(val(numId));
            Node styleNode = wordChild(properties, "pStyle");
            styleId = styleNode == null ? null : val(styleNode);
            Node outlineNode = wordChild(properties, "outlineLvl");
            outline = outlineNode == null ? null : parseInt(val(outlineNode));
            Boolean breakBefore = onOff(wordChild(properties, "pageBreakBefore"));
            pageBreakBefore = breakBefore != null && breakBefore;
        }
        Styles.Resolved resolved = styles.resolve(styleId);
        ParagraphStyle style = new ParagraphStyle(resolved);
        int level = outline != null ? outline : resolved.outline;
        style.heading = resolved.heading || (level >= 0 && level < 9);
        style.pageBreakBefore = pageBreakBefore;
        style.listItem = (listItem || resolved.list) && !style.heading;
        return style;
    }

    // ---- XML helpers ------------------------------------------------------------------------------------------

    /** The local name of a WordprocessingML element, or null for anything else. */
    static String wordName(Node node) {
        if (node.getNodeType() != Node.ELEMENT_NODE || !W.equals(node.getNamespaceURI())) {
            return null;
        }
        return node.getLocalName();
    }

    /** XmlBeans' DOM does not implement {@code getTextContent()}. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            short type = child.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (type == Node.ELEMENT_NODE) {
                appendText(child, text);
            }
        }
    }

    static Node wordChild(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (localName.equals(wordName(child))) {
                return child;
            }
        }
        return null;
    }

    static String val(Node node) {
        return ((Element) node).getAttributeNS(W, "val");
    }

    /** A w:b-like toggle: present without a value means on. */
    static Boolean onOff(Node node) {
        if (node == null) {
            return null;
        }
        String value = val(node).toLowerCase(Locale.ROOT);
        return !(value.equals("0") || value.equals("false") || value.equals("off") || value.equals("none"));
    }

    static Float halfPoints(Node node) {
        if (node == null) {
            return null;
        }
        Integer halves = parseInt(val(node));
        return halves == null || halves <= 0 ? null : halves / 2f;
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAlternateContent(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && "AlternateContent".equals(node.getLocalName());
    }

    private static Node chosenAlternative(Node alternateContent) {
        Node fallback = null;
        for (Node child = alternateContent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if ("Choice".equals(child.getLocalName())) {
                return child;
            }
            if ("Fallback".equals(child.getLocalName())) {
                fallback = child;
            }
        }
        return fallback;
    }

    // ---- formatting -------------------------------------------------------------------------------------------

    private static final class ParagraphStyle {
        boolean bold;
        float size = DEFAULT_SIZE;
        boolean heading;
        boolean pageBreakBefore;
        boolean listItem;

        ParagraphStyle(Styles.Resolved resolved) {
            if (resolved != null) {
                bold = resolved.bold != null && resolved.bold;
                size = resolved.size != null ? resolved.size : DEFAULT_SIZE;
            }
        }
    }

    /** A paragraph's text and how many of its letters were bold, at which size. */
    private static final class Run {
        final StringBuilder text = new StringBuilder();
        final Map<Float, Integer> lettersBySize = new HashMap<>();
        int letters;
        int boldLetters;

        void append(String value, boolean bold, float size) {
            text.append(value);
            int count = 0;
            for (int i = 0; i < value.length(); i++) {
                if (!Character.isWhitespace(value.charAt(i))) {
                    count++;
                }
            }
            letters += count;
            if (bold) {
                boldLetters += count;
            }
            if (count > 0) {
                lettersBySize.merge(size, count, Integer::sum);
            }
        }

        void merge(Run other) {
            letters += other.letters;
            boldLetters += other.boldLetters;
            other.lettersBySize.forEach((size, count) -> lettersBySize.merge(size, count, Integer::sum));
        }

        float dominantSize() {
            return lettersBySize.entrySet().stream()
                    .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse(DEFAULT_SIZE);
        }

        boolean mostlyBold() {
            return letters > 0 && boldLetters * 2 > letters;
        }
    }

    /** Paragraph and character styles with their basedOn chains resolved, cached per style id. */
    private static final class Styles {

        record Resolved(Boolean bold, Float size, boolean heading, int outline, boolean list) {
        }

        private final XWPFStyles styles;
        private final Map<String, Resolved> cache = new HashMap<>();
        private final Resolved defaults;

        Styles(XWPFStyles styles) {
            this.styles = styles;
            this.defaults = readDefaults(styles);
        }

        Resolved resolve(String id) {
            if (id == null || id.isEmpty() || styles == null) {
                return defaults;
            }
            return cache.computeIfAbsent(id, key -> resolve(key, 0));
        }

        private Resolved resolve(String id, int depth) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null || depth > 10) {
                return defaults;
            }
            Node node = style.getCTStyle().getDomNode();
            Node runProperties = wordChild(node, "rPr");
            Boolean bold = runProperties == null ? null : onOff(wordChild(runProperties, "b"));
            Float size = runProperties == null ? null : halfPoints(wordChild(runProperties, "sz"));
            Node paragraphProperties = wordChild(node, "pPr");
            Node outlineNode = paragraphProperties == null ? null : wordChild(paragraphProperties, "outlineLvl");
            Integer outline = outlineNode == null ? null : parseInt(val(outlineNode));
            Node nameNode = wordChild(node, "name");
            String name = nameNode == null ? id : val(nameNode);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean heading = lower.startsWith("heading") || lower.equals("title") || lower.startsWith("title ")
                    || lower.equals("subtitle") || lower.startsWith("berschrift") || lower.startsWith("überschrift")
                    || lower.startsWith("titre") || lower.startsWith("título") || lower.startsWith("kop ");
            Node basedOnNode = wordChild(node, "basedOn");
            Resolved parent = basedOnNode == null ? defaults : resolve(val(basedOnNode), depth + 1);
            Node numbering = paragraphProperties == null ? null : wordChild(paragraphProperties, "numPr");
            boolean list = numbering != null || lower.startsWith("list bullet") || lower.startsWith("list number");
            return new Resolved(bold != null ? bold : parent.bold, size != null ? size : parent.size,
                    heading || parent.heading, outline != null ? outline : parent.outline, list || parent.list);
        }

        private static Resolved readDefaults(XWPFStyles styles) {
            Boolean bold = null;
            Float size = null;
            try {
                if (styles != null && styles.getCtStyles() != null && styles.getCtStyles().getDocDefaults() != null) {
                    Node docDefaults = styles.getCtStyles().getDocDefaults().getDomNode();
                    Node runDefault = wordChild(wordChild(docDefaults, "rPrDefault"), "rPr");
                    if (runDefault != null) {
                        bold = onOff(wordChild(runDefault, "b"));
                        size = halfPoints(wordChild(runDefault, "sz"));
                    }
                }
            } catch (RuntimeException e) {
                // a styles part without defaults: Word's own defaults apply
            }
            return new Resolved(bold, size != null ? size : DEFAULT_SIZE, false, 9, false);
        }
    }
}
