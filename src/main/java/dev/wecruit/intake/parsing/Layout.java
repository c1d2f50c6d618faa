package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.TextLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read document cut into sections by its headings, with the layout facts the field finders ask about: the body
 * font size, whether a line is a bullet, where blank lines fall.
 */
final class Layout {

    private static final Pattern DECORATION = Pattern.compile("^[\\s\\p{Pd}_=#*•·|:>»▪■●◆◦0-9.)(\\[\\]]+|[\\s:|\\p{Pd}_=#*.•·]+$");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\p{L} ){2,}\\p{L}(?: (?:\\p{L} )*\\p{L})*$");
    private static final Pattern PAGE_MARKER = Pattern.compile("(?iu)(?:(?:page|pagina|página|seite|pag\\.?|p\\.|strona"
            + "|sida|side|sivu|stránka)\\s*)?\\d{1,3}\\s*(?:of|van|von|sur|de|di|do|/|z|av|af|ze|\\|)\\s*\\d{1,3}"
            + "|(?:page|pagina|página|seite|strona|sida|side|sivu|stránka)\\s*\\d{1,3}|[-–—]\\s*\\d{1,3}\\s*[-–—]");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i)(?:[&+/]|\\b(?:and|und|et|en|y|e|og|och))\\s*$");
    private static final Pattern INLINE_LABEL = Pattern.compile("^([\\p{L}][\\p{L} &/'’-]{1,40}?)\\s*[:：]\\s*(\\S.*)$");
    private static final Set<Section.Type> INLINE_TYPES = Set.of(Section.Type.SKILLS, Section.Type.LANGUAGES,
            Section.Type.CERTIFICATIONS, Section.Type.INTERESTS);
    /** Words that narrow a heading without changing what it is: "Relevant", "Selected", "Weitere". */
    private static final Set<String> HEADING_QUALIFIERS = Vocabulary.words("relevant relevante relevanter relevantes "
            + "recent recente recientes récente récentes selected selection geselecteerde ausgewählte additional "
            + "further other overige andere weitere sonstige autres otras outras previous prior earlier vorherige "
            + "main key wichtigste principales principaux");
    /** Heading words that are also ordinary words: they must look like a heading too. */
    private static final Set<String> PLAIN_WORDS = Vocabulary.words("work career employment software tools knowledge "
            + "training research about details personal other additional academic studies courses activities "
            + "language portfolio talks papers presentations patents strengths abilities capabilities technologies "
            + "overview introduction objective objectives experiences declaration kennis ervaring");

    final ReadDocument document;
    final List<TextLine> lines;
    final List<Section> sections;
    private final Section[] sectionOfLine;
    final float bodySize;
    final float largestFirstPageSize;
    /** Second lines of headings wrapped onto two lines. */
    private final java.util.Set<Integer> continuedHeadings = new java.util.HashSet<>();

    Layout(ReadDocument document) {
        this.document = document;
        this.lines = document.lines();
        this.bodySize = medianSize(lines);
        this.largestFirstPageSize = (float) lines.stream().filter(l -> l.page() == 1)
                .mapToDouble(TextLine::fontSize).max().orElse(0);
        this.sections = segment();
        this.sectionOfLine = new Section[lines.size()];
        for (Section section : sections) {
            for (int i = section.firstLine(); i < section.end(); i++) {
                if (sectionOfLine[i] == null || section.inline()) {
                    sectionOfLine[i] = section;
                }
            }
        }
    }

    Section sectionOf(int line) {
        return sectionOfLine[line];
    }

    Section.Type typeOf(int line) {
        Section section = sectionOfLine[line];
        return section == null ? Section.Type.TOP : section.type();
    }

    boolean isHeadingLine(int line) {
        if (continuedHeadings.contains(line)) {
            return true;
        }
        for (Section section : sections) {
            if (section.headingLine() == line && !section.inline()) {
                return true;
            }
        }
        return false;
    }

    List<Section> sectionsOf(Section.Type type) {
        return sections.stream().filter(s -> s.type() == type).toList();
    }

    /** A blank line (a block gap) comes right before this line. */
    boolean blankBefore(int line) {
        if (line == 0) {
            return true;
        }
        int from = lines.get(line - 1).end();
        int to = lines.get(line).start();
        return document.text().substring(from, to).indexOf("\n\n") >= 0;
    }

    static boolean isBullet(String text) {
        return Vocabulary.BULLET.matcher(text).find() || text.startsWith("– ") || text.startsWith("— ")
                || text.startsWith("•") || text.startsWith("▪")
                || text.startsWith("●") || text.startsWith("◦") || text.startsWith("‣") || text.startsWith("✓");
    }

    /** "Page 2 of 3", "Pagina 1 van 2", "Seite 1 von 2", "1 / 2", "- 2 -": a page number, in a footer or not. */
    static boolean isPageMarker(String text) {
        return PAGE_MARKER.matcher(text.strip()).matches();
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    boolean styled(TextLine line) {
        return line.heading() || line.bold() || allCaps(line.text())
                || (bodySize > 0 && line.fontSize() >= bodySize + 1.5f);
    }

    static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    // ---- headings -----------------------------------------------------------------------------------------------

    /** A heading's section type and, for an inline label, where its content starts in the line; null if none. */
    record Heading(Section.Type type, int contentOffset) {
    }

    Heading heading(TextLine line) {
        String text = line.text();
        int index = index(line);
        if (index > 0 && !styled(line) && !line.heading() && !text.isEmpty() && Character.isLowerCase(text.charAt(0))
                && !blankBefore(index)) {
            // "certifications" under "• Coached juniors towards their PRINCE2 and PMP": a wrapped line, no heading
            return null;
        }
        if (text.length() <= 60) {
            String core = DECORATION.matcher(text).replaceAll("").strip();
            if (LETTER_SPACED.matcher(core).matches()) {
                core = core.replace(" ", "");
            }
            String key = Vocabulary.headingKey(core);
            Section.Type type = lookup(key);
            int words = wordCount(core);
            // plain text has no styling to go by: a heading there stands alone after a blank line
            boolean unstyledFormat = line.fontSize() == 0 && index(line) >= 0 && blankBefore(index(line));
            if (type != null && words <= 6) {
                boolean plain = words == 1 && PLAIN_WORDS.contains(key);
                if (!plain || styled(line) || line.heading() || unstyledFormat) {
                    return new Heading(type, -1);
                }
            }
            if (type == null && words <= 3) {
                Section.Type joined = joinedLookup(key, styled(line) || line.heading());
                if (joined != null) {
                    return new Heading(joined, -1);
                }
            }
            if (type == null && words <= 6 && (styled(line) || text.endsWith(":"))) {
                Section.Type prefixed = prefixLookup(key);
                if (prefixed != null) {
                    return new Heading(prefixed, -1);
                }
            }
            boolean headingLike = styled(line) || line.heading() || text.endsWith(":") || unstyledFormat;
            if (type == null && words <= 4 && headingLike) {
                Section.Type qualified = qualifiedLookup(key);
                if (qualified != null) {
                    return new Heading(qualified, -1);
                }
            }
        }
        Matcher label = INLINE_LABEL.matcher(text);
        if (label.matches()) {
            Section.Type type = lookup(Vocabulary.headingKey(label.group(1)));
            if (type != null && INLINE_TYPES.contains(type)) {
                return new Heading(type, label.start(2));
            }
        }
        return null;
    }

    /** The index of a line of this document, by its offset; -1 while the layout is still being built. */
    private int index(TextLine line) {
        if (lines == null) {
            return -1;
        }
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = lines.get(mid).start();
            if (start == line.start()) {
                return mid;
            }
            if (start < line.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static Section.Type lookup(String key) {
        Section.Type type = Vocabulary.HEADINGS.get(key);
        if (type == null && key.contains(" ")) {
            type = Vocabulary.HEADINGS.get(key.replace(" ", ""));
        }
        if (type == null) {
            type = SPACELESS.get(key.replace(" ", ""));
        }
        return type;
    }

    private static final java.util.Map<String, Section.Type> SPACELESS = spaceless();

    private static java.util.Map<String, Section.Type> spaceless() {
        java.util.Map<String, Section.Type> map = new java.util.HashMap<>();
        Vocabulary.HEADINGS.forEach((phrase, type) -> map.putIfAbsent(phrase.replace(" ", ""), type));
        return map;
    }

    /**
     * "Skills & Tools", "Education & Training", "Kennis en vaardigheden": headings joined into one. A first word
     * that is also an ordinary word ("Software Tools") makes a heading only when the line looks like one.
     */
    private static Section.Type joinedLookup(String key, boolean styled) {
        String[] words = key.split(" ");
        if (words.length < 2) {
            return null;
        }
        if (PLAIN_WORDS.contains(words[0]) && !styled) {
            return null;
        }
        for (String word : words) {
            if (!Vocabulary.HEADINGS.containsKey(word)) {
                return null;
            }
        }
        return Vocabulary.HEADINGS.get(words[0]);
    }

    /** "Relevant Experience", "Relevante werkervaring", "Weitere Kenntnisse": a known heading after a qualifier. */
    private static Section.Type qualifiedLookup(String key) {
        String[] words = key.split(" ");
        for (int n = 1; n <= Math.min(2, words.length - 1); n++) {
            boolean qualifiers = true;
            for (int k = 0; k < n; k++) {
                qualifiers &= HEADING_QUALIFIERS.contains(words[k]);
            }
            if (!qualifiers) {
                break;
            }
            Section.Type type = lookup(String.join(" ", Arrays.copyOfRange(words, n, words.length)));
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** "Work experience & internships", "Education (selected)": a known heading followed by a few words. */
    private static Section.Type prefixLookup(String key) {
        String[] words = key.split(" ");
        for (int n = Math.min(words.length - 1, 4); n >= 1; n--) {
            String prefix = String.join(" ", Arrays.copyOfRange(words, 0, n));
            Section.Type type = Vocabulary.HEADINGS.get(prefix);
            if (type != null && words.length - n <= 3 && !PLAIN_WORDS.contains(prefix)) {
                return type;
            }
        }
        return null;
    }

    private List<Section> segment() {
        List<Section> result = new ArrayList<>();
        Section.Type currentType = Section.Type.TOP;
        int currentHeading = -1;
        int currentStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Heading heading = heading(line);
            boolean boundary = i > 0 && startsNewRegion(lines.get(i - 1), line);
            boolean twoLines = false;
            if ((heading == null || heading.contentOffset() < 0) && i + 1 < lines.size()) {
                Heading wrapped = wrappedHeading(line, lines.get(i + 1), heading != null);
                if (wrapped != null) {
                    heading = wrapped;
                    twoLines = true;
                }
            }
            if (heading == null && !boundary) {
                continue;
            }
            if (i > currentStart || currentHeading >= 0) {
                result.add(new Section(currentType, currentHeading, currentStart, i, startOf(currentStart)));
            }
            if (heading == null) {
                currentType = Section.Type.TOP;
                currentHeading = -1;
                currentStart = i;
            } else if (heading.contentOffset() >= 0) {
                result.add(new Section(heading.type(), i, i, i + 1, line.start() + heading.contentOffset()));
                if (boundary) {
                    currentType = Section.Type.TOP;
                }
                currentHeading = -1;
                currentStart = i + 1;
            } else {
                currentType = heading.type();
                currentHeading = i;
                currentStart = i + 1;
                if (twoLines) {
                    continuedHeadings.add(i + 1);
                    currentStart = i + 2;
                    i++;
                }
            }
        }
        if (currentStart < lines.size() || currentHeading >= 0) {
            result.add(new Section(currentType, currentHeading, currentStart, lines.size(), startOf(currentStart)));
        }
        return List.copyOf(result);
    }

    /**
     * A heading a narrow sidebar wraps onto two lines ("KENNIS EN" over "VAARDIGHEDEN", "HOBBIES &" over
     * "INTERESTS"): two short lines of one style that only together read as a heading.
     */
    private Heading wrappedHeading(TextLine first, TextLine second, boolean firstIsHeading) {
        if (!(styled(first) || first.heading()) || first.column() != second.column() || first.block() != second.block()
                || first.bold() != second.bold() || Math.abs(first.fontSize() - second.fontSize()) >= 0.5f
                || wordCount(first.text()) > 3 || wordCount(second.text()) > 3 || first.text().contains(":")) {
            return null;
        }
        String joinedText = first.text() + " " + second.text();
        // "HOBBIES &" is a heading of its own already: a dangling "&" or "and", or a heading only the two lines
        // spell together ("COMPÉTENCES" over "TECHNIQUES"), says the next line goes with it
        if (firstIsHeading ? !CONNECTOR_END.matcher(first.text()).find()
                && lookup(Vocabulary.headingKey(DECORATION.matcher(joinedText).replaceAll("").strip())) == null
                : heading(second) != null) {
            return null;
        }
        TextLine joined = new TextLine(joinedText, first.start(), first.page(), first.fontSize(), first.bold(),
                first.heading(), first.column(), first.block(), first.x(), first.y());
        Heading heading = heading(joined);
        return heading != null && heading.contentOffset() < 0 ? heading : null;
    }

    private int startOf(int line) {
        return line < lines.size() ? lines.get(line).start() : document.text().length();
    }

    /** A new column, text box, header or footer starts a region of its own: a sidebar's section ends with it. */
    private static boolean startsNewRegion(TextLine previous, TextLine line) {
        if (previous.column() != line.column()) {
            return true;
        }
        return region(previous.block()) != region(line.block());
    }

    private static int region(TextLine.Block block) {
        return switch (block) {
            case BODY, TABLE_CELL -> 0;
            case TEXT_BOX -> 1;
            case HEADER -> 2;
            case FOOTER -> 3;
        };
    }

    private static float medianSize(List<TextLine> lines) {
        float[] sizes = new float[lines.size()];
        int n = 0;
        for (TextLine line : lines) {
            if (line.fontSize() > 0) {
                sizes[n++] = line.fontSize();
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(sizes, 0, n);
        return sizes[n / 2];
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
