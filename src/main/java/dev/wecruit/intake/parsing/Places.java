package dev.wecruit.intake.parsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries (every ISO 3166 code, with English and European-language names from the JDK's locale data plus common
 * short forms), regions (US states, Canadian provinces, UK counties, ...) and about 1,600 cities, matched in a line
 * by whole tokens. Loaded once; immutable afterwards.
 */
final class Places {

    enum Kind {
        CITY, REGION, COUNTRY
    }

    /** A place name found in text; {@code countries} holds every country it may be in, most likely first. */
    record Place(Kind kind, String name, List<String> countries, boolean ambiguous, int start, int end) {

        String country() {
            return countries.get(0);
        }
    }

    private record Entry(Kind kind, String name, String country, boolean ambiguous, boolean caseSensitive,
            List<String> tokens) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private static final Locale[] NAME_LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"), Locale.ITALIAN,
            Locale.forLanguageTag("pl")};

    private static final Map<String, String> SHORT_NAMES = Map.of("GB", "UK", "US", "USA", "AE", "UAE");

    private final Node root = new Node();
    private final Map<String, String> countryNames = new HashMap<>();

    private Places() {
    }

    static Places get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, after this class's constants are set. */
    private static final class Holder {
        static final Places INSTANCE = load();
    }

    /** A short English country name for display: "UK", "USA", "Germany". */
    String countryName(String iso) {
        return SHORT_NAMES.getOrDefault(iso, countryNames.getOrDefault(iso, iso));
    }

    /** Place names in the text, longest first, left to right. */
    List<Place> find(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<Place> places = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            List<Entry> best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size() && j - i < 6; j++) {
                if (j > i && !joinedForPlaces(text, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
                node = node.next.get(tokens.get(j).lower());
                if (node == null) {
                    break;
                }
                if (node.entries != null) {
                    List<Entry> accepted = accepted(node.entries, tokens, i, j);
                    if (!accepted.isEmpty()) {
                        best = accepted;
                        bestEnd = j;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            places.addAll(toPlaces(best, tokens.get(i).start(), tokens.get(bestEnd).end()));
            i = bestEnd + 1;
        }
        return places;
    }

    /** Country code named by a country name or code alone ("Deutschland", "UK"), if any. */
    Optional<String> country(String text) {
        for (Place place : find(text)) {
            if (place.kind() == Kind.COUNTRY) {
                return Optional.of(place.country());
            }
        }
        return Optional.empty();
    }

    private static boolean joinedForPlaces(String text, Tokens.Token previous, Tokens.Token next) {
        // place names hold spaces, hyphens, apostrophes and dots ("Stoke-on-Trent", "St. Louis", "Washington, D.C.")
        String gap = text.substring(previous.end(), next.start());
        return gap.length() <= 2 && gap.chars().allMatch(c -> c == ' ' || c == '-' || c == '.' || c == ','
                || c == '\'');
    }

    private static List<Entry> accepted(List<Entry> entries, List<Tokens.Token> tokens, int from, int to) {
        List<Entry> accepted = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.caseSensitive()) {
                boolean same = true;
                for (int k = from; k <= to && same; k++) {
                    same = tokens.get(k).text().equals(entry.tokens().get(k - from));
                }
                if (!same) {
                    continue;
                }
            } else if (!Character.isUpperCase(tokens.get(from).text().codePointAt(0))
                    && Character.isLetter(tokens.get(from).text().codePointAt(0))
                    && !Character.isIdeographic(tokens.get(from).text().codePointAt(0))) {
                // "reading", "bath" and "nice" in lower case are words, not places
                continue;
            }
            accepted.add(entry);
        }
        return accepted;
    }

    private static List<Place> toPlaces(List<Entry> entries, int start, int end) {
        Map<Kind, List<Entry>> byKind = new HashMap<>();
        for (Entry entry : entries) {
            byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
        }
        List<Place> places = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Entry> same = byKind.get(kind);
            if (same == null) {
                continue;
            }
            List<String> countries = new ArrayList<>();
            boolean ambiguous = true;
            for (Entry entry : same) {
                if (!countries.contains(entry.country())) {
                    countries.add(entry.country());
                }
                ambiguous &= entry.ambiguous();
            }
            places.add(new Place(kind, same.get(0).name(), List.copyOf(countries), ambiguous, start, end));
        }
        return places;
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    private static Places load() {
        Places places = new Places();
        places.loadCountries();
        places.loadFile("/places/regions.tsv", Kind.REGION);
        places.loadFile("/places/cities.tsv", Kind.CITY);
        return places;
    }

    private void loadCountries() {
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(iso).build();
            String english = country.getDisplayCountry(Locale.ENGLISH);
            countryNames.put(iso, english);
            for (Locale language : NAME_LANGUAGES) {
                add(Kind.COUNTRY, english, iso, country.getDisplayCountry(language), false);
            }
        }
        String[][] extra = {
                {"GB", "UK", "U.K.", "United Kingdom", "Great Britain", "Britain", "GB", "Royaume-Uni",
                        "Vereinigtes Königreich", "Reino Unido", "Verenigd Koninkrijk", "Regno Unito"},
                {"US", "USA", "U.S.A.", "U.S.", "US", "United States", "United States of America", "America",
                        "Estados Unidos", "EE.UU.", "EEUU", "États-Unis", "Vereinigte Staaten", "Verenigde Staten",
                        "Stati Uniti"},
                {"AE", "UAE", "U.A.E.", "United Arab Emirates", "Emirates", "Vereinigte Arabische Emirate",
                        "Emiratos Árabes Unidos", "Émirats arabes unis"},
                {"NL", "Netherlands", "The Netherlands", "Holland", "Nederland", "Niederlande", "Pays-Bas",
                        "Países Bajos"},
                {"KR", "South Korea", "Korea", "Republic of Korea"}, {"KP", "North Korea"},
                {"CZ", "Czech Republic", "Czechia", "Tschechien", "République tchèque", "Česko"},
                {"RU", "Russia", "Russian Federation"}, {"TR", "Turkey", "Türkiye", "Turkiye", "Türkei", "Turquie",
                        "Turquía"},
                {"VN", "Vietnam", "Viet Nam"}, {"CI", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
                {"MK", "North Macedonia", "Macedonia"}, {"MM", "Myanmar", "Burma"}, {"HK", "Hong Kong",
                        "Hong Kong SAR"},
                {"MO", "Macau", "Macao"}, {"TW", "Taiwan"}, {"IR", "Iran"}, {"SY", "Syria"}, {"LA", "Laos"},
                {"BO", "Bolivia"}, {"VE", "Venezuela"}, {"TZ", "Tanzania"}, {"MD", "Moldova"},
                {"PS", "Palestine", "Palestinian Territories"}, {"CD", "DR Congo", "DRC",
                        "Democratic Republic of the Congo"},
                {"CG", "Republic of the Congo", "Congo"}, {"SZ", "Eswatini", "Swaziland"},
                {"CV", "Cape Verde", "Cabo Verde"}, {"BA", "Bosnia", "Bosnia and Herzegovina",
                        "Bosnia & Herzegovina"},
                {"TT", "Trinidad", "Trinidad and Tobago", "Trinidad & Tobago"}, {"XK", "Kosovo"},
                {"IE", "Ireland", "Republic of Ireland", "Éire", "Eire"}, {"DE", "Deutschland", "Germany"},
                {"CH", "Switzerland", "Schweiz", "Suisse", "Svizzera"}, {"AT", "Austria", "Österreich"},
                {"ES", "Spain", "España"}, {"FR", "France"}, {"IT", "Italy", "Italia"}, {"PT", "Portugal"},
                {"BR", "Brazil", "Brasil"}, {"MX", "Mexico", "México"}, {"IN", "India", "Bharat"},
                {"CN", "China", "PRC", "People's Republic of China", "Mainland China"}, {"JP", "Japan", "Nippon"},
                {"SA", "Saudi Arabia", "KSA"}, {"ZA", "South Africa", "RSA"}, {"NZ", "New Zealand", "Aotearoa"},
                {"AU", "Australia"}, {"CA", "Canada"}, {"PL", "Poland", "Polska"}, {"SE", "Sweden", "Sverige"},
                {"NO", "Norway", "Norge"}, {"DK", "Denmark", "Danmark"}, {"FI", "Finland", "Suomi"},
                {"GR", "Greece", "Hellas", "Ελλάδα"}, {"HU", "Hungary", "Magyarország"},
                {"RO", "Romania", "România"}, {"BG", "Bulgaria", "България"}, {"UA", "Ukraine", "Україна"},
                {"PH", "Philippines", "The Philippines"}, {"SG", "Singapore"}};
        for (String[] row : extra) {
            String iso = row[0];
            for (int i = 1; i < row.length; i++) {
                boolean codeLike = row[i].replace(".", "").length() <= 3 && row[i].equals(row[i].toUpperCase(Locale.ROOT));
                add(Kind.COUNTRY, countryNames.getOrDefault(iso, row[1]), iso, row[i], false, codeLike);
            }
        }
    }

    private void loadFile(String resource, Kind kind) {
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The places list " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                boolean ambiguous = columns[0].startsWith("~");
                String name = ambiguous ? columns[0].substring(1) : columns[0];
                String iso = columns[1].strip();
                add(kind, name, iso, name, ambiguous);
                if (columns.length > 2 && !columns[2].isBlank()) {
                    for (String alias : columns[2].split("\\|")) {
                        boolean codeLike = alias.length() <= 3 && alias.equals(alias.toUpperCase(Locale.ROOT));
                        add(kind, name, iso, alias.strip(), ambiguous, codeLike);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Kind kind, String name, String iso, String written, boolean ambiguous) {
        add(kind, name, iso, written, ambiguous, false);
    }

    private void add(Kind kind, String name, String iso, String written, boolean ambiguous, boolean caseSensitive) {
        if (written == null || written.isBlank() || written.equals(iso) && !caseSensitive) {
            return;
        }
        List<Tokens.Token> tokens = Tokens.of(written);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Tokens.Token token : tokens) {
            node = node.next.computeIfAbsent(token.lower(), key -> new Node());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        for (Entry entry : node.entries) {
            if (entry.kind() == kind && entry.country().equals(iso)) {
                return;
            }
        }
        node.entries.add(new Entry(kind, name, iso, ambiguous, caseSensitive,
                tokens.stream().map(Tokens.Token::text).toList()));
    }
}
