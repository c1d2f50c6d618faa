package dev.wecruit.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as people type it, checked for a plausible shape and normalized (trimmed, lower case), so that
 * the same address typed twice is recognised as the same.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // local@domain.tld: no spaces, one @, a dot in the domain, no leading/trailing dot or hyphen in a label
    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\]\\\\]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}$");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid email address");
        }
    }

    /** @throws IllegalArgumentException with a message a user can read */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
