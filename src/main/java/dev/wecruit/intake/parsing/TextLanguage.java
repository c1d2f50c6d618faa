package dev.wecruit.intake.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a CV is written in, guessed from its most frequent function words ("the", "und", "les", "y", "em"),
 * each of them typical of one language (not "de" or "la", which several share).
 * Good enough to tell the languages the parser reads apart; it decides conventions such as two surnames in Spanish
 * and Portuguese names, never what a word means.
 */
final class TextLanguage {

    /** In a fixed order, so a tie always goes the same way. */
    private static final List<Map.Entry<String, Set<String>>> FUNCTION_WORDS = List.of(
            Map.entry("en", Set.of("the", "and", "of", "to", "with", "for", "in", "on", "my", "our")),
            Map.entry("de", Set.of("und", "der", "die", "das", "mit", "für", "von", "im", "zur", "bei")),
            Map.entry("fr", Set.of("et", "le", "les", "des", "du", "pour", "avec", "au", "une", "sur")),
            Map.entry("es", Set.of("y", "el", "los", "las", "del", "con", "para", "una", "por", "como")),
            Map.entry("pt", Set.of("e", "os", "as", "do", "da", "dos", "das", "com", "em", "uma")),
            Map.entry("nl", Set.of("het", "een", "van", "voor", "met", "op", "bij", "te", "zijn", "ook")),
            Map.entry("it", Set.of("il", "di", "per", "della", "che", "nel", "gli", "sono", "alla", "degli")));
    private static final int SAMPLE = 6000;

    private TextLanguage() {
    }

    /** An ISO 639-1 code among en, de, fr, es, pt, nl and it, or null when the text has too few function words. */
    static String guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int[] counts = new int[FUNCTION_WORDS.size()];
        int start = -1;
        for (int i = 0; i <= sample.length(); i++) {
            boolean letter = i < sample.length() && Character.isLetter(sample.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 5) {
                    String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
                    for (int l = 0; l < counts.length; l++) {
                        if (FUNCTION_WORDS.get(l).getValue().contains(word)) {
                            counts[l]++;
                        }
                    }
                }
                start = -1;
            }
        }
        String best = null;
        int bestCount = 0;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > bestCount) {
                best = FUNCTION_WORDS.get(l).getKey();
                bestCount = counts[l];
            }
        }
        return bestCount >= 5 ? best : null;
    }
}
