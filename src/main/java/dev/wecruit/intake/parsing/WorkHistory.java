package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles in the experience sections. Each dated line anchors a role; its title, employer and location come from the
 * rest of that line and the short, non-bullet lines just above it or just below it (whichever the section's first
 * role shows the CV uses), split at separators ("Title, Employer", "Title at Employer", "Employer | Title") and
 * told apart by job-title words and company forms.
 */
final class WorkHistory {

    private static final Pattern CHUNK_SEPARATOR = Pattern.compile(
            "\\t|\\s+[|•·–—]\\s+|\\s[|•·–—]|[|•·–—]\\s|\\s+-\\s+|,\\s+|\\s+(?:at|@|bei|chez|en|para|presso|bij|w)\\s+(?=\\p{Lu})|\\s*\\|\\s*");
    private static final Pattern AT_SEPARATOR = Pattern.compile("\\s+(?:at|@|bei|chez|en|para|presso|bij|w)\\s+(?=\\p{Lu})");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\(?\\s*\\d+\\s*(?:\\+\\s*)?(?:years?|yrs?|y|months?|mos?|m|jahre?|monate?|ans?|mois|años?|meses|jaar|maanden|anni|mesi)"
                    + "\\.?(?:\\s*(?:and|,)?\\s*\\d+\\s*(?:months?|mos?|m|monate?|mois|meses|maanden|mesi)\\.?)?\\s*\\)?");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:|•·\\p{Pd}]+|[\\s,;:|•·\\p{Pd}]+$");
    private static final Pattern EMPLOYMENT_TYPE = Pattern.compile(
            "(?i)^(?:full[- ]time|part[- ]time|contract|contractor|freelance|permanent|temporary|temp|internship|"
                    + "self[- ]employed|remote|hybrid|on[- ]site|locum|seasonal|vollzeit|teilzeit|cdi|cdd|stage)$");

    private WorkHistory() {
    }

    /** Roles newest first. */
    static List<Proposal<WorkRole>> find(Layout layout, YearMonth now) {
        List<Section> sections = layout.sectionsOf(Section.Type.EXPERIENCE);
        double scale = 1.0;
        if (sections.isEmpty()) {
            // no Experience heading (plain text CVs): dated lines outside the education and other known sections
            sections = layout.sections.stream().filter(s -> s.type() == Section.Type.TOP || s.type() == Section.Type.OTHER
                    || s.type() == Section.Type.PROFILE).toList();
            scale = 0.75;
        }
        List<Proposal<WorkRole>> roles = new ArrayList<>();
        for (Section section : sections) {
            if (section.inline()) {
                continue;
            }
            roles.addAll(inSection(layout, section, now, scale));
        }
        List<Proposal<WorkRole>> unique = new ArrayList<>();
        for (Proposal<WorkRole> role : roles) {
            boolean duplicate = unique.stream().anyMatch(r -> same(r.value(), role.value()));
            if (!duplicate) {
                unique.add(role);
            }
        }
        unique.sort(Comparator.comparing((Proposal<WorkRole> r) -> r.value().to() == null ? YearMonth.of(9999, 12)
                        : r.value().to()).reversed()
                .thenComparing(r -> r.value().from(), Comparator.reverseOrder()));
        return unique;
    }

    private static boolean same(WorkRole a, WorkRole b) {
        return a.from().equals(b.from()) && java.util.Objects.equals(a.title(), b.title())
                && java.util.Objects.equals(a.employer(), b.employer());
    }

    private record Anchor(int line, DateRanges.Period period) {
    }

    private static List<Proposal<WorkRole>> inSection(Layout layout, Section section, YearMonth now, double scale) {
        List<TextLine> lines = layout.lines;
        List<Anchor> anchors = new ArrayList<>();
        for (int i = section.firstLine(); i < section.end(); i++) {
            String text = lines.get(i).text();
            for (DateRanges.Period period : DateRanges.find(text, now)) {
                if (isEntryDate(text, period)) {
                    anchors.add(new Anchor(i, period));
                    break;
                }
            }
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        boolean headerAbove = !headerLines(layout, section, anchors.get(0).line(), -1, section.firstLine()).isEmpty();
        List<Proposal<WorkRole>> roles = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            int previousAnchor = a > 0 ? anchors.get(a - 1).line() : section.firstLine() - 1;
            int nextAnchor = a + 1 < anchors.size() ? anchors.get(a + 1).line() : section.end();
            TextLine anchorLine = lines.get(anchor.line());
            String residual = residual(anchorLine.text(), anchor.period());
            List<Integer> header = new ArrayList<>();
            // "Employer, City  2019 - 2021" still lacks the title, which the line below holds
            boolean residualIncomplete = roleChunks(residual) < 2;
            List<Integer> row = residualIncomplete ? rowNeighbours(layout, section, anchor.line()) : List.of();
            if (!row.isEmpty()) {
                header.addAll(row);
            } else {
                if (headerAbove) {
                    header.addAll(headerLines(layout, section, anchor.line(), -1, previousAnchor + 1));
                }
                if (header.isEmpty() && residualIncomplete) {
                    header.addAll(headerLines(layout, section, anchor.line(), +1, nextAnchor));
                }
                if (header.isEmpty() && residualIncomplete && !headerAbove) {
                    // a CV that mixes its styles: this entry's dates sit under its title line, not on it
                    header.addAll(headerLines(layout, section, anchor.line(), -1, previousAnchor + 1));
                }
            }
            Draft draft = role(layout, anchor, residual, header, scale);
            Proposal<WorkRole> role = draft == null ? null : draft.role();
            int firstLine = header.isEmpty() ? anchor.line() : Math.min(header.get(0), anchor.line());
            if (role != null && role.value().employer() == null && !roles.isEmpty() && headerAbove
                    && !layout.blankBefore(firstLine)) {
                // "Acme Ltd / Senior Engineer 2021 - now / Engineer 2019 - 2021": a promotion under the same employer
                Proposal<WorkRole> previous = roles.get(roles.size() - 1);
                if (previous.value().employer() != null) {
                    WorkRole value = role.value();
                    role = Proposal.offline(new WorkRole(value.title(), previous.value().employer(), value.from(),
                            value.to(), value.location() != null ? value.location() : previous.value().location()),
                            role.start(), role.end(), role.confidence() * 0.9);
                }
            }
            if (role != null) {
                roles.add(role);
                drafts.add(draft);
            }
        }
        return sameOrder(roles, drafts);
    }

    /** A role as read, and whether its wording (not just the usual order) told its title from its employer. */
    private record Draft(Proposal<WorkRole> role, boolean decided, boolean titleFirst) {
    }

    /**
     * A CV writes all its roles one way. When the roles whose wording settles it mostly put the employer before the
     * title ("Le Petit Marché" over "Second de cuisine" next to "Restaurant La Table" over "Chef de partie"), a role
     * that nothing settles is read the same way instead of title first.
     */
    private static List<Proposal<WorkRole>> sameOrder(List<Proposal<WorkRole>> roles, List<Draft> drafts) {
        int employerFirst = 0;
        int titleFirst = 0;
        for (Draft draft : drafts) {
            if (draft.decided() && draft.role().value().title() != null && draft.role().value().employer() != null) {
                if (draft.titleFirst()) {
                    titleFirst++;
                } else {
                    employerFirst++;
                }
            }
        }
        if (employerFirst <= titleFirst) {
            return roles;
        }
        List<Proposal<WorkRole>> result = new ArrayList<>(roles);
        for (int i = 0; i < result.size(); i++) {
            Draft draft = drafts.get(i);
            WorkRole value = result.get(i).value();
            if (!draft.decided() && draft.titleFirst() && value.title() != null && value.employer() != null
                    && result.get(i) == draft.role()) {
                Proposal<WorkRole> role = result.get(i);
                result.set(i, Proposal.offline(new WorkRole(value.employer(), value.title(), value.from(), value.to(),
                        value.location()), role.start(), role.end(), role.confidence()));
            }
        }
        return result;
    }

    /** How many chunks of a line can be a title or an employer: places, durations and contract types are not. */
    private static int roleChunks(String text) {
        int count = 0;
        for (String chunk : chunks(text)) {
            if (!isPlace(chunk) && !EMPLOYMENT_TYPE.matcher(chunk).matches() && !DURATION.matcher(chunk).matches()) {
                count++;
            }
        }
        return count;
    }

    /**
     * A table whose rows hold an entry's dates in one cell and its title, employer and bullets in the next (or the
     * other way round): the role's header lines are the leading short lines of the row's other cells, plus what
     * the date cell holds under the dates (a city). Empty when the anchor is not in a table or sits in a large cell,
     * such as the main column of a one-row table used as a page layout.
     */
    private static List<Integer> rowNeighbours(Layout layout, Section section, int anchor) {
        TextLine dated = layout.lines.get(anchor);
        if (dated.row() < 0) {
            return List.of();
        }
        int first = anchor;
        while (first - 1 >= section.firstLine() && layout.lines.get(first - 1).row() == dated.row()) {
            first--;
        }
        int end = anchor + 1;
        while (end < section.end() && layout.lines.get(end).row() == dated.row()) {
            end++;
        }
        List<Integer> sameCell = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (layout.lines.get(i).cell() == dated.cell()) {
                sameCell.add(i);
            }
        }
        if (sameCell.size() > 3 || sameCell.stream().anyMatch(i -> Layout.isBullet(layout.lines.get(i).text()))) {
            return List.of();
        }
        List<Integer> header = new ArrayList<>();
        for (int i : sameCell) {
            if (i != anchor && isHeaderLike(layout.lines.get(i).text())) {
                header.add(i);
            }
        }
        int cell = Integer.MIN_VALUE;
        int taken = 0;
        boolean open = false;
        for (int i = first; i < end; i++) {
            TextLine line = layout.lines.get(i);
            if (line.cell() == dated.cell()) {
                continue;
            }
            if (line.cell() != cell) {
                cell = line.cell();
                taken = 0;
                open = true;
            }
            if (open && taken < 3 && isHeaderLike(line.text())) {
                header.add(i);
                taken++;
            } else {
                open = false;
            }
        }
        header.sort(null);
        return header;
    }

    /** A date that dates an entry, not one in the middle of a sentence ("led the 2019 - 2020 migration"). */
    private static boolean isEntryDate(String text, DateRanges.Period period) {
        if (Layout.wordCount(text) <= 16) {
            return true;
        }
        String before = text.substring(0, period.start()).strip();
        String after = text.substring(period.end()).strip();
        return before.isEmpty() || after.isEmpty() || after.startsWith("(") || before.endsWith("|");
    }

    /** Up to three short header lines next to the anchor, going up (-1) or down (+1), stopping at a limit line. */
    private static List<Integer> headerLines(Layout layout, Section section, int anchor, int direction, int limit) {
        List<Integer> found = new ArrayList<>();
        int i = anchor + direction;
        while (found.size() < 3 && (direction < 0 ? i >= limit : i < limit) && i >= section.firstLine()
                && i < section.end()) {
            TextLine line = layout.lines.get(i);
            if (!isHeaderLike(line.text())) {
                break;
            }
            if (direction < 0 && i - 1 >= section.firstLine() && continues(layout, i - 1, i)
                    && !isHeaderLike(layout.lines.get(i - 1).text())) {
                // the wrapped tail of the previous role's last bullet
                break;
            }
            // a blank line above the candidate (going up) or above it (going down) ends the entry's header
            boolean gap = direction < 0 ? layout.blankBefore(i + 1) : layout.blankBefore(i);
            if (gap && !found.isEmpty() || gap && direction > 0) {
                break;
            }
            found.add(i);
            if (direction < 0 && layout.blankBefore(i)) {
                break;
            }
            i += direction;
        }
        if (direction < 0) {
            java.util.Collections.reverse(found);
        }
        return found;
    }

    private static boolean isHeaderLike(String text) {
        if (Layout.isBullet(text) || text.length() > 100 || Layout.wordCount(text) > 12 || text.contains("@")
                || Layout.wordCount(text) == 0) {
            // a rule drawn with dashes under a plain-text heading holds no title or employer
            return false;
        }
        String stripped = text.strip();
        return !endsLikeSentence(stripped) && !stripped.endsWith(":");
    }

    /**
     * A phrase that reads as part of a sentence, not as a title or a name: more than eight words, or opening with a
     * preposition ("For a housing charity") or a verb form followed by its object ("Reporting to the Managing
     * Director", "Leading a team of 12"); "Managing Director" and "Leading Hand" are titles.
     */
    static boolean isSentence(String text) {
        String[] words = text.strip().split("\\s+");
        if (Layout.wordCount(text) > 8) {
            return true;
        }
        String first = Vocabulary.folded(words[0]);
        if (SENTENCE_OPENERS.contains(first) && words.length > 1) {
            return true;
        }
        return words.length > 1 && (first.endsWith("ing") || first.endsWith("ed")) && first.length() > 4
                && OBJECT_WORDS.contains(Vocabulary.folded(words[1]));
    }

    private static final java.util.Set<String> SENTENCE_OPENERS = Vocabulary.words("to for with in on at from by of "
            + "under into across within over through during while including responsible reporting which who that "
            + "and but or als für mit bei pour avec dans chez para con en voor met bij");
    private static final java.util.Set<String> OBJECT_WORDS = Vocabulary.words("to the a an my our all over up on "
            + "into for with across of teams team staff");

    /** "Managed the ward." ends a sentence; "Banco Santander S.A." and "Acme Inc." do not. */
    static boolean endsLikeSentence(String text) {
        if (!text.endsWith(".")) {
            return false;
        }
        String[] words = text.substring(0, text.length() - 1).split("\\s+");
        String last = words[words.length - 1];
        if (Vocabulary.COMPANY_SUFFIXES.contains(Vocabulary.folded(last + "."))
                || Vocabulary.COMPANY_SUFFIXES.contains(Vocabulary.folded(last))) {
            // "Obras y Viales del Norte S.L.": the full stop belongs to the legal form
            return false;
        }
        return Layout.wordCount(text) > 10 || last.length() > 3 && last.chars().allMatch(Character::isLowerCase);
    }

    private static String residual(String text, DateRanges.Period period) {
        String rest = text.substring(0, period.start()) + "\t" + text.substring(period.end());
        rest = DURATION.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("(?i)\\b(?:from|since|seit|von|depuis|desde|de|du)\\s*$", "");
        return clean(rest.replaceAll("\\s*\\t\\s*(?:[|•·,\\p{Pd}]\\s*)?$", "").replaceAll("\\(\\s*\\)", ""));
    }

    private record Chunk(String text, int start, int end, int line, boolean bold, int group) {
    }

    /** Edge punctuation off, and a bracket left alone by the split ("(2019", "London)") too. */
    static String clean(String piece) {
        String clean = EDGE_PUNCTUATION.matcher(piece).replaceAll("").strip();
        if (clean.startsWith("(") && clean.indexOf(')') < 0) {
            clean = clean.substring(1).strip();
        }
        if (clean.endsWith(")") && clean.indexOf('(') < 0) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        if (clean.equals("()")) {
            return "";
        }
        return clean;
    }

    static List<String> chunks(String text) {
        List<String> result = new ArrayList<>();
        for (int[] piece : pieces(text)) {
            String clean = clean(text.substring(piece[0], piece[1]));
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }

    /** Where the text splits into chunks: at separators, except inside brackets ("A-Levels (Maths, Physics)"). */
    private static List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        Matcher separator = CHUNK_SEPARATOR.matcher(text);
        int from = 0;
        while (separator.find()) {
            if (insideBrackets(text, separator.start())) {
                continue;
            }
            pieces.add(new int[] {from, separator.start()});
            from = separator.end();
        }
        pieces.add(new int[] {from, text.length()});
        return pieces;
    }

    private static boolean insideBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static Draft role(Layout layout, Anchor anchor, String residual, List<Integer> header, double scale) {
        List<Chunk> chunks = new ArrayList<>();
        int group = 0;
        Chunk atTitle = null;
        Chunk atEmployer = null;
        List<Integer> order = new ArrayList<>(header);
        int anchorPosition = 0;
        while (anchorPosition < order.size() && order.get(anchorPosition) < anchor.line()) {
            anchorPosition++;
        }
        order.add(anchorPosition, anchor.line());
        int spanStart = Integer.MAX_VALUE;
        int spanEnd = 0;
        java.util.Set<Integer> continuations = new java.util.HashSet<>();
        for (int lineIndex : order) {
            if (continuations.contains(lineIndex)) {
                continue;
            }
            TextLine line = layout.lines.get(lineIndex);
            String text = lineIndex == anchor.line() ? residual : line.text();
            if (lineIndex != anchor.line() && continues(layout, lineIndex, lineIndex + 1)
                    && lineIndex + 1 != anchor.line()) {
                // a PDF line wrapped inside a narrow column: "Warehouse Team Leader | DHL Supply" + "Chain"
                text = text + " " + layout.lines.get(lineIndex + 1).text();
                continuations.add(lineIndex + 1);
                spanEnd = Math.max(spanEnd, layout.lines.get(lineIndex + 1).end());
            } else if (lineIndex == anchor.line() && !header.contains(lineIndex + 1)
                    && continues(layout, lineIndex, lineIndex + 1) && roleChunks(residual) >= 2) {
                // "Nurse at Hollybank   2019 - 2021" + "Nursing Home": the employer wrapped under the dates' line; a
                // line that names a title or only a place is the next part of the entry, not the tail of this one
                String next = layout.lines.get(lineIndex + 1).text();
                boolean placeName = Places.get().find(next).stream()
                        .anyMatch(p -> p.start() == 0 && p.end() >= next.strip().length() - 1);
                List<String> before = chunks(residual);
                String last = before.get(before.size() - 1);
                // "Brightwater | Lead Mechanical" + "Engineer": the title itself wrapped, its job word on the next line
                boolean titleTail = titleScore(last) > 0 && titleScore(last + " " + next) > titleScore(last)
                        && employerScore(last) == 0;
                if ((titleScore(next) == 0 || titleTail) && !isPlace(next) && !placeName) {
                    text = text + " " + next;
                    continuations.add(lineIndex + 1);
                    spanEnd = Math.max(spanEnd, layout.lines.get(lineIndex + 1).end());
                }
            }
            int base = lineIndex == anchor.line()
                    ? line.start() + Math.max(0, line.text().indexOf(residual.isEmpty() ? " " : residual))
                    : line.start();
            spanStart = Math.min(spanStart, line.start());
            spanEnd = Math.max(spanEnd, line.end());
            if (text.isEmpty()) {
                continue;
            }
            Matcher at = AT_SEPARATOR.matcher(text);
            int firstIndex = chunks.size();
            splitInto(text, base, lineIndex, line.bold(), group++, chunks);
            if (at.find() && chunks.size() - firstIndex >= 2) {
                for (int c = firstIndex; c < chunks.size(); c++) {
                    if (chunks.get(c).start() - base < at.start()) {
                        atTitle = chunks.get(c);
                    } else if (atEmployer == null) {
                        atEmployer = chunks.get(c);
                    }
                }
            }
        }
        chunks.removeIf(c -> EMPLOYMENT_TYPE.matcher(c.text()).matches() || DURATION.matcher(c.text()).matches());
        String location = null;
        List<Chunk> rest = new ArrayList<>();
        List<Chunk> merged = mergeSuffixes(chunks);
        atTitle = sameStart(merged, atTitle);
        atEmployer = sameStart(merged, atEmployer);
        boolean previousWasPlace = false;
        for (Chunk chunk : merged) {
            boolean place = isPlace(chunk.text());
            if (place && location == null) {
                location = chunk.text();
            } else if (place && previousWasPlace && location.length() + chunk.text().length() < 40) {
                // "San Francisco" + "CA", "London" + "UK"
                location = location + ", " + chunk.text();
            } else if (!place && !isSentence(chunk.text())) {
                rest.add(chunk);
            }
            previousWasPlace = place;
        }
        String title = null;
        String employer = null;
        double confidence;
        boolean decided = true;
        boolean titleFirst = true;
        if (atTitle != null && atEmployer != null) {
            title = atTitle.text();
            employer = atEmployer.text();
            titleFirst = atTitle.start() < atEmployer.start();
            confidence = 0.85;
        } else {
            Chunk bestTitle = null;
            double bestTitleScore = 0;
            for (Chunk chunk : rest) {
                double score = titleScore(chunk.text()) - employerScore(chunk.text()) * 0.5;
                if (score > bestTitleScore) {
                    bestTitleScore = score;
                    bestTitle = chunk;
                }
            }
            Chunk bestEmployer = null;
            double bestEmployerScore = 0;
            for (Chunk chunk : rest) {
                if (chunk == bestTitle) {
                    continue;
                }
                double score = employerScore(chunk.text()) - titleScore(chunk.text()) * 0.5;
                if (score > bestEmployerScore) {
                    bestEmployerScore = score;
                    bestEmployer = chunk;
                }
            }
            if (bestTitle != null && bestEmployer == null) {
                bestEmployer = firstOther(rest, bestTitle);
            } else if (bestTitle == null && bestEmployer != null) {
                bestTitle = firstOther(rest, bestEmployer);
            } else if (bestTitle == null) {
                // no wording to go by: the usual order is title first, employer second
                bestTitle = rest.isEmpty() ? null : rest.get(0);
                bestEmployer = firstOther(rest, bestTitle);
            }
            title = bestTitle == null ? null : bestTitle.text();
            employer = bestEmployer == null ? null : bestEmployer.text();
            decided = bestTitleScore > 0 || bestEmployerScore > 0;
            titleFirst = bestTitle == null || bestEmployer == null || bestTitle.start() < bestEmployer.start();
            confidence = (bestTitleScore > 0 ? 0.4 : 0.25) + (bestEmployerScore > 0 ? 0.4 : 0.25);
            if (title == null || employer == null) {
                confidence -= 0.15;
            }
        }
        if (title == null && employer == null) {
            return null;
        }
        WorkRole role = new WorkRole(limit(title), limit(employer), anchor.period().from(), anchor.period().to(),
                limit(location));
        int start = Math.min(spanStart, layout.lines.get(anchor.line()).start() + anchor.period().start());
        return new Draft(Proposal.offline(role, start, Math.max(spanEnd, start), Math.min(0.9, confidence * scale)),
                decided, titleFirst);
    }

    /** Whether {@code next} is the wrapped end of {@code line}: same type, no gap, a few words, no dates or bullets. */
    private static boolean continues(Layout layout, int line, int next) {
        if (layout.document.format() != dev.wecruit.platform.documents.DocumentFormat.PDF
                || next >= layout.lines.size() || layout.blankBefore(next)) {
            return false;
        }
        TextLine first = layout.lines.get(line);
        TextLine second = layout.lines.get(next);
        String text = second.text();
        return first.text().length() >= 20 && first.column() == second.column() && first.page() == second.page()
                && first.bold() == second.bold() && Math.abs(first.fontSize() - second.fontSize()) < 0.5f
                && Layout.wordCount(text) <= 3 && !Layout.isBullet(text) && !text.matches(".*\\d.*")
                && !text.contains("@") && layout.heading(second) == null;
    }

    private static Chunk sameStart(List<Chunk> chunks, Chunk wanted) {
        if (wanted == null) {
            return null;
        }
        for (Chunk chunk : chunks) {
            if (chunk.start() == wanted.start()) {
                return chunk;
            }
        }
        return null;
    }

    /** The first chunk other than {@code not}, preferring one written on the same line. */
    private static Chunk firstOther(List<Chunk> chunks, Chunk not) {
        Chunk other = null;
        for (Chunk chunk : chunks) {
            if (chunk == not) {
                continue;
            }
            if (not != null && chunk.group() == not.group()) {
                return chunk;
            }
            if (other == null) {
                other = chunk;
            }
        }
        return other;
    }

    private static void splitInto(String text, int base, int line, boolean bold, int group, List<Chunk> out) {
        for (int[] piece : pieces(text)) {
            String raw = text.substring(piece[0], piece[1]);
            String clean = clean(raw);
            if (!clean.isEmpty()) {
                int offset = piece[0] + raw.indexOf(clean);
                out.add(new Chunk(clean, base + offset, base + offset + clean.length(), line, bold, group));
            }
        }
    }

    /**
     * "Acme, Inc." and "Müller, GmbH" were split at the comma; the legal form belongs to the name before it. Law
     * firms are names joined by commas: "Skadden, Arps, Slate, Meagher & Flom LLP" is one employer.
     */
    private static List<Chunk> mergeSuffixes(List<Chunk> chunks) {
        List<Chunk> merged = new ArrayList<>();
        for (Chunk chunk : chunks) {
            String folded = Vocabulary.folded(chunk.text());
            if (!merged.isEmpty() && Vocabulary.COMPANY_SUFFIXES.contains(folded)
                    && merged.get(merged.size() - 1).group() == chunk.group()) {
                Chunk previous = merged.remove(merged.size() - 1);
                merged.add(new Chunk(previous.text() + ", " + chunk.text(), previous.start(), chunk.end(),
                        previous.line(), previous.bold(), previous.group()));
                continue;
            }
            String[] words = chunk.text().split("\\s+");
            boolean legalForm = Vocabulary.COMPANY_SUFFIXES.contains(Vocabulary.folded(words[words.length - 1]));
            int first = merged.size();
            while (legalForm && first > 0 && isNamePart(merged.get(first - 1), chunk)) {
                first--;
            }
            boolean partnership = chunk.text().contains("&") || merged.size() - first >= 2;
            if (first < merged.size() && partnership) {
                Chunk head = merged.get(first);
                String text = String.join(", ", merged.subList(first, merged.size()).stream().map(Chunk::text).toList())
                        + ", " + chunk.text();
                merged.subList(first, merged.size()).clear();
                merged.add(new Chunk(text, head.start(), chunk.end(), head.line(), head.bold(), head.group()));
            } else {
                merged.add(chunk);
            }
        }
        return merged;
    }

    /** One or two capitalised words that are neither a job title nor a place, on the same line as the firm. */
    private static boolean isNamePart(Chunk part, Chunk firm) {
        return part.group() == firm.group() && Layout.wordCount(part.text()) == 1
                && Character.isUpperCase(part.text().codePointAt(0)) && titleScore(part.text()) == 0
                && Places.get().find(part.text()).isEmpty();
    }

    private static boolean isPlace(String text) {
        if (text.length() > 50) {
            return false;
        }
        List<Places.Place> places = Places.get().find(text);
        if (places.isEmpty()) {
            return text.matches("(?i)remote|hybrid|home[- ]based|remote \\(.*\\)|worldwide");
        }
        int covered = 0;
        for (Places.Place place : places) {
            covered += place.end() - place.start();
        }
        // the place must be most of the chunk: "London" yes, "Bank of London" no
        return covered >= text.replaceAll("[\\s,()]", "").length() * 0.8 && !places.get(0).ambiguous()
                || covered >= text.length() - 2 && places.size() >= 2;
    }

    static double titleScore(String text) {
        double score = 0;
        for (String word : text.split("[\\s/,&()-]+")) {
            String folded = Vocabulary.folded(word);
            if (isTitleWord(folded)) {
                score += 2;
            } else if (Vocabulary.SENIORITY_WORDS.contains(folded)) {
                score += 0.5;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("head of") || lower.startsWith("director of") || lower.startsWith("vp of")
                || lower.startsWith("vice president")) {
            score += 2;
        }
        return score;
    }

    /** A job-title word, also in the feminine forms German, French and Spanish build from it. */
    static boolean isTitleWord(String folded) {
        if (Vocabulary.TITLE_WORDS.contains(folded)) {
            return true;
        }
        int n = folded.length();
        return n > 5 && (folded.endsWith("innen") && Vocabulary.TITLE_WORDS.contains(folded.substring(0, n - 5))
                || folded.endsWith("in") && Vocabulary.TITLE_WORDS.contains(folded.substring(0, n - 2))
                || folded.endsWith("e") && Vocabulary.TITLE_WORDS.contains(folded.substring(0, n - 1))
                || folded.endsWith("a") && Vocabulary.TITLE_WORDS.contains(folded.substring(0, n - 1) + "o")
                || folded.endsWith("euse") && Vocabulary.TITLE_WORDS.contains(folded.substring(0, n - 4) + "eur"));
    }

    static double employerScore(String text) {
        double score = 0;
        String[] words = text.split("[\\s,]+");
        for (String word : words) {
            String folded = Vocabulary.folded(word);
            if (Vocabulary.COMPANY_SUFFIXES.contains(folded)) {
                score += 3;
            } else if (Vocabulary.ORGANISATION_WORDS.contains(folded)) {
                score += 1.5;
            }
        }
        if (text.contains("&") && !text.contains(" & ")) {
            score += 0.5;
        }
        if (text.matches("\\p{Lu}{2,6}") || text.matches(".*\\.(?:com|io|co|de|net|org)$")) {
            score += 1;
        }
        return score;
    }

    private static String limit(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
