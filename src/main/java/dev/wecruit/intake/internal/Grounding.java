package dev.wecruit.intake.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where in the CV's text a value stands, if it does. A value a language model returns is kept only when it is found
 * here: the model may tidy spacing and case, never invent. Matching ignores case, runs of whitespace and the kind of
 * dash or apostrophe; a phone number matches the digits of a number written anywhere in the text.
 */
final class Grounding {

    /** A place in the text: {@code [start, end)}. */
    record Span(int start, int end) {
    }

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[(\\d][\\d ()./\\-\\u00a0]{5,}\\d");

    private final String text;

    Grounding(String text) {
        this.text = text;
    }

    /** Where the value occurs, as words in this order; empty when it does not, or is blank. */
    Optional<Span> find(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String pattern = Arrays.stream(value.strip().split("[\\s\\u00a0]+"))
                .map(Grounding::flexible)
                .collect(Collectors.joining("[\\s\\u00a0]+"));
        Matcher matcher = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return matcher.find() ? Optional.of(new Span(matcher.start(), matcher.end())) : Optional.empty();
    }

    /**
     * Where a phone number with these digits is written: a digit run in the text whose digits end with the value's
     * national digits (a leading 0 or country code may differ in how it was written).
     */
    Optional<Span> findPhone(String value, String nationalDigits) {
        String wanted = nationalDigits == null || nationalDigits.isEmpty() ? digits(value) : nationalDigits;
        if (wanted.length() < 6) {
            return Optional.empty();
        }
        Matcher matcher = PHONE_LIKE.matcher(text);
        while (matcher.find()) {
            if (digits(matcher.group()).endsWith(wanted)) {
                return Optional.of(new Span(matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }

    /** One word of a value: any dash matches any dash, any apostrophe any apostrophe. */
    private static String flexible(String word) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("-\u2010\u2011\u2012\u2013\u2014\u2212".indexOf(c) >= 0) {
                pattern.append("[-\u2010\u2011\u2012\u2013\u2014\u2212]");
            } else if ("'\u2019\u2018`\u00b4".indexOf(c) >= 0) {
                pattern.append("['\u2019\u2018`\u00b4]");
            } else {
                pattern.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return pattern.toString();
    }
}
