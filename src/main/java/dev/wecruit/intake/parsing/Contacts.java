package dev.wecruit.intake.parsing;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses, phone numbers, LinkedIn and other profile links. */
final class Contacts {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d](?:[\\p{L}\\d._%+-]{0,63})@(?:[\\p{L}\\d](?:[\\p{L}\\d-]{0,61}[\\p{L}\\d])?\\.)+"
                    + "[a-zA-Z]{2,24}(?![\\p{L}\\d-])");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@.])(?:(?:https?://|www\\.)[^\\s<>()\\[\\]|,;\"'`]+"
                    + "|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:com|net|org|io|dev|me|app|tech|co|uk|de|fr|es|nl|eu"
                    + "|ai|info|site|xyz|page|design|online|studio|blog|cv|pro|ch|at|be|it|pt|se|dk|no|fi|pl|ie|in|au|ca|br"
                    + "|mx|jp|cn|us|ru|tv|me|works|codes|email|link|website|space)(?:/[^\\s<>()\\[\\]|,;\"'`]*)?)"
                    + "(?![\\w@])");
    private static final Pattern LINKEDIN = Pattern.compile(
            "(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/(in|pub)/([^\\s/?#|,;]+)(/[^\\s?#|,;]*)?");
    private static final Pattern WRAPPED_SLUG = Pattern.compile("\\n\\n?([A-Za-z0-9_-]+)/?(?=\\s|$)");
    private static final Pattern LINKEDIN_LABEL = Pattern.compile(
            "(?i)\\blinked\\s?in\\s*[:|/]\\s*(?:/?in/)?([a-z0-9][a-z0-9_-]{2,99})\\b");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?i)(?:phone|tel|telephone|mobile|mob|cell|cellphone|handy|telefon|téléphone|portable|teléfono|telefono"
                    + "|móvil|movil|celular|telefoon|mobiel|telemóvel|whatsapp|contact|ph|m|t)\\.?\\s*[:.]?\\s*$");
    private static final Pattern FAX_LABEL = Pattern.compile("(?i)fax\\.?\\s*[:.]?\\s*$");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "^\\(?\\d{1,2}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?\\d{2,4}\\)?$|^\\(?(?:19|20)\\d{2}\\s*[-–—/]\\s*(?:19|20)?\\d{2}\\)?$"
                    + "|^\\d{1,2}\\s?[./-]\\s?(?:19|20)\\d{2}\\s*[-–—]\\s*\\d{1,2}\\s?[./-]\\s?(?:19|20)\\d{2}$|^(?:19|20)\\d{6}$");
    private static final Pattern NANP_GROUPING = Pattern.compile("^(?:\\(\\d{3}\\)\\s?|\\d{3}[-.\\s])\\d{3}[-.\\s]\\d{4}$");
    private static final Pattern YEARS_ONLY = Pattern.compile("^(?:(?:19|20)\\d{2}[\\s/–—-]*){2,}$");
    private static final Set<String> PROFILE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org",
            "stackoverflow.com", "behance.net", "dribbble.com", "kaggle.com", "medium.com", "dev.to", "orcid.org",
            "researchgate.net", "scholar.google.com", "huggingface.co", "codepen.io", "artstation.com", "npmjs.com",
            "leetcode.com", "hackerrank.com", "twitter.com", "x.com", "youtube.com", "vimeo.com", "soundcloud.com",
            "instagram.com", "substack.com", "notion.site", "about.me", "linktr.ee", "wellfound.com", "angel.co",
            "xing.com", "sourceforge.net", "gitee.com", "pypi.org", "play.google.com", "apps.apple.com");
    private static final Pattern FIRST_PATH_SEGMENT = Pattern.compile("^/[^/?#]+");
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org");
    private static final Set<String> NOT_PROFILE_PATHS = Set.of("", "/", "/about", "/features", "/pricing", "/login");

    private Contacts() {
    }

    // ---- email ------------------------------------------------------------------------------------------------

    static List<Proposal<String>> emails(String text) {
        Map<String, Proposal<String>> found = new LinkedHashMap<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String address = m.group().toLowerCase(Locale.ROOT);
            if (!validEmail(address)) {
                continue;
            }
            found.putIfAbsent(address, Proposal.offline(address, m.start(), m.end(), 0.97));
        }
        return List.copyOf(found.values());
    }

    static boolean validEmail(String address) {
        int at = address.indexOf('@');
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        return local.length() <= 64 && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
                && domain.length() <= 253 && !domain.contains("..") && domain.indexOf('.') > 0;
    }

    // ---- phones -----------------------------------------------------------------------------------------------

    /**
     * Numbers libphonenumber finds valid for the region, in order of appearance, without duplicates, skipping dates
     * and year ranges that happen to form valid numbers and numbers labelled as fax.
     *
     * @param inContact whether an offset lies in the contact area (the top of the CV, its header, a Contact section)
     */
    static List<Proposal<String>> phones(String text, String region, IntPredicate inContact) {
        Map<String, Proposal<String>> found = new LinkedHashMap<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, 50_000)) {
            Phonenumber.PhoneNumber number = northAmerican(match, region);
            String raw = match.rawString().strip();
            boolean valid = PHONES.isValidNumber(number);
            if (DATE_LIKE.matcher(raw).matches() || YEARS_ONLY.matcher(raw).matches()
                    || looksLikeDatesAround(text, match.start(), match.end())) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', match.start()) + 1;
            String before = text.substring(Math.max(lineStart, match.start() - 16), match.start());
            if (FAX_LABEL.matcher(before).find()) {
                continue;
            }
            String e164 = PHONES.format(number, PhoneNumberFormat.E164);
            boolean labelled = PHONE_LABEL.matcher(before).find() || before.contains("☎") || before.contains("📞")
                    || before.contains("✆");
            boolean contact = inContact.test(match.start());
            int digits = raw.replaceAll("\\D", "").length();
            if (digits < 7 || !valid && digits < 9) {
                // house numbers, postcodes ("10115 Berlin") and other short figures
                continue;
            }
            if (!valid && !(labelled || contact) || Layout.wordCount(raw) > 8) {
                // merely possible numbers (fictional ranges such as 07700 900xxx, unassigned blocks) only where a
                // phone number is expected; anywhere else they are more likely reference or order numbers
                continue;
            }
            double confidence = labelled ? 0.95 : contact ? 0.9 : 0.7;
            if (!valid) {
                confidence -= 0.15;
            }
            if (!raw.startsWith("+") && !raw.startsWith("00") && !labelled && !contact) {
                confidence = 0.6;
            }
            Proposal<String> previous = found.get(e164);
            if (previous == null || previous.confidence() < confidence) {
                found.put(e164, Proposal.offline(e164, match.start(), match.end(), confidence));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * A number in the North American grouping ("503-665-8045", "(617) 555-0123") that is no valid number of the
     * region assumed is read as a North American one when it is valid there.
     */
    private static Phonenumber.PhoneNumber northAmerican(PhoneNumberMatch match, String region) {
        String raw = match.rawString().strip();
        if ("US".equals(region) || "CA".equals(region) || PHONES.isValidNumber(match.number())
                || !NANP_GROUPING.matcher(raw).matches()) {
            return match.number();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(raw, "US");
            if (PHONES.isValidNumber(number)) {
                return number;
            }
        } catch (NumberParseException e) {
            // not a number there either: keep what the region gave
        }
        return match.number();
    }

    /**
     * The region of the CV's numbers written with a country code ("+1 206 ...", "0034 956 ..."), which the numbers
     * written without one most likely share; null when there are none.
     */
    static String regionOfInternationalNumbers(String text) {
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "ZZ", PhoneNumberUtil.Leniency.VALID, 50_000)) {
            String region = PHONES.getRegionCodeForNumber(match.number());
            if (region != null && !"ZZ".equals(region) && !"001".equals(region)) {
                return region;
            }
        }
        return null;
    }

    /** "06/2019 - 12/2021" and "2019 2021" read as valid numbers in some regions; the month names around give it away. */
    private static boolean looksLikeDatesAround(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 12), Math.min(text.length(), end + 12));
        return !DateRanges.find(around, java.time.YearMonth.of(2100, 1)).isEmpty()
                && text.substring(start, end).matches(".*(?:19|20)\\d{2}.*") && !text.substring(start, end).contains("+");
    }

    // ---- links ------------------------------------------------------------------------------------------------

    record Links(Proposal<String> linkedin, List<Proposal<String>> others) {
    }

    /**
     * @param inContact    whether an offset lies in the contact area: a personal site is only believed there
     * @param hyperlinks   link targets of the document that may not be shown in the text
     * @param emailDomains domains of the candidate's email addresses, which are not their websites
     */
    static Links links(String text, IntPredicate inContact, List<String> hyperlinks, Set<String> emailDomains) {
        Proposal<String> linkedin = null;
        Matcher li = LINKEDIN.matcher(text);
        while (li.find() && linkedin == null) {
            String slug = li.group(2);
            int end = li.end();
            Matcher wrapped = WRAPPED_SLUG.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (slug.endsWith("-") && li.group(3) == null && wrapped.lookingAt()) {
                // a narrow sidebar breaks "linkedin.com/in/jane-doe-" + "4b2a1/" after the hyphen
                slug = slug + wrapped.group(1);
                end = wrapped.end(1);
            }
            linkedin = Proposal.offline(linkedinUrl(li.group(1), slug, li.group(3)), li.start(), end, 0.95);
        }
        if (linkedin == null) {
            Matcher label = LINKEDIN_LABEL.matcher(text);
            if (label.find() && !label.group(1).equalsIgnoreCase("com")) {
                linkedin = Proposal.offline("https://www.linkedin.com/in/" + label.group(1).toLowerCase(Locale.ROOT),
                        label.start(1), label.end(1), 0.8);
            }
        }
        Map<String, Proposal<String>> others = new LinkedHashMap<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String written = trimUrl(url.group());
            if (written.toLowerCase(Locale.ROOT).contains("linkedin.com")) {
                continue;
            }
            String normal = normalise(written);
            if (normal == null) {
                continue;
            }
            String host = host(normal);
            if (emailDomains.contains(host) || emailDomains.contains(host.replaceFirst("^www\\.", ""))) {
                continue;
            }
            boolean profile = isProfile(normal);
            boolean explicit = written.regionMatches(true, 0, "http", 0, 4) || written.regionMatches(true, 0, "www.", 0, 4);
            boolean labelled = labelledWebsite(text, url.start());
            // "ASP.NET" and "Booking.com" are written like domains; a bare domain counts only in lower case near contacts
            boolean bareButCapitalised = !explicit && !written.equals(written.toLowerCase(Locale.ROOT));
            if (profile || labelled || (inContact.test(url.start()) && !bareButCapitalised)) {
                double confidence = profile ? 0.9 : explicit ? 0.8 : 0.65;
                others.putIfAbsent(normal, Proposal.offline(normal, url.start(), url.start() + written.length(),
                        confidence));
            }
        }
        for (String target : hyperlinks) {
            String lower = target.toLowerCase(Locale.ROOT);
            if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
                continue;
            }
            Matcher hidden = LINKEDIN.matcher(target);
            if (hidden.find()) {
                if (linkedin == null) {
                    int[] anchor = anchor(text, "linkedin");
                    linkedin = Proposal.offline(linkedinUrl(hidden.group(1), hidden.group(2), hidden.group(3)),
                            anchor[0], anchor[1], 0.85);
                }
                continue;
            }
            String normal = normalise(trimUrl(target));
            if (normal != null && isProfile(normal) && !others.containsKey(normal)) {
                String site = host(normal).replaceFirst("^www\\.", "").replaceFirst("\\..*$", "");
                int[] anchor = anchor(text, site);
                others.put(normal, Proposal.offline(normal, anchor[0], anchor[1], 0.8));
            }
        }
        return new Links(linkedin, List.copyOf(others.values()));
    }

    private static boolean labelledWebsite(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        String before = text.substring(Math.max(lineStart, start - 20), start).toLowerCase(Locale.ROOT);
        return before.matches(".*(?:website|web|site|portfolio|homepage|home page|blog|url|github|gitlab)\\s*[:|]?\\s*$");
    }

    private static int[] anchor(String text, String word) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT));
        return at < 0 ? new int[] {0, 0} : new int[] {at, at + word.length()};
    }

    static String linkedinUrl(String kind, String slug, String rest) {
        String decoded = URLDecoder.decode(slug, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if ("pub".equalsIgnoreCase(kind)) {
            return "https://www.linkedin.com/pub/" + decoded + (rest == null ? "" : rest.replaceAll("/+$", ""));
        }
        return "https://www.linkedin.com/in/" + decoded;
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;:!?)\\]}'\"]+$", "");
    }

    private static boolean isProfile(String normal) {
        String host = host(normal).replaceFirst("^www\\.", "");
        String path = normal.substring(normal.indexOf(host(normal)) + host(normal).length());
        return PROFILE_HOSTS.contains(host) && !NOT_PROFILE_PATHS.contains(path)
                || host.endsWith(".github.io") || host.endsWith(".gitlab.io");
    }

    private static String host(String normal) {
        String rest = normal.substring("https://".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** https, lower-case host, no trailing slash, no fragment; null for something that is not a web address. */
    static String normalise(String written) {
        String url = written.strip();
        url = url.replaceFirst("(?i)^https?://", "");
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        int slash = url.indexOf('/');
        String host = (slash < 0 ? url : url.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : url.substring(slash).replaceAll("/+$", "");
        if (!host.matches("[a-z0-9.-]+\\.[a-z]{2,24}") || host.startsWith(".")) {
            return null;
        }
        String bare = host.replaceFirst("^www\\.", "");
        if (PROFILE_HOSTS.contains(bare)) {
            host = bare;
            if (bare.equals("twitter.com")) {
                host = "x.com";
            }
            if (CODE_HOSTS.contains(bare)) {
                // a repository link names its owner's profile: github.com/jane/project -> github.com/jane
                Matcher owner = FIRST_PATH_SEGMENT.matcher(path);
                path = owner.find() ? owner.group() : path;
            }
        }
        return "https://" + host + path;
    }
}
