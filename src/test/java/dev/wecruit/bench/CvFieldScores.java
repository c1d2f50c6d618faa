package dev.wecruit.bench;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Field-level precision, recall and F1 of a CV parser against labelled CVs. A single-valued field is a true positive
 * when the proposal equals the label, a false positive when a proposal differs from the label or there is none, and
 * a false negative when the label is missed or wrong; list fields (emails, phones, skills) count each value.
 * Comparison ignores case, accents' composition, punctuation at the ends and runs of whitespace; a location matches
 * when its first part (the city) matches.
 */
final class CvFieldScores {

    private static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }

    private final Map<String, Counts> fields = new LinkedHashMap<>();

    void single(String field, String predicted, String expected) {
        Counts counts = fields.computeIfAbsent(field, key -> new Counts());
        String p = normal(field, predicted);
        String e = normal(field, expected);
        if (p.isEmpty() && e.isEmpty()) {
            return;
        }
        if (!p.isEmpty() && p.equals(e)) {
            counts.truePositives++;
            return;
        }
        if (!p.isEmpty()) {
            counts.falsePositives++;
        }
        if (!e.isEmpty()) {
            counts.falseNegatives++;
        }
    }

    void many(String field, Collection<String> predicted, Collection<String> expected) {
        Counts counts = fields.computeIfAbsent(field, key -> new Counts());
        Set<String> p = normalAll(field, predicted);
        Set<String> e = normalAll(field, expected);
        for (String value : p) {
            if (e.contains(value)) {
                counts.truePositives++;
            } else {
                counts.falsePositives++;
            }
        }
        for (String value : e) {
            if (!p.contains(value)) {
                counts.falseNegatives++;
            }
        }
    }

    /** A Markdown table: field, precision, recall, F1, and the counts behind them. */
    List<String> table() {
        var lines = new java.util.ArrayList<String>();
        lines.add("| field | precision | recall | F1 | TP / FP / FN |");
        lines.add("|---|---|---|---|---|");
        fields.forEach((field, counts) -> lines.add(String.format(Locale.UK, "| %s | %.3f | %.3f | %.3f | %d / %d / %d |",
                field, precision(counts), recall(counts), f1(counts), counts.truePositives, counts.falsePositives,
                counts.falseNegatives)));
        return lines;
    }

    double f1(String field) {
        return f1(fields.get(field));
    }

    private static double precision(Counts c) {
        return c.truePositives + c.falsePositives == 0 ? 1 : (double) c.truePositives / (c.truePositives + c.falsePositives);
    }

    private static double recall(Counts c) {
        return c.truePositives + c.falseNegatives == 0 ? 1 : (double) c.truePositives / (c.truePositives + c.falseNegatives);
    }

    private static double f1(Counts c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Set<String> normalAll(String field, Collection<String> values) {
        Set<String> normal = new HashSet<>();
        for (String value : values) {
            String n = normal(field, value);
            if (!n.isEmpty()) {
                normal.add(n);
            }
        }
        return normal;
    }

    static String normal(String field, String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("[\\s\\u00a0]+", " ").strip()
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        if (field.equals("location")) {
            int comma = text.indexOf(',');
            return comma < 0 ? text : text.substring(0, comma).strip();
        }
        return text;
    }
}
