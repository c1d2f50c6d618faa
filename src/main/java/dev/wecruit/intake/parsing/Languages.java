package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spoken languages, by their English names, from a Languages section or label, or from phrases such as "fluent in
 * Spanish" and "native German speaker". Names are recognised in English, in the language itself and in German,
 * French, Spanish, Dutch, Italian and Portuguese (from the JDK's locale data), so "Deutsch", "Anglais" and "Inglés"
 * are found too.
 */
final class Languages {

    private static final String[] CODES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "zh", "ja",
            "ko", "ar", "hi", "ur", "bn", "pa", "ta", "te", "ml", "kn", "mr", "gu", "tr", "el", "he", "fa", "sv", "nb",
            "no", "da", "fi", "cs", "sk", "hu", "ro", "bg", "hr", "sr", "sl", "lt", "lv", "et", "ga", "cy", "ca", "eu", "gl",
            "sq", "mk", "bs", "vi", "th", "id", "ms", "tl", "sw", "am", "so", "yo", "ig", "ha", "zu", "xh", "af", "ne",
            "si", "km", "lo", "my", "mn", "ka", "hy", "az", "kk", "uz", "ps", "ku", "ti", "mt", "is", "lb", "yi", "la",
            "be", "tk", "ky", "tg", "ceb", "haw", "gd", "fy", "or", "as", "sd", "dv", "mg", "rw", "ny", "sn", "st", "tn",
            "wo", "ln", "om"};
    private static final Locale[] NAME_LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.ITALIAN, Locale.forLanguageTag("pt")};
    private static final Map<String, String> NAMES = names();
    private static final int LONGEST = 3;

    private static final Pattern MENTION = Pattern.compile(
            "(?i)\\b(?:native|fluent|fluency|bilingual|mother\\s+tongue|first\\s+language|proficient\\s+in|"
                    + "speaks?|spoken|conversational|muttersprache|fließend|verhandlungssicher|langue\\s+maternelle|"
                    + "courant|bilingue|lengua\\s+materna|nativo|nativa|moedertaal|vloeiend|madrelingua|língua\\s+materna)\\b");

    private Languages() {
    }

    private static Map<String, String> names() {
        Map<String, String> map = new HashMap<>();
        for (String code : CODES) {
            Locale language = Locale.forLanguageTag(code);
            String english = language.getDisplayLanguage(Locale.ENGLISH);
            if (english.isBlank() || english.equalsIgnoreCase(code)) {
                continue;
            }
            if (code.equals("nb")) {
                english = "Norwegian";
            }
            put(map, english, english);
            put(map, language.getDisplayLanguage(language), english);
            for (Locale in : NAME_LANGUAGES) {
                put(map, language.getDisplayLanguage(in), english);
            }
        }
        String[][] extra = {
                {"Mandarin", "Mandarin", "Mandarin Chinese", "Chinese (Mandarin)", "Putonghua", "普通话", "Mandarín",
                        "Mandarim", "Mandarijn", "Mandarino"},
                {"Cantonese", "Cantonese", "Chinese (Cantonese)", "粵語", "粤语", "Kantonesisch", "Cantonais", "Cantonés"},
                {"Chinese", "中文", "汉语", "漢語"}, {"Norwegian", "Norwegian", "Norsk", "Bokmål", "Nynorsk"},
                {"Persian", "Farsi", "Persian", "Dari"}, {"Filipino", "Filipino", "Tagalog", "Pilipino"},
                {"Dutch", "Flemish", "Vlaams"}, {"Portuguese", "Brazilian Portuguese", "Português (Brasil)"},
                {"Spanish", "Castilian", "Castellano", "Español"}, {"Malay", "Bahasa Melayu", "Bahasa Malaysia"},
                {"Indonesian", "Bahasa Indonesia", "Bahasa"}, {"Swahili", "Kiswahili"}, {"Punjabi", "Panjabi"},
                {"Serbo-Croatian", "Serbo-Croatian", "Serbo Croatian"}, {"Greek", "Ελληνικά"},
                {"British Sign Language", "British Sign Language", "BSL"},
                {"American Sign Language", "American Sign Language", "ASL"}, {"Scottish Gaelic", "Scottish Gaelic",
                        "Gaelic"},
                {"Haitian Creole", "Haitian Creole", "Kreyòl"}, {"Kurdish", "Kurdish", "Kurmanji", "Sorani"},
                {"Arabic", "Arabic", "العربية", "Arabisch", "Arabe", "Árabe"}, {"Hebrew", "Hebrew", "Ivrit"},
                {"Slovenian", "Slovene", "Slovenian"}, {"Luxembourgish", "Luxembourgish", "Lëtzebuergesch"}};
        for (String[] row : extra) {
            for (int i = 1; i < row.length; i++) {
                put(map, row[i], row[0]);
            }
        }
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String written, String english) {
        if (written == null || written.isBlank() || written.length() < 3 && !written.equals("BSL")) {
            return;
        }
        map.putIfAbsent(key(written), english);
    }

    private static String key(String written) {
        return String.join(" ", Tokens.of(written).stream().map(t -> Vocabulary.folded(t.text())).toList());
    }

    static List<Proposal<String>> find(Layout layout) {
        Map<String, Proposal<String>> found = new LinkedHashMap<>();
        for (Section section : layout.sectionsOf(Section.Type.LANGUAGES)) {
            for (int i = section.firstLine(); i < section.end(); i++) {
                TextLine line = layout.lines.get(i);
                int from = section.inline() ? section.contentStart() - line.start() : 0;
                collect(line.text(), from, line.start(), 0.92, found);
            }
        }
        for (TextLine line : layout.lines) {
            if (MENTION.matcher(line.text()).find()) {
                collect(line.text(), 0, line.start(), 0.7, found);
            }
        }
        return List.copyOf(found.values());
    }

    private static void collect(String text, int from, int base, double confidence, Map<String, Proposal<String>> found) {
        List<Tokens.Token> tokens = Tokens.of(text.substring(from));
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
                List<String> words = new ArrayList<>();
                for (int k = i; k < i + n; k++) {
                    words.add(Vocabulary.folded(tokens.get(k).text()));
                }
                String english = NAMES.get(String.join(" ", words));
                if (english == null) {
                    continue;
                }
                Tokens.Token first = tokens.get(i);
                if (n == 1 && Character.isLowerCase(first.text().codePointAt(0)) && first.text().length() <= 4) {
                    // short lower-case words ("bahasa" aside) are ordinary words in some language
                    continue;
                }
                int start = base + from + first.start();
                int end = base + from + tokens.get(i + n - 1).end();
                found.putIfAbsent(english, Proposal.offline(english, start, end, confidence));
                i += n - 1;
                break;
            }
        }
    }

    static boolean isLanguage(String text) {
        return NAMES.containsKey(key(text));
    }
}
