package dev.wecruit.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number in E.164 form (+442071234567), parsed with libphonenumber. Numbers typed without a country code
 * are read as numbers of the given default region, so "020 7123 4567" and "+44 20 7123 4567" are the same number.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
    }

    /**
     * @param defaultRegion ISO 3166 country code for numbers typed without a country code, such as {@code GB}
     * @throws IllegalArgumentException with a message a user can read
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
        try {
            var number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                throw new IllegalArgumentException("Not a valid phone number");
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
    }

    /** For display: +44 20 7123 4567. */
    public String international() {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
