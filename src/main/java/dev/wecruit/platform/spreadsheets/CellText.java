package dev.wecruit.platform.spreadsheets;

import java.util.regex.Pattern;

/**
 * Text as it may safely go into a spreadsheet cell.
 *
 * <p>A spreadsheet evaluates a cell whose text starts with {@code =}, {@code +}, {@code -} or {@code @} (and, in some
 * programs, a tab or carriage return) as a formula, so a value typed by anyone (a candidate's name, an imported
 * note) could run {@code =HYPERLINK(...)} or a DDE command on the computer of whoever opens the export. Following
 * OWASP's advice, such text is prefixed with an apostrophe, which every spreadsheet shows as text. Text made only of
 * digits, spaces, brackets, dots and hyphens after an optional sign (a phone number such as {@code +44 20 7946 0958},
 * a negative amount) cannot name a cell or call a function, so it is left as it is (decision 0032).
 */
public final class CellText {

    /** The most characters Excel keeps in one cell. */
    public static final int MAX_CELL_LENGTH = 32_767;

    private static final String TRUNCATED = " [cut]";
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[\\d\\s().-]*\\d[\\d\\s().-]*");

    private CellText() {
    }

    /** The text to write: defused when a spreadsheet would read it as a formula, cut to what a cell holds. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String safe = startsLikeFormula(text) ? "'" + text : text;
        return safe.length() <= MAX_CELL_LENGTH
                ? safe
                : safe.substring(0, MAX_CELL_LENGTH - TRUNCATED.length()) + TRUNCATED;
    }

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !NUMBER_LIKE.matcher(text).matches();
            default -> false;
        };
    }
}
