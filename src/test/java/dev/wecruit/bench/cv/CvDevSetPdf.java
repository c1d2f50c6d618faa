package dev.wecruit.bench.cv;

import dev.wecruit.bench.cv.CvDevSetCv.Education;
import dev.wecruit.bench.cv.CvDevSetCv.Role;
import dev.wecruit.bench.cv.CvDevSetCv.RoleStyle;
import dev.wecruit.bench.cv.CvDevSetCv.SkillGroup;
import dev.wecruit.bench.cv.CvDevSetCv.Spoken;
import dev.wecruit.bench.cv.CvDevSetPdfCanvas.Flow;
import dev.wecruit.bench.cv.CvDevSetPdfCanvas.Span;
import dev.wecruit.bench.cv.CvDevSetPdfCanvas.Style;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Renders a CV as a PDF in one of five layouts. Standard-14 fonts cover only WinAnsi, so a CV whose text needs more
 * (Łukasz, Dvořák, Nguyễn) embeds subsets of DejaVu instead; the PDFs then need no font installed to be read.
 */
final class CvDevSetPdf {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x5f, 0x63, 0x68);
    private static final List<Color> ACCENTS = List.of(new Color(0x1f, 0x3a, 0x5f), new Color(0x0b, 0x6e, 0x69),
            new Color(0x7a, 0x1f, 0x3d), new Color(0x2e, 0x4a, 0x2e), new Color(0x3b, 0x3b, 0x58),
            new Color(0xb0, 0x4a, 0x1a));

    /** Fonts and sizes of one CV; the renderers only ever use these. */
    private record Theme(PDFont regular, PDFont bold, PDFont italic, float base, Color accent, String bullet,
            boolean datesRight, boolean upperHeadings, boolean headingRule, int skillStyle, Random random) {
        Style body() {
            return new Style(regular, base, INK);
        }

        Style strong() {
            return new Style(bold, base, INK);
        }

        Style soft() {
            return new Style(italic, base - 0.5f, GREY);
        }
    }

    private final CvDevSetCv cv;
    private final Random random;

    private CvDevSetPdf(CvDevSetCv cv) {
        this.cv = cv;
        this.random = new Random(cv.seed() ^ 0x5DEECE66DL);
    }

    static void write(CvDevSetCv cv, Path file) throws IOException {
        new CvDevSetPdf(cv).render(file);
    }

    private void render(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // A fixed id and dates keep the file byte-identical between runs, so regeneration shows no diff.
            document.setDocumentId(cv.seed());
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.clear();
            created.set(2026, Calendar.MARCH, 2 + cv.number() % 20, 9, 30, 0);
            info.setCreationDate(created);
            info.setModificationDate(created);
            info.setTitle(random.nextBoolean() ? "CV - " + cv.name().firstName() + " " + cv.name().lastName() : null);
            info.setCreator("Wecruit CV dev-set generator (" + cv.layout().id + ")");
            PDRectangle size = cv.letterPaper() ? PDRectangle.LETTER : PDRectangle.A4;
            switch (cv.layout()) {
                case PDF_ONE_COLUMN -> oneColumn(document, size);
                case PDF_LEFT_SIDEBAR -> sidebar(document, size, true);
                case PDF_RIGHT_SIDEBAR -> sidebar(document, size, false);
                case PDF_HEADER_BAND -> headerBand(document, size);
                case PDF_LATEX -> latex(document, size);
                default -> throw new IllegalArgumentException(cv.layout().id);
            }
            document.save(file.toFile());
        }
    }

    // ---- layouts ----

    private void oneColumn(PDDocument document, PDRectangle size) throws IOException {
        Theme theme = theme(document, random.nextBoolean() ? "sans" : random.nextBoolean() ? "serif" : "condensed",
                10.5f + random.nextInt(3) * 0.5f, random.nextBoolean(), false);
        float margin = 50 + random.nextInt(4) * 6;
        boolean footer = random.nextBoolean();
        try (CvDevSetPdfCanvas canvas = new CvDevSetPdfCanvas(document, size, (unused, page) -> {})) {
            float top = size.getHeight() - margin + 10;
            Flow flow = canvas.new Flow(margin, size.getWidth() - 2 * margin, top, top, margin, 0);
            boolean center = random.nextBoolean();
            Style nameStyle = new Style(theme.bold(), 20 + random.nextInt(5), theme.accent());
            if (center) {
                flow.centered(cv.name().printed(), nameStyle);
            } else {
                flow.paragraph(cv.name().printed(), nameStyle, 1.2f);
            }
            if (cv.headline() != null) {
                Style headline = new Style(theme.regular(), theme.base() + 2, GREY);
                if (center) {
                    flow.centered(cv.headline(), headline);
                } else {
                    flow.paragraph(cv.headline(), headline);
                }
            }
            flow.gap(4);
            if (random.nextBoolean()) {
                flow.items(contactItems(false), contactUris(), pick(" | ", "  \u2022  ", " \u00b7 ", "   "),
                        theme.body().sized(theme.base() - 0.5f), center);
            } else {
                for (String item : contactItems(true)) {
                    flow.paragraph(item, theme.body().sized(theme.base() - 0.5f), 1.25f);
                }
            }
            flow.gap(2);
            flow.rule(0.8f, theme.accent());
            mainSections(flow, theme, true, true);
            if (footer) {
                pageNumbers(canvas, theme, margin);
            }
        }
    }

    private void sidebar(PDDocument document, PDRectangle size, boolean left) throws IOException {
        Theme theme = theme(document, random.nextInt(3) == 0 ? "condensed" : "sans", 10f + random.nextInt(3) * 0.5f,
                random.nextBoolean(), false);
        boolean dark = left && random.nextBoolean();
        Color panel = dark ? theme.accent() : new Color(0xee, 0xf0, 0xf3);
        Color panelInk = dark ? Color.WHITE : INK;
        float sideWidth = left ? 175 + random.nextInt(3) * 10 : 160 + random.nextInt(3) * 8;
        float pageWidth = size.getWidth();
        float sideX = left ? 0 : pageWidth - sideWidth;
        float mainX = left ? sideWidth + 28 : 40;
        float mainWidth = left ? pageWidth - sideWidth - 28 - 36 : pageWidth - sideWidth - 40 - 26;
        boolean nameInSidebar = left && random.nextBoolean();
        // Canva-like templates paint the sidebar on every page, before any text of that page.
        try (CvDevSetPdfCanvas canvas = new CvDevSetPdfCanvas(document, size,
                (c, page) -> c.fillRect(page, sideX, 0, sideWidth, size.getHeight(), panel))) {
            float top = size.getHeight() - 44;
            Flow side = canvas.new Flow(sideX + 18, sideWidth - 34, top, top, 40, 0);
            Flow main = canvas.new Flow(mainX, mainWidth, top, size.getHeight() - 44, 44, 0);
            // Tools differ in whether the sidebar's text comes before or after the main column in the file.
            if (random.nextBoolean()) {
                sidebarContent(side, theme, panelInk, nameInSidebar, dark);
                mainContent(main, theme, nameInSidebar);
            } else {
                mainContent(main, theme, nameInSidebar);
                sidebarContent(side, theme, panelInk, nameInSidebar, dark);
            }
        }
    }

    private void sidebarContent(Flow side, Theme theme, Color ink, boolean withName, boolean dark) {
        Style text = new Style(theme.regular(), theme.base() - 0.5f, ink);
        Style label = new Style(theme.bold(), theme.base() + 1.5f, ink);
        Style small = new Style(theme.bold(), theme.base() - 1.5f, dark ? new Color(0xdd, 0xe3, 0xea) : GREY);
        if (withName) {
            side.paragraph(cv.name().printed(), new Style(theme.bold(), 19, ink), 1.15f);
            if (cv.headline() != null) {
                side.paragraph(cv.headline(), text.sized(theme.base()), 1.3f);
            }
            side.gap(14);
        }
        sideHeading(side, cv.words().contact(), label, ink);
        boolean labelled = random.nextBoolean();
        List<String> items = contactItems(true);
        List<String> names = contactLabels();
        for (int i = 0; i < items.size(); i++) {
            if (labelled && names.get(i) != null) {
                side.paragraph(names.get(i).toUpperCase(Locale.ROOT), small, 1.2f);
            }
            // Templates shrink a long e-mail or URL to fit the sidebar before they let it wrap.
            Style fitted = text;
            while (fitted.width(items.get(i)) > side.width && fitted.size() > 7) {
                fitted = fitted.sized(fitted.size() - 0.5f);
            }
            side.paragraph(items.get(i), fitted, 1.3f);
            side.gap(labelled ? 3 : 1);
        }
        side.gap(10);
        if (cv.hasSkillsSection()) {
            sideHeading(side, cv.words().skills(), label, ink);
            boolean bars = random.nextInt(3) == 0;
            for (SkillGroup group : cv.skillGroups()) {
                if (group.label() != null) {
                    side.paragraph(group.label(), new Style(theme.bold(), theme.base() - 0.5f, ink), 1.3f);
                }
                for (String skill : group.skills()) {
                    if (bars) {
                        side.paragraph(skill, text, 1.2f);
                        float fill = 0.55f + random.nextInt(9) * 0.05f;
                        side.ensure(6);
                        side.gap(1);
                        Color track = dark ? new Color(0x55, 0x6b, 0x86) : new Color(0xcc, 0xd2, 0xda);
                        drawBar(side, track, dark ? Color.WHITE : theme.accent(), fill);
                        side.gap(6);
                    } else {
                        side.bullet(theme.bullet(), skill, text, 9);
                    }
                }
            }
            side.gap(10);
        }
        if (!cv.languages().isEmpty()) {
            sideHeading(side, cv.words().languages(), label, ink);
            for (Spoken language : cv.languages()) {
                side.paragraph(language.printed(), text, 1.35f);
            }
            side.gap(10);
        }
        if (cv.interests() != null) {
            sideHeading(side, cv.words().interests(), label, ink);
            side.paragraph(cv.interests(), text, 1.3f);
        }
    }

    private static void drawBar(Flow flow, Color track, Color fill, float fraction) {
        CvDevSetPdfCanvas canvas = flow.canvas();
        canvas.fillRect(flow.page, flow.x, flow.y - 3, flow.width, 3, track);
        canvas.fillRect(flow.page, flow.x, flow.y - 3, flow.width * fraction, 3, fill);
    }

    private void sideHeading(Flow flow, String heading, Style style, Color ink) {
        flow.paragraph(heading.toUpperCase(Locale.ROOT), style, 1.3f);
        flow.rule(0.6f, ink);
        flow.gap(2);
    }

    private void mainContent(Flow main, Theme theme, boolean nameInSidebar) {
        if (!nameInSidebar) {
            main.paragraph(cv.name().printed(), new Style(theme.bold(), 24, theme.accent()), 1.15f);
            if (cv.headline() != null) {
                main.paragraph(cv.headline(), new Style(theme.regular(), theme.base() + 2.5f, GREY), 1.4f);
            }
            main.gap(8);
        }
        mainSections(main, theme, false, false);
    }

    private void headerBand(PDDocument document, PDRectangle size) throws IOException {
        Theme theme = theme(document, random.nextBoolean() ? "sans" : "condensed", 10.5f + random.nextInt(2) * 0.5f,
                random.nextBoolean(), true);
        float bandHeight = 118 + random.nextInt(3) * 10;
        float margin = 46;
        try (CvDevSetPdfCanvas canvas = new CvDevSetPdfCanvas(document, size, (unused, page) -> {})) {
            canvas.fillRect(0, 0, size.getHeight() - bandHeight, size.getWidth(), bandHeight, theme.accent());
            Flow band = canvas.new Flow(margin, size.getWidth() - 2 * margin, size.getHeight() - 30,
                    size.getHeight() - 30, 0, 0);
            String shownName = random.nextBoolean() ? cv.name().printed().toUpperCase(Locale.ROOT) : cv.name().printed();
            band.paragraph(shownName, new Style(theme.bold(), 28 + random.nextInt(5), Color.WHITE), 1.1f);
            if (cv.headline() != null) {
                band.paragraph(cv.headline(), new Style(theme.regular(), theme.base() + 3, new Color(0xe6, 0xec,
                        0xf2)), 1.4f);
            }
            band.gap(4);
            band.items(contactItems(false), contactUris(), "    ", new Style(theme.regular(), theme.base() - 0.5f,
                    Color.WHITE), false);
            float top = size.getHeight() - bandHeight - 26;
            Flow flow = canvas.new Flow(margin, size.getWidth() - 2 * margin, Math.min(top, band.y - 26),
                    size.getHeight() - 50, 48, 0);
            mainSections(flow, theme, true, true);
        }
    }

    private void latex(PDDocument document, PDRectangle size) throws IOException {
        Theme theme = theme(document, "times", 11f + random.nextInt(3) * 0.5f, true, false);
        float margin = 54;
        try (CvDevSetPdfCanvas canvas = new CvDevSetPdfCanvas(document, size, (unused, page) -> {})) {
            float top = size.getHeight() - margin + 8;
            Flow flow = canvas.new Flow(margin, size.getWidth() - 2 * margin, top, top, margin, 0);
            Style name = new Style(theme.bold(), 22, Color.BLACK, random.nextBoolean());
            flow.centered(cv.name().printed(), name);
            flow.gap(3);
            flow.items(contactItems(false), contactUris(), pick(" | ", " \u00b7 ", " \u2014 ", "  \u2022  "),
                    theme.body().sized(theme.base() - 0.5f), true);
            flow.gap(6);
            mainSections(flow, theme, true, true);
            if (random.nextBoolean()) {
                pageNumbers(canvas, theme, margin);
            }
        }
    }

    // ---- sections shared by the layouts ----

    private void mainSections(Flow flow, Theme theme, boolean withSkills, boolean withLanguages) {
        if (cv.summary() != null) {
            heading(flow, theme, cv.words().profile());
            flow.paragraph(cv.summary(), theme.body(), 1.35f);
            flow.gap(6);
        }
        heading(flow, theme, cv.words().experience());
        for (Role role : cv.roles()) {
            role(flow, theme, role);
        }
        if (withSkills && cv.hasSkillsSection() && random.nextBoolean()) {
            skills(flow, theme);
            withSkills = false;
        }
        heading(flow, theme, cv.words().education());
        for (Education education : cv.education()) {
            education(flow, theme, education);
        }
        if (withSkills && cv.hasSkillsSection()) {
            skills(flow, theme);
        }
        if (withLanguages && !cv.languages().isEmpty()) {
            heading(flow, theme, cv.words().languages());
            flow.paragraph(String.join(", ", cv.languages().stream().map(Spoken::printed).toList()), theme.body());
            flow.gap(6);
        }
        if (withLanguages && cv.interests() != null) {
            heading(flow, theme, cv.words().interests());
            flow.paragraph(cv.interests(), theme.body());
            flow.gap(6);
        }
        if (cv.closingLine() != null) {
            flow.gap(8);
            flow.paragraph(cv.closingLine(), theme.soft());
        }
    }

    private void heading(Flow flow, Theme theme, String text) {
        flow.ensure(theme.base() * 5);
        flow.gap(5);
        boolean latex = cv.layout() == CvDevSetLayout.PDF_LATEX;
        Style style = latex ? new Style(theme.regular(), theme.base() + 2.5f, Color.BLACK, true)
                : new Style(theme.bold(), theme.base() + 2, theme.accent());
        flow.paragraph(theme.upperHeadings() && !latex ? text.toUpperCase(Locale.ROOT) : text, style, 1.2f);
        if (theme.headingRule() || latex) {
            flow.rule(latex ? 0.5f : 0.7f, latex ? Color.BLACK : theme.accent());
        } else {
            flow.gap(3);
        }
        flow.gap(2);
    }

    private void role(Flow flow, Theme theme, Role role) {
        flow.ensure(theme.base() * 6);
        List<String> heading = cv.roleHeading(role);
        Style bold = theme.strong();
        Style plain = theme.body();
        Style italic = new Style(theme.italic(), theme.base(), INK);
        Style dates = cv.layout() == CvDevSetLayout.PDF_LATEX ? italic : theme.soft();
        List<Span> first = switch (cv.roleStyle()) {
            case TITLE_COMMA_EMPLOYER -> List.of(new Span(role.title() + ",", bold), new Span(role.employer(), plain));
            case TITLE_AT_EMPLOYER -> List.of(new Span(role.title(), bold),
                    new Span(cv.words().at() + " " + role.employer(), plain));
            case EMPLOYER_PIPE_TITLE -> List.of(new Span(role.employer(), bold), new Span("| " + role.title(), plain));
            case TITLE_DASH_EMPLOYER -> List.of(new Span(role.title(), bold),
                    new Span(heading.get(0).substring(role.title().length() + 1), plain));
            case TITLE_THEN_EMPLOYER_LINE, EMPLOYER_THEN_TITLE_LINE -> List.of(new Span(heading.get(0), bold));
        };
        boolean twoLines = heading.size() > 1;
        if (theme.datesRight()) {
            flow.leftRight(first, role.printedDates(), dates);
            if (twoLines) {
                flow.paragraph(heading.get(1), italic, 1.3f);
            } else if (role.place() != null && cv.roleStyle() != RoleStyle.TITLE_DASH_EMPLOYER) {
                flow.paragraph(role.place(), theme.soft(), 1.3f);
            }
        } else {
            flow.spans(first, 0, 0, 1.3f);
            if (twoLines) {
                flow.paragraph(heading.get(1), italic, 1.3f);
            }
            String place = twoLines || role.place() == null || cv.roleStyle() == RoleStyle.TITLE_DASH_EMPLOYER ? ""
                    : " \u00b7 " + role.place();
            flow.paragraph(role.printedDates() + place, dates, 1.35f);
        }
        flow.gap(1);
        for (String bullet : role.bullets()) {
            flow.bullet(theme.bullet(), bullet, theme.body(), 12);
        }
        flow.gap(9);
    }

    private void education(Flow flow, Theme theme, Education education) {
        flow.ensure(theme.base() * 4);
        Style dates = theme.soft();
        if (theme.datesRight()) {
            flow.leftRight(List.of(new Span(education.qualification(), theme.strong())), education.printedDates(),
                    dates);
            flow.paragraph(education.institution(), new Style(theme.italic(), theme.base(), INK), 1.3f);
        } else {
            flow.spans(List.of(new Span(education.qualification() + ",", theme.strong()),
                    new Span(education.institution(), theme.body())), 0, 0, 1.3f);
            flow.paragraph(education.printedDates(), dates, 1.3f);
        }
        if (education.note() != null) {
            flow.paragraph(education.note(), theme.body().sized(theme.base() - 0.5f), 1.3f);
        }
        flow.gap(5);
    }

    private void skills(Flow flow, Theme theme) {
        heading(flow, theme, cv.words().skills());
        List<SkillGroup> groups = cv.skillGroups();
        if (groups.size() > 1 || groups.get(0).label() != null) {
            for (SkillGroup group : groups) {
                flow.spans(List.of(new Span(group.label() + ":", theme.strong()),
                        new Span(String.join(", ", group.skills()), theme.body())), 0, 0, 1.35f);
            }
        } else {
            List<String> skills = groups.get(0).skills();
            switch (theme.skillStyle()) {
                case 0 -> flow.paragraph(String.join(", ", skills), theme.body(), 1.35f);
                case 1 -> flow.items(skills, null, " | ", theme.body(), false);
                case 2 -> chips(flow, theme, skills);
                default -> columns(flow, theme, skills, 3);
            }
        }
        flow.gap(6);
    }

    /** Skill "chips" as Canva templates draw them: a tinted box behind each skill. */
    private void chips(Flow flow, Theme theme, List<String> skills) {
        CvDevSetPdfCanvas canvas = flow.canvas();
        Style style = theme.body().sized(theme.base() - 0.5f);
        Color tint = new Color(Math.min(255, theme.accent().getRed() + 200), Math.min(255,
                theme.accent().getGreen() + 200), Math.min(255, theme.accent().getBlue() + 200));
        float x = flow.x;
        float rowHeight = style.size() + 9;
        flow.ensure(rowHeight);
        for (String skill : skills) {
            float w = style.width(skill) + 12;
            if (x + w > flow.x + flow.width) {
                x = flow.x;
                flow.gap(rowHeight);
                flow.ensure(rowHeight);
            }
            canvas.fillRect(flow.page, x, flow.y - rowHeight + 3, w, rowHeight - 3, tint);
            canvas.text(flow.page, x + 6, flow.y - style.size() - 2, skill, style);
            x += w + 6;
        }
        flow.gap(rowHeight);
    }

    private void columns(Flow flow, Theme theme, List<String> skills, int count) {
        CvDevSetPdfCanvas canvas = flow.canvas();
        Style style = theme.body();
        float columnWidth = flow.width / count;
        for (int row = 0; row * count < skills.size(); row++) {
            flow.ensure(style.size() * 1.4f);
            flow.gap(style.size());
            for (int column = 0; column < count && row * count + column < skills.size(); column++) {
                float x = flow.x + column * columnWidth;
                canvas.text(flow.page, x, flow.y, theme.bullet(), style);
                canvas.text(flow.page, x + 10, flow.y, skills.get(row * count + column), style);
            }
            flow.gap(style.size() * 0.4f);
        }
    }

    private void pageNumbers(CvDevSetPdfCanvas canvas, Theme theme, float margin) {
        int total = canvas.pageCount();
        Style style = theme.body().sized(8).colored(GREY);
        for (int page = 0; page < total; page++) {
            String text = random.nextBoolean() ? (page + 1) + " / " + total
                    : cv.words().page() + " " + (page + 1) + " " + cv.words().of() + " " + total;
            canvas.text(page, (canvas.size.getWidth() - style.width(text)) / 2, margin / 2, text, style);
        }
    }

    // ---- contacts ----

    private List<String> contactItems(boolean withAddressFirst) {
        List<String> items = new ArrayList<>();
        if (withAddressFirst && cv.location() != null) {
            items.add(cv.location());
        }
        cv.phones().forEach(phone -> items.add(phone.printed()));
        items.addAll(cv.emails());
        if (!withAddressFirst && cv.location() != null) {
            items.add(cv.location());
        }
        if (cv.linkedin() != null) {
            items.add(cv.linkedin().printed());
        }
        cv.links().forEach(link -> items.add(link.printed()));
        return items;
    }

    private List<String> contactLabels() {
        List<String> labels = new ArrayList<>();
        boolean en = cv.language().equals("en");
        if (cv.location() != null) {
            labels.add(en ? "Address" : cv.words().contact());
        }
        cv.phones().forEach(phone -> labels.add(en ? "Phone" : "Tel."));
        cv.emails().forEach(email -> labels.add("E-mail"));
        if (cv.linkedin() != null) {
            labels.add("LinkedIn");
        }
        cv.links().forEach(link -> labels.add(en ? "Portfolio" : "Web"));
        return labels;
    }

    /** Link targets parallel to {@link #contactItems(boolean)} with the address last. */
    private List<String> contactUris() {
        List<String> uris = new ArrayList<>();
        cv.phones().forEach(phone -> uris.add("tel:" + phone.e164()));
        cv.emails().forEach(email -> uris.add("mailto:" + email));
        if (cv.location() != null) {
            uris.add(null);
        }
        if (cv.linkedin() != null) {
            uris.add(cv.linkedin().url());
        }
        cv.links().forEach(link -> uris.add(link.url()));
        return uris;
    }

    // ---- fonts ----

    private Theme theme(PDDocument document, String family, float base, boolean datesRight, boolean band)
            throws IOException {
        boolean unicode = !winAnsi(cv);
        PDFont regular;
        PDFont bold;
        PDFont italic;
        if (!unicode && family.equals("sans")) {
            regular = new PDType1Font(FontName.HELVETICA);
            bold = new PDType1Font(FontName.HELVETICA_BOLD);
            italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);
        } else if (!unicode && family.equals("times")) {
            regular = new PDType1Font(FontName.TIMES_ROMAN);
            bold = new PDType1Font(FontName.TIMES_BOLD);
            italic = new PDType1Font(FontName.TIMES_ITALIC);
        } else {
            String stem = switch (family) {
                case "serif", "times" -> "DejaVuSerif";
                case "condensed" -> "DejaVuSansCondensed";
                default -> "DejaVuSans";
            };
            String italicSuffix = stem.startsWith("DejaVuSerif") ? "-Italic" : "-Oblique";
            regular = load(document, stem + ".ttf");
            bold = load(document, stem + "-Bold.ttf");
            italic = load(document, stem + italicSuffix + ".ttf");
        }
        if (cv.roles().size() >= 8) {
            base += 1.5f; // the long CVs of senior people tend to be set large and airy
        }
        String bullet = unicode ? pick("\u2022", "\u25aa", "\u2013", "\u2022") : pick("\u2022", "\u2013", "-", "\u2022");
        return new Theme(regular, bold, italic, base, ACCENTS.get(random.nextInt(ACCENTS.size())), bullet,
                datesRight, band || random.nextBoolean(), random.nextBoolean(), random.nextInt(4), random);
    }

    private static PDFont load(PDDocument document, String file) throws IOException {
        File font = DEJAVU.resolve(file).toFile();
        return PDType0Font.load(document, font);
    }

    /** Whether every printed string fits the WinAnsi encoding of the standard 14 fonts. */
    static boolean winAnsi(CvDevSetCv cv) {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        return CvDevSetGenerator.printedStrings(cv).stream().allMatch(encoder::canEncode);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
