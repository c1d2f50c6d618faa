package dev.wecruit.shared;

/** Text typed by a user as a SQL {@code LIKE} pattern that matches it literally, with {@code \} as the escape. */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with percent, underscore and backslash escaped. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches values that contain the text anywhere. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }
}
