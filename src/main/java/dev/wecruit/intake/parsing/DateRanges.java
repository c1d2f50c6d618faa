package dev.wecruit.intake.parsing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds periods such as "Jan 2019 – Present", "03/2019 - 06/2021", "2019-03 to 2021-06", "seit 2020",
 * "Mar. 2018 – now", "de enero de 2019 a marzo de 2021" in a line.
 *
 * <p>Two steps keep the patterns simple and linear: first every single date and "present" word is found with one
 * alternation, then neighbours joined only by a range separator ("–", "to", "bis", "à", "hasta", ...) become a period.
 */
final class DateRanges {

    /** A period; {@code to} null means ongoing. Offsets are within the searched text. */
    record Period(YearMonth from, YearMonth to, boolean monthsKnown, int start, int end) {

        boolean ongoing() {
            return to == null;
        }
    }

    /** A single date found in text; {@code month} 0 when only the year is written. */
    record Point(int year, int month, int start, int end, boolean present) {
    }

    private static final String MONTH_NAMES = alternation(Vocabulary.MONTHS.keySet());
    private static final String SEASON_NAMES = alternation(Vocabulary.SEASONS.keySet());
    private static final String PRESENT = alternation(Vocabulary.PRESENT_WORDS);
    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{L}\\d])";

    private static final Pattern POINT = Pattern.compile(
            L + "(?:(?<mname>" + MONTH_NAMES + ")\\.?(?:\\s+de|\\s+of|,)?\\s*(?<myear>'\\d{2}|’\\d{2}|\\d{4})" + R
                    + "|(?<season>" + SEASON_NAMES + ")\\s+(?<syear>\\d{4})" + R
                    + "|q(?<quarter>[1-4])\\s*(?<qyear>\\d{4})" + R
                    + "|(?<dday>\\d{1,2})[./](?<dmonth>\\d{1,2})[./](?<dyear>(?:19|20)\\d{2})" + R
                    + "|(?<nmonth>0?[1-9]|1[0-2])\\s?[./-]\\s?(?<nyear>(?:19|20)\\d{2})" + R
                    + "|(?<iyear>(?:19|20)\\d{2})[./-](?<imonth>0[1-9]|1[0-2])" + R
                    + "|(?<year>(?:19|20)\\d{2})(?:[-–/](?<short>\\d{2})(?![\\p{L}\\d%]))?" + R
                    + "|(?<present>" + PRESENT + ")" + R + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[-–—‒―~→]+(?:\\s*(?:till|to|until|bis|à|a|hasta|tot|até))?|->|>|to|till|until|through|thru|bis"
                    + "|bis\\s+zum|à|a|au|al|hasta|tot|t/m|tm|até|ate|fino\\s+a|do)\\s*(?:date\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OPEN_PREFIX = Pattern.compile(
            "(?:since|seit|depuis|desde|sinds|dal|dall'|dès|from|ab|od)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TRAILING_DASH = Pattern.compile("\\s*[-–—]\\s*$");

    private DateRanges() {
    }

    /** Periods in the text, in order of appearance. */
    static List<Period> find(String text, YearMonth now) {
        List<Point> points = points(text);
        List<Period> periods = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            Point first = points.get(i);
            if (first.present()) {
                i++;
                continue;
            }
            Point second = i + 1 < points.size() ? points.get(i + 1) : null;
            if (second != null && SEPARATOR.matcher(text.substring(first.end(), second.start())).matches()) {
                Period period = period(first, second, now);
                if (period != null) {
                    periods.add(period);
                    i += 2;
                    continue;
                }
            }
            String before = text.substring(Math.max(0, first.start() - 12), first.start());
            String after = text.substring(first.end(), second == null ? text.length() : second.start());
            boolean openBefore = OPEN_PREFIX.matcher(before).find();
            boolean openAfter = second == null && TRAILING_DASH.matcher(after).matches();
            if (openBefore || openAfter) {
                YearMonth from = yearMonth(first, true);
                if (from != null && !from.isAfter(now)) {
                    int start = openBefore ? first.start() - prefixLength(before) : first.start();
                    int end = openAfter ? text.length() : first.end();
                    periods.add(new Period(from, null, first.month() > 0, start, end));
                }
            }
            i++;
        }
        return periods;
    }

    /** Every single date (and "present" word) in the text. */
    static List<Point> points(String text) {
        List<Point> points = new ArrayList<>();
        Matcher m = POINT.matcher(text);
        while (m.find()) {
            if (m.group("present") != null) {
                points.add(new Point(0, 0, m.start(), m.end(), true));
            } else if (m.group("mname") != null) {
                int month = Vocabulary.MONTHS.get(m.group("mname").toLowerCase(Locale.ROOT));
                points.add(new Point(year(m.group("myear")), month, m.start(), m.end(), false));
            } else if (m.group("season") != null) {
                int month = Vocabulary.SEASONS.get(m.group("season").toLowerCase(Locale.ROOT));
                points.add(new Point(year(m.group("syear")), month, m.start(), m.end(), false));
            } else if (m.group("quarter") != null) {
                int month = (Integer.parseInt(m.group("quarter")) - 1) * 3 + 1;
                points.add(new Point(year(m.group("qyear")), month, m.start(), m.end(), false));
            } else if (m.group("dmonth") != null) {
                int first = Integer.parseInt(m.group("dday"));
                int second = Integer.parseInt(m.group("dmonth"));
                // day first everywhere except where a first number above 12 says otherwise
                int month = second <= 12 ? second : first <= 12 ? first : 0;
                points.add(new Point(year(m.group("dyear")), month, m.start(), m.end(), false));
            } else if (m.group("nmonth") != null) {
                points.add(new Point(year(m.group("nyear")), Integer.parseInt(m.group("nmonth")), m.start(), m.end(),
                        false));
            } else if (m.group("iyear") != null) {
                points.add(new Point(year(m.group("iyear")), Integer.parseInt(m.group("imonth")), m.start(), m.end(),
                        false));
            } else if (m.group("year") != null) {
                int year = year(m.group("year"));
                if (m.group("short") != null) {
                    // "2019-21": two points in one match
                    int end = year / 100 * 100 + Integer.parseInt(m.group("short"));
                    int dash = m.start() + 4;
                    points.add(new Point(year, 0, m.start(), dash, false));
                    if (end >= year && end - year <= 15) {
                        points.add(new Point(end, 0, m.end() - 2, m.end(), false));
                    }
                } else {
                    points.add(new Point(year, 0, m.start(), m.end(), false));
                }
            }
        }
        points.sort(Comparator.comparingInt(Point::start));
        return points;
    }

    private static Period period(Point first, Point second, YearMonth now) {
        YearMonth from = yearMonth(first, true);
        if (from == null || from.isAfter(now.plusMonths(1))) {
            return null;
        }
        if (second.present()) {
            return new Period(from, null, first.month() > 0, first.start(), second.end());
        }
        YearMonth to = yearMonth(second, false);
        if (to == null || to.isBefore(from)) {
            return null;
        }
        return new Period(from, to, first.month() > 0 && second.month() > 0, first.start(), second.end());
    }

    /** Year-only dates start in January; an end year stays January too, so "2019 – 2021" counts two years. */
    private static YearMonth yearMonth(Point point, boolean start) {
        if (point.year() < 1950 || point.year() > 2100) {
            return null;
        }
        return YearMonth.of(point.year(), point.month() > 0 ? point.month() : 1);
    }

    private static int year(String written) {
        String digits = written.replaceAll("\\D", "");
        int value = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return value > 50 ? 1900 + value : 2000 + value;
        }
        return value;
    }

    private static int prefixLength(String before) {
        Matcher m = OPEN_PREFIX.matcher(before);
        return m.find() ? before.length() - m.start() : 0;
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
