package dev.wecruit.bench.cv;

import java.time.YearMonth;
import java.util.Random;

/**
 * How one CV writes its role dates, held for the whole CV as a person writes them consistently: "Jan 2019 – Present",
 * "03/2019 - 06/2021", "2019-03 to now", "seit 03/2021", "Depuis mars 2021", "2019 – 2021".
 */
record CvDevSetDateStyle(Kind kind, String separator, String present, boolean sinceForCurrent, CvDevSetWords words) {

    enum Kind { SHORT_MONTH, FULL_MONTH, SLASH, DOTTED, ISO, YEAR, ENGLISH_DOTTED, SPANISH_DE }

    static CvDevSetDateStyle pick(CvDevSetWords words, Random random, boolean forceYears) {
        String separator = CvDevSetWords.one(random, " \u2013 ", " - ", " \u2013 ", " \u2014 ", "\u2013");
        Kind kind;
        boolean since = false;
        String present = words.present();
        switch (words.language()) {
            case "de" -> {
                kind = pickKind(random, Kind.SHORT_MONTH, Kind.FULL_MONTH, Kind.SLASH, Kind.DOTTED);
                since = random.nextInt(3) == 0;
            }
            case "fr" -> {
                kind = pickKind(random, Kind.SHORT_MONTH, Kind.FULL_MONTH, Kind.SLASH);
                since = random.nextInt(3) == 0;
            }
            case "es" -> {
                kind = pickKind(random, Kind.FULL_MONTH, Kind.SHORT_MONTH, Kind.SLASH, Kind.SPANISH_DE);
                since = random.nextInt(4) == 0;
            }
            case "nl" -> kind = pickKind(random, Kind.FULL_MONTH, Kind.SHORT_MONTH, Kind.SLASH);
            default -> {
                kind = pickKind(random, Kind.SHORT_MONTH, Kind.SHORT_MONTH, Kind.FULL_MONTH, Kind.SLASH, Kind.ISO,
                        Kind.ENGLISH_DOTTED, Kind.YEAR);
                if (kind == Kind.ISO) {
                    separator = " to ";
                    present = "now";
                } else if (kind == Kind.ENGLISH_DOTTED) {
                    present = "now";
                } else if (random.nextInt(5) == 0) {
                    separator = " to ";
                }
            }
        }
        if (forceYears) {
            kind = Kind.YEAR;
        }
        return new CvDevSetDateStyle(kind, separator, present, since && kind != Kind.YEAR, words);
    }

    private static Kind pickKind(Random random, Kind... kinds) {
        return kinds[random.nextInt(kinds.length)];
    }

    boolean yearOnly() {
        return kind == Kind.YEAR;
    }

    String format(YearMonth from, YearMonth to) {
        if (to == null && sinceForCurrent) {
            String since = words.since();
            if (!words.language().equals("de")) {
                since = Character.toUpperCase(since.charAt(0)) + since.substring(1);
            }
            return since + " " + month(from);
        }
        return month(from) + separator + (to == null ? present : month(to));
    }

    private String month(YearMonth month) {
        int index = month.getMonthValue() - 1;
        return switch (kind) {
            case SHORT_MONTH -> words.shortMonths().get(index) + " " + month.getYear();
            case FULL_MONTH -> words.months().get(index) + " " + month.getYear();
            case SPANISH_DE -> words.months().get(index) + " de " + month.getYear();
            case SLASH -> words.language().equals("nl") ? "%02d-%d".formatted(index + 1, month.getYear())
                    : "%02d/%d".formatted(index + 1, month.getYear());
            case DOTTED -> "%02d.%d".formatted(index + 1, month.getYear());
            case ISO -> "%d-%02d".formatted(month.getYear(), index + 1);
            case ENGLISH_DOTTED -> CvDevSetWords.DOTTED_ENGLISH_MONTHS.get(index) + " " + month.getYear();
            case YEAR -> String.valueOf(month.getYear());
        };
    }
}
