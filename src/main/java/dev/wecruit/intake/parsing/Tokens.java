package dev.wecruit.intake.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens the way skill names are written: {@code C++}, {@code C#}, {@code .NET},
 * {@code Node.js} and {@code O'Brien} stay whole; {@code /} and {@code &} are tokens of their own ({@code CI/CD},
 * {@code M&A}); a hyphen between words is dropped, so "machine-learning" reads as "machine learning".
 */
final class Tokens {

    /**
     * @param joined the token follows the previous one with only spaces or a hyphen between them, so the two can be
     *               one phrase; a comma, bracket, bullet or tab between them keeps list items apart
     */
    record Token(String text, String lower, int start, int end, boolean joined) {
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' || c == '&') {
                tokens.add(token(text, i, i + 1, lastEnd(tokens)));
                i++;
                continue;
            }
            boolean dotWord = c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotWord) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '.' || d == '\'' || d == '\u2019') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if (d == '+' || d == '#') {
                    // C++, C#, F#: the marks belong to the word they follow
                    while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                        i++;
                    }
                    break;
                } else {
                    break;
                }
            }
            tokens.add(token(text, start, i, lastEnd(tokens)));
        }
        return tokens;
    }

    private static Token token(String text, int start, int end, int previousEnd) {
        String value = text.substring(start, end).replace('\u2019', '\'');
        boolean joined = previousEnd >= 0 && start - previousEnd <= 3;
        for (int k = Math.max(previousEnd, 0); joined && k < start; k++) {
            char c = text.charAt(k);
            joined = c == ' ' || c == '-' || c == '\u00A0';
        }
        return new Token(value, value.toLowerCase(Locale.ROOT), start, end, joined);
    }

    private static int lastEnd(List<Token> tokens) {
        return tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).end();
    }
}
