package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years of experience: as the candidate states it near the top, else counted from the dated roles. */
final class Experience {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30));
    private static final String NUMBER = "(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty)";
    private static final Pattern STATED = Pattern.compile(
            "(?i)(?<![\\d.,])" + NUMBER + "\\s*\\+?\\s*(?:"
                    + "(?:years?|yrs?)['’]?\\+?\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:experience|exp\\b|expertise|industry|"
                    + "in\\s+(?:the\\s+)?(?:industry|field|sector|profession))"
                    // "with 17 years in busy contact centres", "8 years on trunking work": a career, in a profile
                    + "|(?:years?|yrs?)['’]?\\+?\\s+(?:in|on|as|across|within|working|spent)\\s+(?!a\\s+row\\b)"
                    + "|jahren?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:berufserfahrung|erfahrung)"
                    + "|ans\\s+d['’](?:expérience|experience)"
                    + "|años\\s+de\\s+experiencia"
                    + "|jaar\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:werkervaring|ervaring)"
                    + "|anos\\s+de\\s+experiência"
                    + "|anni\\s+di\\s+esperienza)");

    /** "15+ years leading teams", "over 20 years delivering projects": a career's length, when a profile says it. */
    private static final Pattern STATED_IN_PROFILE = Pattern.compile(
            "(?i)(?:(?<![\\d.,])" + NUMBER + "\\s*\\+\\s*(?:years?|yrs?)\\b"
                    + "|\\b(?:over|more\\s+than|nearly|almost|close\\s+to)\\s+" + NUMBER.replace("<n>", "<m>")
                    + "\\s*(?:years?|yrs?)\\b)(?!\\s+in\\s+a\\s+row)");

    /** "Total experience: 7 years", "Experience: 10+ yrs". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:total\\s+|overall\\s+|work\\s+|professional\\s+|relevant\\s+)?(?:experience|berufserfahrung|expérience"
                    + "|experiencia|ervaring)\\s*[:\\-–]\\s*(?:of\\s+|over\\s+|more\\s+than\\s+)?" + NUMBER
                    + "\\s*\\+?\\s*(?:years?|yrs?|jahre|ans|años|jaar)\\b");

    private Experience() {
    }

    static Proposal<Integer> years(Layout layout, List<Proposal<WorkRole>> roles, YearMonth now) {
        // what the candidate says beats our count: earlier roles are often left off a CV
        Proposal<Integer> stated = stated(layout);
        if (stated != null) {
            return stated;
        }
        return counted(roles, now);
    }

    private static Proposal<Integer> stated(Layout layout) {
        int limit = Math.max(12, layout.lines.size() / 4);
        for (int i = 0; i < layout.lines.size(); i++) {
            Section.Type type = layout.typeOf(i);
            boolean early = i < limit;
            if (!(type == Section.Type.PROFILE || type == Section.Type.TOP || early && type != Section.Type.EXPERIENCE)) {
                continue;
            }
            TextLine line = layout.lines.get(i);
            Matcher m = STATED.matcher(line.text());
            if (!m.find()) {
                m = LABELLED.matcher(line.text());
                if (!m.find()) {
                    m = STATED_IN_PROFILE.matcher(line.text());
                    if (!(type == Section.Type.PROFILE || type == Section.Type.TOP) || !m.find()) {
                        continue;
                    }
                }
            }
            String written = (m.group("n") != null ? m.group("n") : m.group("m")).toLowerCase(java.util.Locale.ROOT);
            int years = NUMBER_WORDS.containsKey(written) ? NUMBER_WORDS.get(written) : Integer.parseInt(written);
            if (years >= 1 && years <= 60) {
                return Proposal.offline(years, line.start() + m.start(), line.start() + m.end(), 0.85);
            }
        }
        return null;
    }

    /**
     * Months covered by any role, overlaps counted once, in whole years rounded down. A role covers its first to its
     * last month inclusive; a current one runs to last month, the last one completed.
     */
    private static Proposal<Integer> counted(List<Proposal<WorkRole>> roles, YearMonth now) {
        if (roles.isEmpty()) {
            return null;
        }
        List<YearMonth[]> intervals = new ArrayList<>();
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Proposal<WorkRole> role : roles) {
            YearMonth from = role.value().from();
            // a current role has worked every month before this one; this month is not over yet
            YearMonth to = role.value().to() == null ? now.minusMonths(1) : role.value().to();
            if (to.isBefore(from)) {
                continue;
            }
            intervals.add(new YearMonth[] {from, to});
            start = Math.min(start, role.start());
            end = Math.max(end, role.end());
        }
        intervals.sort(Comparator.comparing(interval -> interval[0]));
        long months = 0;
        YearMonth currentFrom = null;
        YearMonth currentTo = null;
        for (YearMonth[] interval : intervals) {
            if (currentTo != null && !interval[0].isAfter(currentTo)) {
                if (interval[1].isAfter(currentTo)) {
                    currentTo = interval[1];
                }
                continue;
            }
            if (currentFrom != null) {
                months += monthsBetween(currentFrom, currentTo);
            }
            currentFrom = interval[0];
            currentTo = interval[1];
        }
        if (currentFrom != null) {
            months += monthsBetween(currentFrom, currentTo);
        }
        double confidence = roles.size() >= 2 ? 0.7 : 0.6;
        return Proposal.offline((int) (months / 12), start == Integer.MAX_VALUE ? 0 : start, Math.max(end, 0),
                confidence);
    }

    /** Both months count: "Jan 2020 – Dec 2020" is twelve months of work, not eleven. */
    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
    }
}
