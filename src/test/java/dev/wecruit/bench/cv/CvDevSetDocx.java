package dev.wecruit.bench.cv;

import dev.wecruit.bench.cv.CvDevSetCv.Education;
import dev.wecruit.bench.cv.CvDevSetCv.Role;
import dev.wecruit.bench.cv.CvDevSetCv.SkillGroup;
import dev.wecruit.bench.cv.CvDevSetCv.Spoken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a CV as a Word document in one of five layouts. POI writes the document; the text box, which POI has no
 * API for, is written as the WordprocessingML Word itself produces: a VML {@code v:textbox}, or a DrawingML
 * {@code wps:txbx} with a VML fallback, each holding a {@code w:txbxContent}.
 */
final class CvDevSetDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Zip entry time for every part, so that regenerating gives identical bytes. */
    private static final long ZIP_TIME = 1_772_400_000_000L;

    private final CvDevSetCv cv;
    private final Random random;
    private final String font;
    private final double base;
    private final String accent;
    private final boolean datesRight;
    private BigInteger bulletList;
    private int textWidthTwips;
    private final String literalBullet;

    private CvDevSetDocx(CvDevSetCv cv) {
        this.cv = cv;
        this.random = new Random(cv.seed() ^ 0xD0CL);
        this.font = List.of("Calibri", "Arial", "Cambria", "Garamond", "Georgia", "Aptos", "Times New Roman")
                .get(random.nextInt(7));
        this.base = 10 + random.nextInt(3) * 0.5;
        this.accent = List.of("1F3A5F", "0B6E69", "7A1F3D", "2E4A2E", "3B3B58", "B04A1A").get(random.nextInt(6));
        this.datesRight = random.nextBoolean();
        this.literalBullet = random.nextInt(3) == 0 ? List.of("\u2022\t", "- ", "\u2022 ").get(random.nextInt(3))
                : null;
    }

    static void write(CvDevSetCv cv, Path file) throws IOException {
        new CvDevSetDocx(cv).render(file);
    }

    private void render(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            var core = document.getProperties().getCoreProperties();
            // Word stamps the author and dates; people rarely clean them, so a parser may see the name here too.
            core.setCreator(random.nextInt(3) == 0 ? "User" : cv.name().firstName() + " " + cv.name().lastName());
            core.setCreated(Optional.of(new Date(ZIP_TIME)));
            styles(document);
            bulletList = random.nextInt(4) == 0 ? null : numbering(document);
            page(document);
            switch (cv.layout()) {
                case DOCX_HEADINGS -> headings(document);
                case DOCX_TABLE_DATES -> tableDates(document);
                case DOCX_TABLE_SIDEBAR -> tableSidebar(document);
                case DOCX_TEXT_BOX -> textBox(document);
                case DOCX_HEADER_FOOTER -> headerFooter(document);
                default -> throw new IllegalArgumentException(cv.layout().id);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            try (OutputStream out = Files.newOutputStream(file)) {
                rezip(bytes.toByteArray(), out);
            }
        }
    }

    // ---- layouts ----

    private void headings(XWPFDocument document) {
        Supplier<XWPFParagraph> body = document::createParagraph;
        XWPFParagraph name = body.get();
        name.setStyle("Title");
        run(name, cv.name().printed());
        if (cv.headline() != null) {
            run(body.get(), cv.headline(), false, true, base + 1, "595959");
        }
        contactParagraphs(body, random.nextBoolean());
        sections(body, true, true, true);
    }

    private void tableDates(XWPFDocument document) {
        Supplier<XWPFParagraph> body = document::createParagraph;
        XWPFParagraph name = body.get();
        name.setAlignment(random.nextBoolean() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(name, cv.name().printed(), true, false, 20, accent);
        contactParagraphs(body, false);
        if (cv.summary() != null) {
            heading(body.get(), cv.words().profile());
            run(body.get(), cv.summary());
        }
        heading(body.get(), cv.words().experience());
        XWPFTable roles = borderless(document.createTable(cv.roles().size(), 2), 2300);
        for (int i = 0; i < cv.roles().size(); i++) {
            Role role = cv.roles().get(i);
            List<XWPFTableCell> cells = roles.getRow(i).getTableCells();
            XWPFParagraph dates = firstParagraph(cells.get(0));
            run(dates, role.printedDates(), false, false, base - 0.5, "595959");
            if (role.place() != null && random.nextBoolean()) {
                run(cells.get(0).addParagraph(), role.place(), false, true, base - 0.5, "595959");
            }
            XWPFTableCell detail = cells.get(1);
            roleBlock(cellSink(detail), role, false);
        }
        heading(body.get(), cv.words().education());
        XWPFTable education = borderless(document.createTable(cv.education().size(), 2), 2300);
        for (int i = 0; i < cv.education().size(); i++) {
            Education entry = cv.education().get(i);
            List<XWPFTableCell> cells = education.getRow(i).getTableCells();
            run(firstParagraph(cells.get(0)), entry.printedDates(), false, false, base - 0.5, "595959");
            educationBlock(cellSink(cells.get(1)), entry, false);
        }
        if (cv.hasSkillsSection()) {
            heading(body.get(), cv.words().skills());
            List<String> skills = cv.sectionSkills();
            int columns = 3;
            int rows = (skills.size() + columns - 1) / columns;
            // Skills as a grid is common in Word templates; the cells read row by row.
            XWPFTable grid = borderless(document.createTable(rows, columns), 0);
            for (int i = 0; i < skills.size(); i++) {
                run(firstParagraph(grid.getRow(i / columns).getCell(i % columns)), skills.get(i));
            }
        }
        trailing(body, true);
    }

    private void tableSidebar(XWPFDocument document) {
        Supplier<XWPFParagraph> body = document::createParagraph;
        boolean nameOnTop = random.nextBoolean();
        if (nameOnTop) {
            run(body.get(), cv.name().printed(), true, false, 22, accent);
            if (cv.headline() != null) {
                run(body.get(), cv.headline(), false, false, base + 2, "595959");
            }
        }
        XWPFTable layout = borderless(document.createTable(1, 2), 3300);
        XWPFTableRow row = layout.getRow(0);
        XWPFTableCell side = row.getCell(0);
        side.setColor(List.of("EEF0F3", "E8F1F0", "F3ECE6").get(random.nextInt(3)));
        Supplier<XWPFParagraph> sideSink = cellSink(side);
        if (!nameOnTop) {
            run(sideSink.get(), cv.name().printed(), true, false, 18, accent);
            if (cv.headline() != null) {
                run(sideSink.get(), cv.headline(), false, true, base, "595959");
            }
        }
        run(sideSink.get(), cv.words().contact().toUpperCase(Locale.ROOT), true, false, base + 1, accent);
        for (String item : contactItems()) {
            run(sideSink.get(), item, false, false, base - 0.5, null);
        }
        if (cv.hasSkillsSection()) {
            run(sideSink.get(), "", false, false, base, null);
            run(sideSink.get(), cv.words().skills().toUpperCase(Locale.ROOT), true, false, base + 1, accent);
            for (SkillGroup group : cv.skillGroups()) {
                if (group.label() != null) {
                    run(sideSink.get(), group.label(), true, false, base - 0.5, null);
                }
                for (String skill : group.skills()) {
                    bullet(sideSink.get(), skill);
                }
            }
        }
        if (!cv.languages().isEmpty()) {
            run(sideSink.get(), "", false, false, base, null);
            run(sideSink.get(), cv.words().languages().toUpperCase(Locale.ROOT), true, false, base + 1, accent);
            for (Spoken language : cv.languages()) {
                run(sideSink.get(), language.printed(), false, false, base - 0.5, null);
            }
        }
        sections(cellSink(row.getCell(1)), false, false, false);
        trailing(body, false);
    }

    private void textBox(XWPFDocument document) {
        boolean drawingMl = random.nextBoolean();
        XWPFParagraph anchor = document.createParagraph();
        XWPFRun holder = anchor.createRun();
        try {
            // The parsed root stands for the run itself, so its children become the run's children.
            XmlOptions options = new XmlOptions().setLoadReplaceDocumentElement(null);
            holder.getCTR().set(CTR.Factory.parse(textBoxRun(drawingMl), options));
        } catch (XmlException e) {
            throw new IllegalStateException("text box XML does not parse", e);
        }
        Supplier<XWPFParagraph> body = document::createParagraph;
        sections(body, true, true, true);
    }

    private void headerFooter(XWPFDocument document) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph name = header.createParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, cv.name().printed(), true, false, 18, accent);
        XWPFParagraph contacts = header.createParagraph();
        contacts.setAlignment(ParagraphAlignment.CENTER);
        run(contacts, String.join(" | ", contactItems()), false, false, base - 1, "595959");

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph numbers = footer.createParagraph();
        numbers.setAlignment(ParagraphAlignment.RIGHT);
        run(numbers, cv.words().page() + " ", false, false, 8, "808080");
        field(numbers, "PAGE", "1");
        run(numbers, " " + cv.words().of() + " ", false, false, 8, "808080");
        field(numbers, "NUMPAGES", "2");

        Supplier<XWPFParagraph> body = document::createParagraph;
        if (cv.headline() != null) {
            XWPFParagraph headline = body.get();
            headline.setAlignment(ParagraphAlignment.CENTER);
            run(headline, cv.headline(), false, true, base + 1, null);
        }
        sections(body, true, true, true);
    }

    // ---- sections ----

    private void sections(Supplier<XWPFParagraph> sink, boolean withSkills, boolean withLanguages,
            boolean withInterests) {
        if (cv.summary() != null) {
            heading(sink.get(), cv.words().profile());
            run(sink.get(), cv.summary());
        }
        // A right-aligned tab stop only works across the full text width, not in a table cell.
        boolean tabbedDates = datesRight && cv.layout() != CvDevSetLayout.DOCX_TABLE_SIDEBAR;
        heading(sink.get(), cv.words().experience());
        for (Role role : cv.roles()) {
            roleBlock(sink, role, tabbedDates);
        }
        heading(sink.get(), cv.words().education());
        for (Education education : cv.education()) {
            educationBlock(sink, education, tabbedDates);
        }
        if (withSkills && cv.hasSkillsSection()) {
            heading(sink.get(), cv.words().skills());
            boolean asBullets = random.nextBoolean();
            for (SkillGroup group : cv.skillGroups()) {
                if (group.label() != null) {
                    XWPFParagraph line = sink.get();
                    run(line, group.label() + ": ", true, false, base, null);
                    run(line, String.join(", ", group.skills()), false, false, base, null);
                } else if (asBullets) {
                    group.skills().forEach(skill -> bullet(sink.get(), skill));
                } else {
                    run(sink.get(), String.join(random.nextBoolean() ? ", " : " \u2022 ", group.skills()));
                }
            }
        }
        if (withLanguages && !cv.languages().isEmpty()) {
            heading(sink.get(), cv.words().languages());
            run(sink.get(), String.join(", ", cv.languages().stream().map(Spoken::printed).toList()));
        }
        if (withInterests && cv.interests() != null) {
            heading(sink.get(), cv.words().interests());
            run(sink.get(), cv.interests());
        }
        if (cv.closingLine() != null) {
            run(sink.get(), "");
            run(sink.get(), cv.closingLine(), false, true, base, null);
        }
    }

    /** Languages, interests and the closing line after the main sections, for layouts that place them last. */
    private void trailing(Supplier<XWPFParagraph> sink, boolean withLanguages) {
        if (withLanguages && !cv.languages().isEmpty()) {
            heading(sink.get(), cv.words().languages());
            run(sink.get(), String.join(", ", cv.languages().stream().map(Spoken::printed).toList()));
        }
        if (cv.interests() != null) {
            heading(sink.get(), cv.words().interests());
            run(sink.get(), cv.interests());
        }
        if (cv.closingLine() != null) {
            run(sink.get(), cv.closingLine(), false, true, base, null);
        }
    }

    private void roleBlock(Supplier<XWPFParagraph> sink, Role role, boolean withDates) {
        List<String> heading = cv.roleHeading(role);
        XWPFParagraph first = sink.get();
        if (cv.layout() == CvDevSetLayout.DOCX_HEADINGS && random.nextBoolean()) {
            first.setStyle("Heading2");
            run(first, heading.get(0));
        } else {
            run(first, heading.get(0), true, false, base, null);
        }
        if (withDates) {
            rightTab(first);
            first.createRun().addTab();
            run(first, role.printedDates(), false, true, base, "595959");
        }
        if (heading.size() > 1) {
            run(sink.get(), heading.get(1), false, true, base, null);
        }
        if (!withDates && cv.layout() != CvDevSetLayout.DOCX_TABLE_DATES) {
            run(sink.get(), role.printedDates(), false, true, base - 0.5, "595959");
        }
        for (String text : role.bullets()) {
            bullet(sink.get(), text);
        }
    }

    private void educationBlock(Supplier<XWPFParagraph> sink, Education education, boolean withDates) {
        XWPFParagraph first = sink.get();
        run(first, education.qualification(), true, false, base, null);
        if (withDates) {
            rightTab(first);
            first.createRun().addTab();
            run(first, education.printedDates(), false, true, base, "595959");
        }
        run(sink.get(), education.institution(), false, !withDates, base, null);
        if (!withDates && cv.layout() != CvDevSetLayout.DOCX_TABLE_DATES) {
            run(sink.get(), education.printedDates(), false, true, base - 0.5, "595959");
        }
        if (education.note() != null) {
            run(sink.get(), education.note(), false, false, base - 0.5, null);
        }
    }

    private void contactParagraphs(Supplier<XWPFParagraph> sink, boolean oneLine) {
        if (oneLine) {
            run(sink.get(), String.join(random.nextBoolean() ? " | " : " \u2022 ", contactItems()), false, false,
                    base - 0.5, null);
        } else {
            for (String item : contactItems()) {
                run(sink.get(), item, false, false, base - 0.5, null);
            }
        }
    }

    private List<String> contactItems() {
        List<String> items = new ArrayList<>();
        cv.phones().forEach(phone -> items.add(phone.printed()));
        items.addAll(cv.emails());
        if (cv.location() != null) {
            items.add(cv.location());
        }
        if (cv.linkedin() != null) {
            items.add(cv.linkedin().printed());
        }
        cv.links().forEach(link -> items.add(link.printed()));
        return items;
    }

    // ---- paragraphs and runs ----

    private void heading(XWPFParagraph paragraph, String text) {
        if (cv.layout() == CvDevSetLayout.DOCX_HEADINGS || cv.layout() == CvDevSetLayout.DOCX_TEXT_BOX
                || random.nextBoolean()) {
            paragraph.setStyle("Heading1");
            run(paragraph, text);
        } else {
            paragraph.setSpacingBefore(200);
            run(paragraph, text.toUpperCase(Locale.ROOT), true, false, base + 1.5, accent);
        }
    }

    private void bullet(XWPFParagraph paragraph, String text) {
        if (bulletList != null && literalBullet == null) {
            paragraph.setNumID(bulletList);
            run(paragraph, text);
        } else {
            // People who never found the bullet button type the bullet themselves.
            String bullet = literalBullet == null ? "\u2022 " : literalBullet;
            if (bullet.endsWith("\t")) {
                XWPFRun glyph = paragraph.createRun();
                glyph.setText(bullet.substring(0, bullet.length() - 1));
                glyph.addTab();
                run(paragraph, text);
            } else {
                run(paragraph, bullet + text);
            }
        }
    }

    private void run(XWPFParagraph paragraph, String text) {
        run(paragraph, text, false, false, paragraph.getStyle() == null ? base : 0, null);
    }

    /** A run in the CV's font; size 0 leaves the size to the paragraph style. */
    private void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, double size, String color) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (paragraph.getStyle() == null) {
            run.setFontFamily(font);
        }
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        if (size > 0) {
            run.setFontSize(size);
        }
        if (color != null) {
            run.setColor(color);
        }
    }

    private static void rightTab(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTTabStop tab = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(9000));
    }

    private static void field(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        CTR run = field.addNewR();
        CTRPr properties = run.addNewRPr();
        properties.addNewSz().setVal(BigInteger.valueOf(16));
        run.addNewT().setStringValue(shown);
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** Paragraphs appended to a table cell, starting with the empty one every new cell has. */
    private static Supplier<XWPFParagraph> cellSink(XWPFTableCell cell) {
        boolean[] usedFirst = {false};
        return () -> {
            if (!usedFirst[0] && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                usedFirst[0] = true;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        };
    }

    /**
     * A full-width table without borders, as templates use tables for layout. The first column gets a fixed width
     * (0: all columns equal), written both on the cells and in the grid, which LibreOffice and Word both need.
     */
    private XWPFTable borderless(XWPFTable table, int firstColumnTwips) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        int columns = table.getRow(0).getTableCells().size();
        int total = textWidthTwips;
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = firstColumnTwips > 0
                    ? (c == 0 ? firstColumnTwips : (total - firstColumnTwips) / (columns - 1)) : total / columns;
        }
        table.setWidth(String.valueOf(total));
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < columns; c++) {
                var cell = row.getCell(c).getCTTc();
                var properties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
                CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return table;
    }

    // ---- document set-up ----

    private void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(new XWPFStyle(style("Normal", "Normal", null, false, base, null, -1), styles));
        styles.addStyle(new XWPFStyle(style("Title", "Title", "Normal", true, 24, accent, -1), styles));
        styles.addStyle(new XWPFStyle(style("Heading1", "heading 1", "Normal", true, base + 3, accent, 0), styles));
        styles.addStyle(new XWPFStyle(style("Heading2", "heading 2", "Normal", true, base + 1, null, 1), styles));
    }

    private CTStyle style(String id, String name, String basedOn, boolean bold, double points, String color,
            int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outline >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 240 : 120));
        } else {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(id.equals("Title") ? 60 : 40));
        }
        CTRPr run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(points * 2)));
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return style;
    }

    private static BigInteger numbering(XWPFDocument document) {
        CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
        bullets.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = bullets.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(360));
        indent.setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets, numbering));
        return numbering.addNum(abstractId);
    }

    private void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(cv.letterPaper() ? 12240 : 11906));
        size.setH(BigInteger.valueOf(cv.letterPaper() ? 15840 : 16838));
        CTPageMar margins = section.addNewPgMar();
        int marginTwips = 1000 + random.nextInt(5) * 100;
        textWidthTwips = (cv.letterPaper() ? 12240 : 11906) - 2 * marginTwips;
        BigInteger margin = BigInteger.valueOf(marginTwips);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(500));
        margins.setFooter(BigInteger.valueOf(500));
    }

    // ---- the text box ----

    private String textBoxRun(boolean drawingMl) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        content.append(boxParagraph(cv.name().printed(), true, 22));
        if (cv.headline() != null) {
            content.append(boxParagraph(cv.headline(), false, (int) base + 2));
        }
        List<String> items = contactItems();
        if (random.nextBoolean()) {
            content.append(boxParagraph(String.join("  |  ", items), false, (int) base - 1));
        } else {
            items.forEach(item -> content.append(boxParagraph(item, false, (int) base - 1)));
        }
        content.append("</w:txbxContent>");
        float heightPt = 60 + 16 * (items.size() + 1);
        String vml = """
                <w:pict xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
                xmlns:w10="urn:schemas-microsoft-com:office:word"><v:shapetype id="_x0000_t202" \
                coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>\
                <v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 1" \
                o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;\
                width:450pt;height:%spt;z-index:251659264;mso-position-horizontal:center;\
                mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#%s" \
                stroked="f"><v:textbox inset="12pt,8pt,12pt,8pt">%s</v:textbox><w10:wrap type="topAndBottom"/>\
                </v:shape></w:pict>""".formatted(Math.round(heightPt), accent, content);
        String runStart = "<w:r xmlns:w=\"" + W + "\">";
        if (!drawingMl) {
            return runStart + vml + "</w:r>";
        }
        long width = 450L * 12700;
        long height = Math.round(heightPt) * 12700L;
        String drawing = """
                <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
                <mc:Choice xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
                Requires="wps"><w:drawing><wp:anchor \
                xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" \
                distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" \
                layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">\
                <wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0\
                </wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>\
                <wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic \
                xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData \
                uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr \
                txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom \
                prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln><a:noFill/>\
                </a:ln></wps:spPr><wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" \
                lIns="152400" tIns="101600" rIns="152400" bIns="101600" anchor="t"><a:noAutofit/></wps:bodyPr>\
                </wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>%s\
                </mc:Fallback></mc:AlternateContent>""".formatted(width, height, width, height, accent, content, vml);
        return runStart + drawing + "</w:r>";
    }

    private String boxParagraph(String text, boolean bold, int points) {
        return "<w:p><w:pPr><w:spacing w:after=\"40\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"" + font
                + "\" w:hAnsi=\"" + font + "\"/>" + (bold ? "<w:b/>" : "") + "<w:color w:val=\"FFFFFF\"/><w:sz w:val=\""
                + points * 2 + "\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Copies the package with fixed entry times; POI stamps the current time, which would make every run differ. */
    private static void rezip(byte[] docx, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ZIP_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
