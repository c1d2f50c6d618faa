package dev.wecruit.matching.internal;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes a person out of a text before matching reads it: their name, e-mail addresses, phone numbers, street
 * address and links, and the lines that state a protected attribute (date of birth, age, gender, nationality,
 * marital status, religion, a photo). What is known about the candidate is removed wherever it appears; what only
 * looks like contact details (any e-mail, URL, phone number or postcode) is removed too, so a CV that names a
 * referee leaves nothing either.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(https?://|www\\.)\\S+|\\b[\\w-]+(\\.[\\w-]+)*\\.(com|org|net|io|me|dev|co\\.uk)/\\S*");
    /** A line that states a protected attribute as a label and its value ("Nationality: ..."), or a birth. */
    private static final Pattern PROTECTED_LINE = Pattern.compile("(?imu)^\\W*((date of birth|d\\.?o\\.?b\\.?"
            + "|birth ?date|age|gender|sex|nationality|citizenship|marital status|family status|religion|ethnicity"
            + "|photo|picture|pronouns)\\s*[:\\-–]|born\\s).*$");
    /** A house number and a street ("14 Wharf Street", "221b Baker St"); others are left to the known address. */
    private static final Pattern STREET = Pattern.compile("(?u)\\b\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}"
            + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Close|Court|Ct|Place|Pl|Square|Sq|Terrace|Crescent"
            + "|Gardens|Grove|Hill|Row|Mews|Parade|Walk|Boulevard|Blvd|Highway|Hwy)\\b\\.?");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+\\d[\\d ()./-]{7,}\\d");
    private static final List<String> PHONE_REGIONS = List.of("GB", "US", "DE", "FR", "NL", "IE", "IN", "AU");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** What is known about the person, as stored on their record; any part may be empty. */
    record Person(Collection<String> names, Collection<String> emails, Collection<String> phones, String address,
            String linkedinUrl) {
    }

    private Redaction() {
    }

    static String redact(String text, Person person) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String redacted = PROTECTED_LINE.matcher(text).replaceAll("");
        redacted = EMAIL.matcher(redacted).replaceAll(" ");
        redacted = LINK.matcher(redacted).replaceAll(" ");
        redacted = removePhones(redacted);
        for (String known : knownValues(person)) {
            redacted = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(known) + "(?![\\p{L}\\p{N}])")
                    .matcher(redacted).replaceAll(" ");
        }
        redacted = STREET.matcher(redacted).replaceAll(" ");
        redacted = UK_POSTCODE.matcher(redacted).replaceAll(" ");
        return redacted.lines()
                .map(line -> line.replaceAll("[\\t\\x0B\\f ]+", " ").strip())
                .map(line -> line.replaceAll("^[|•·,;:\\- ]+|[|•·,;: ]+$", ""))
                .filter(line -> line.codePoints().anyMatch(Character::isLetter) || line.isEmpty())
                .collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static String removePhones(String text) {
        String result = INTERNATIONAL_PHONE.matcher(text).replaceAll(" ");
        for (String region : PHONE_REGIONS) {
            List<int[]> spans = new ArrayList<>();
            for (PhoneNumberMatch match : PHONES.findNumbers(result, region, PhoneNumberUtil.Leniency.VALID,
                    Long.MAX_VALUE)) {
                spans.add(new int[] {match.start(), match.end()});
            }
            var kept = new StringBuilder(result);
            for (int i = spans.size() - 1; i >= 0; i--) {
                kept.replace(spans.get(i)[0], spans.get(i)[1], " ");
            }
            result = kept.toString();
        }
        return result;
    }

    /** The known values to remove, longest first so a full name goes before its parts. */
    private static List<String> knownValues(Person person) {
        Stream<String> names = person.names().stream().filter(Objects::nonNull)
                .flatMap(name -> Stream.concat(Stream.of(name.strip()), Stream.of(name.strip().split("[\\s-]+"))))
                .filter(part -> part.length() >= 2);
        Stream<String> contacts = Stream.of(person.emails(), person.phones()).flatMap(Collection::stream)
                .filter(Objects::nonNull).map(String::strip);
        Stream<String> address = person.address() == null ? Stream.empty()
                : Stream.concat(Stream.of(person.address().strip()), Stream.of(person.address().split("[,\\n]"))
                        .map(String::strip).filter(part -> part.chars().anyMatch(Character::isDigit)));
        Stream<String> link = person.linkedinUrl() == null ? Stream.empty()
                : Stream.of(person.linkedinUrl().strip().replaceFirst("(?i)^https?://(www\\.)?", ""));
        return Stream.of(names, contacts, address, link).flatMap(stream -> stream)
                .filter(value -> !value.isBlank())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }
}
