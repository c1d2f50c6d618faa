package dev.wecruit.imports.internal;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportField;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the imports of companies and jobs read from cells the same way: company names compared as one whatever their
 * case, accents, punctuation and legal form; amounts, dates and choices as people type them; and a field's message
 * shown on the columns it came from.
 */
final class RecordCells {

    // "Acme Ltd", "ACME Limited" and "Acme, Inc." are one company; a legal form alone is not dropped
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "plc", "llc", "llp", "inc",
            "incorporated", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv",
            "srl", "spa", "oy", "ab", "as", "aps", "kg", "pty", "pvt", "lp");
    private static final Pattern AMOUNT = Pattern.compile("^([£€$]|[A-Za-z]{3})?\\s*([\\d.,\\s']+)\\s*(k|K)?\\s*"
            + "([£€$]|[A-Za-z]{3})?$");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            // Excel's default date format, as POI shows a date cell without a format of its own
            DateTimeFormatter.ofPattern("M/d/uu"));

    private RecordCells() {
    }

    /** A company's name as imports compare it: "ACME Ltd." and "Acme Limited" are both "acme". */
    static String companyKey(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>(List.of(plain.split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    /** A text compared without case, accents or repeated spaces (job titles, contacts' names). */
    static String folded(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static List<String> split(String value, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** An amount and the currency its symbol or code names: "£55,000", "55k", "EUR 15 000", "1.234,50". */
    record Amount(BigDecimal value, String currency) {
    }

    static Amount amount(String text) {
        Matcher matcher = AMOUNT.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(2).replaceAll("[\\s']", "");
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        // the last of the two separators with one or two digits after it is the decimal one
        int decimal = Math.max(comma, dot);
        boolean hasDecimals = decimal >= 0 && digits.length() - decimal - 1 <= 2 && digits.length() - decimal > 1;
        String whole = hasDecimals ? digits.substring(0, decimal) : digits;
        String fraction = hasDecimals ? digits.substring(decimal + 1) : "";
        whole = whole.replaceAll("[.,]", "");
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit)) {
            return null;
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
        if (matcher.group(3) != null) {
            value = value.multiply(BigDecimal.valueOf(1000));
        }
        String mark = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        return new Amount(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                currencyOf(mark));
    }

    private static String currencyOf(String mark) {
        if (mark == null) {
            return null;
        }
        return switch (mark) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            case "$" -> "USD";
            default -> mark.toUpperCase(Locale.ROOT);
        };
    }

    /** A date as ISO, day-first (UK) or Excel's default format writes it; null when it is none of them. */
    static LocalDate date(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException notThis) {
                // the next format
            }
        }
        return null;
    }

    /** The choice a cell names, by any of its words (folded to letters), or null. */
    static <E> E choice(String value, Map<String, E> byWord) {
        return byWord.get(folded(value).replaceAll("[^a-z0-9]", ""));
    }

    /** The columns mapped to any of the fields: where a message about them shows. */
    static List<Integer> columnsOf(ColumnMapping mapping, List<ImportField> fields) {
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < mapping.fields().size(); column++) {
            if (fields.contains(mapping.field(column))) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The row's messages as one reason: the field, then its message; at most 900 characters. */
    static String reason(List<String> parts) {
        String joined = String.join("; ", parts);
        return joined.length() > 900 ? joined.substring(0, 900) + "…" : joined;
    }
}
