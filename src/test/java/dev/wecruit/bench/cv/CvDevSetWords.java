package dev.wecruit.bench.cv;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fixed words of one CV in its language: section headings, month names, "present", and the names of spoken
 * languages. Each CV draws its own variant of the headings, as real people title their sections differently.
 */
record CvDevSetWords(
        String language,
        String profile,
        String experience,
        String education,
        String skills,
        String languages,
        String interests,
        String contact,
        String at,
        String present,
        String since,
        List<String> months,
        List<String> shortMonths,
        String page,
        String of) {

    private static final Map<String, List<String>> MONTHS = Map.of(
            "en", List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            "de", List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                    "Oktober", "November", "Dezember"),
            "fr", List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"),
            "es", List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                    "octubre", "noviembre", "diciembre"),
            "nl", List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december"));

    // Abbreviations as each language's own style guides write them, not just the first three letters.
    private static final Map<String, List<String>> SHORT_MONTHS = Map.of(
            "en", List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
            "de", List.of("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
                    "Dez."),
            "fr", List.of("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                    "déc."),
            "es", List.of("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.",
                    "dic."),
            "nl", List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"));

    /** English month abbreviations with a full stop, as AP-style writers use them ("Sept.", but "May"). */
    static final List<String> DOTTED_ENGLISH_MONTHS = List.of("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July",
            "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private static final Map<String, Map<String, String>> LANGUAGE_NAMES = Map.of(
            "en", Map.ofEntries(Map.entry("English", "English"), Map.entry("German", "German"),
                    Map.entry("French", "French"), Map.entry("Spanish", "Spanish"), Map.entry("Dutch", "Dutch"),
                    Map.entry("Irish", "Irish"), Map.entry("Polish", "Polish"), Map.entry("Czech", "Czech"),
                    Map.entry("Portuguese", "Portuguese"), Map.entry("Hindi", "Hindi"), Map.entry("Tamil", "Tamil"),
                    Map.entry("Telugu", "Telugu"), Map.entry("Kannada", "Kannada"), Map.entry("Gujarati", "Gujarati"),
                    Map.entry("Marathi", "Marathi"), Map.entry("Mandarin", "Mandarin"),
                    Map.entry("Cantonese", "Cantonese"), Map.entry("Vietnamese", "Vietnamese"),
                    Map.entry("Arabic", "Arabic"), Map.entry("Yoruba", "Yoruba"), Map.entry("Igbo", "Igbo"),
                    Map.entry("Turkish", "Turkish"), Map.entry("Norwegian", "Norwegian"),
                    Map.entry("Swedish", "Swedish"), Map.entry("Danish", "Danish"), Map.entry("Finnish", "Finnish"),
                    Map.entry("Italian", "Italian"), Map.entry("Russian", "Russian"), Map.entry("Malay", "Malay"),
                    Map.entry("Hausa", "Hausa"), Map.entry("Catalan", "Catalan")),
            "de", Map.ofEntries(Map.entry("English", "Englisch"), Map.entry("German", "Deutsch"),
                    Map.entry("French", "Französisch"), Map.entry("Spanish", "Spanisch"),
                    Map.entry("Turkish", "Türkisch"), Map.entry("Polish", "Polnisch"),
                    Map.entry("Italian", "Italienisch"), Map.entry("Russian", "Russisch")),
            "fr", Map.ofEntries(Map.entry("English", "Anglais"), Map.entry("French", "Français"),
                    Map.entry("Spanish", "Espagnol"), Map.entry("German", "Allemand"), Map.entry("Arabic", "Arabe"),
                    Map.entry("Italian", "Italien"), Map.entry("Vietnamese", "Vietnamien"),
                    Map.entry("Portuguese", "Portugais")),
            "es", Map.ofEntries(Map.entry("English", "Inglés"), Map.entry("Spanish", "Español"),
                    Map.entry("French", "Francés"), Map.entry("German", "Alemán"), Map.entry("Catalan", "Catalán"),
                    Map.entry("Portuguese", "Portugués"), Map.entry("Italian", "Italiano")),
            "nl", Map.ofEntries(Map.entry("English", "Engels"), Map.entry("Dutch", "Nederlands"),
                    Map.entry("German", "Duits"), Map.entry("French", "Frans"), Map.entry("Spanish", "Spaans"),
                    Map.entry("Turkish", "Turks"), Map.entry("Arabic", "Arabisch")));

    private static final Map<String, List<String>> LEVELS = Map.of(
            "en", List.of("native", "fluent", "professional working proficiency", "conversational", "basic", "C1",
                    "B2"),
            "de", List.of("Muttersprache", "verhandlungssicher", "fließend", "gute Kenntnisse", "Grundkenntnisse",
                    "C1", "B2"),
            "fr", List.of("langue maternelle", "bilingue", "courant", "professionnel", "notions", "C1", "B2"),
            "es", List.of("nativo", "bilingüe", "avanzado", "intermedio", "básico", "C1", "B2"),
            "nl", List.of("moedertaal", "vloeiend", "goed", "redelijk", "basis", "C1", "B2"));

    static CvDevSetWords pick(String language, Random random) {
        return switch (language) {
            case "de" -> new CvDevSetWords(language,
                    one(random, "Profil", "Kurzprofil", "Über mich"),
                    one(random, "Berufserfahrung", "Beruflicher Werdegang", "Berufspraxis"),
                    one(random, "Ausbildung", "Bildungsweg", "Studium und Ausbildung"),
                    one(random, "Kenntnisse", "Fähigkeiten und Kenntnisse", "IT-Kenntnisse und Fähigkeiten"),
                    "Sprachen",
                    one(random, "Interessen", "Hobbys"),
                    one(random, "Kontakt", "Persönliche Daten"),
                    "bei", one(random, "heute", "aktuell", "dato"), "seit",
                    MONTHS.get("de"), SHORT_MONTHS.get("de"), "Seite", "von");
            case "fr" -> new CvDevSetWords(language,
                    one(random, "Profil", "Profil professionnel", "À propos"),
                    one(random, "Expérience professionnelle", "Expériences professionnelles", "Parcours professionnel"),
                    one(random, "Formation", "Formations", "Diplômes et formation"),
                    one(random, "Compétences", "Compétences clés", "Compétences techniques"),
                    "Langues",
                    one(random, "Centres d'intérêt", "Loisirs"),
                    one(random, "Contact", "Coordonnées"),
                    "chez", one(random, "aujourd'hui", "présent", "ce jour"), "depuis",
                    MONTHS.get("fr"), SHORT_MONTHS.get("fr"), "Page", "sur");
            case "es" -> new CvDevSetWords(language,
                    one(random, "Perfil", "Perfil profesional", "Sobre mí"),
                    one(random, "Experiencia laboral", "Experiencia profesional", "Trayectoria profesional"),
                    one(random, "Educación", "Formación académica", "Formación"),
                    one(random, "Habilidades", "Competencias", "Conocimientos"),
                    "Idiomas",
                    one(random, "Intereses", "Aficiones"),
                    one(random, "Contacto", "Datos de contacto"),
                    "en", one(random, "actualidad", "presente", "la fecha"), "desde",
                    MONTHS.get("es"), SHORT_MONTHS.get("es"), "Página", "de");
            case "nl" -> new CvDevSetWords(language,
                    one(random, "Profiel", "Over mij", "Persoonlijk profiel"),
                    one(random, "Werkervaring", "Loopbaan", "Relevante werkervaring"),
                    one(random, "Opleiding", "Opleidingen", "Opleiding en cursussen"),
                    one(random, "Vaardigheden", "Competenties", "Kennis en vaardigheden"),
                    "Talen",
                    one(random, "Hobby's", "Interesses"),
                    one(random, "Contact", "Contactgegevens", "Persoonlijke gegevens"),
                    "bij", one(random, "heden", "nu", "present"), "sinds",
                    MONTHS.get("nl"), SHORT_MONTHS.get("nl"), "Pagina", "van");
            default -> new CvDevSetWords("en",
                    one(random, "Profile", "Professional Summary", "Personal Statement", "Summary", "About Me"),
                    one(random, "Work Experience", "Professional Experience", "Employment History", "Experience",
                            "Career History"),
                    one(random, "Education", "Education & Qualifications", "Education and Training", "Qualifications"),
                    one(random, "Skills", "Key Skills", "Core Competencies", "Skills & Tools", "Technical Skills"),
                    "Languages",
                    one(random, "Interests", "Hobbies & Interests", "Outside Work"),
                    one(random, "Contact", "Contact Details", "Get in touch"),
                    "at", one(random, "Present", "Current", "now", "Now", "present", "Date"), "Since",
                    MONTHS.get("en"), SHORT_MONTHS.get("en"), "Page", "of");
        };
    }

    String languageName(String english) {
        String name = LANGUAGE_NAMES.get(language).get(english);
        if (name == null) {
            throw new IllegalStateException("no " + language + " name for the language " + english);
        }
        return name;
    }

    /** A level word; index 0 is native, then from strong to weak, then two CEFR levels. */
    String level(int index) {
        return LEVELS.get(language).get(index);
    }

    static String one(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
