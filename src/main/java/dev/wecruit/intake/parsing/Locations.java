package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the candidate lives: a labelled address or location, else a "City, Country" in the contact area, using the
 * built-in places list. Also tells the country, which decides how phone numbers without a country code are read.
 */
final class Locations {

    record Found(Proposal<String> proposal, String country) {
    }

    /** Labels that are also ordinary words ("City & Guilds", "Address the board"): a colon or dash must follow. */
    private static final String NOUN_LABELS = "current\\s+location|location|address|home\\s+address|residence|city|"
            + "adresse|anschrift|wohnort|domicile|ville|localisation|lieu\\s+de\\s+résidence|dirección|direccion|"
            + "domicilio|ubicación|ubicacion|ciudad|residencia|adres|woonplaats|locatie|indirizzo|residenza|città|"
            + "morada|endereço|endereco|localização|localizacao|cidade";
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:^|[|•·\\t]\\s*)(?:(?:" + NOUN_LABELS + ")\\s*[:：\\-–]|based\\s+in|lives\\s+in|living\\s+in|"
                    + "wohnhaft\\s+in|woonachtig\\s+in)\\s*([^|•·\\t]+)");
    /** A label on a line of its own, the value under it: a sidebar's "ADDRESS" over "Nottingham, UK". */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?i)^(?:" + NOUN_LABELS + ")\\s*[:：]?$");
    private static final Pattern SEGMENTS = Pattern.compile("\\t|\\s*[|•·]\\s*|\\s{2,}|\\s[–—]\\s");
    private static final Pattern CONTACT_NOISE = Pattern.compile(
            "\\S+@\\S+|(?i)(?:https?://|www\\.)\\S+|\\S*linkedin\\.com\\S*|[+(]?\\d[\\d ()./-]{6,}\\d");
    private static final Pattern TOWN_COMMA_PLACE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|upon|on|de|del|la|le|am|an|im|sur|en|di))*)\\s*,\\s*(.+)$");
    private static final Pattern STREET = Pattern.compile("(?iu)(?:flat|apt\\.?|apartment|unit|suite|plot|no\\.?|"
            + "house|block|room|po box)\\s*\\d+\\p{L}?|\\d+\\p{L}?\\s+\\p{L}[\\p{L}'’.\\s-]*"
            + "|\\p{L}[\\p{L}'’.\\s-]*\\s\\d+\\s?\\p{L}?");
    private static final Pattern POSTCODE = Pattern.compile("\\b(?:\\p{Lu}{1,2}\\d[\\p{Lu}\\d]?\\s\\d\\p{Lu}{2}"
            + "|\\d{5,6}|\\d{3}\\s\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b\\s*[-–—]|[-–—]\\s*(?:19|20)\\d{2}\\b"
            + "|\\b(?:19|20)\\d{2}\\s*(?:to|bis|à|a|-)\\s*(?:19|20)?\\d{2}");
    private static final Pattern POSTCODE_OR_NUMBER = Pattern.compile("^[\\p{L}\\d -]*\\d[\\p{L}\\d -]*$");

    private Locations() {
    }

    static Found find(Layout layout, int nameLine, String defaultRegion) {
        Found labelled = labelled(layout, defaultRegion);
        if (labelled != null) {
            return labelled;
        }
        Found best = null;
        int limit = Math.min(layout.lines.size(), 40);
        for (int i = 0; i < limit; i++) {
            TextLine line = layout.lines.get(i);
            Section.Type type = layout.typeOf(i);
            boolean underName = nameLine >= 0 && i > nameLine && i <= nameLine + 3;
            if (i == nameLine || line.page() > 1
                    || (type != Section.Type.TOP && type != Section.Type.CONTACT && !underName)
                    || layout.isHeadingLine(i) || Layout.wordCount(line.text()) > 40) {
                continue;
            }
            Found found = inLine(line, defaultRegion);
            if (found != null && (best == null || found.proposal().confidence() > best.proposal().confidence())) {
                best = found;
            }
        }
        return best;
    }

    private static Found labelled(Layout layout, String defaultRegion) {
        int limit = Math.min(layout.lines.size(), 80);
        for (int i = 0; i < limit; i++) {
            TextLine line = layout.lines.get(i);
            Matcher m = LABEL.matcher(line.text());
            String value;
            int offset;
            if (m.find()) {
                value = m.group(1).strip();
                offset = line.start() + m.start(1);
            } else if (LABEL_ALONE.matcher(line.text().strip()).matches() && i + 1 < layout.lines.size()
                    && layout.lines.get(i + 1).column() == line.column()) {
                TextLine next = layout.lines.get(i + 1);
                value = next.text().strip();
                offset = next.start() + next.text().indexOf(value);
            } else {
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            Found place = placeIn(value, offset, defaultRegion, 0.92);
            if (place != null) {
                return place;
            }
            // an address we cannot place: keep its last parts as written ("Tunbridge Wells, Kent")
            String[] parts = value.split("\\s*,\\s*");
            int from = Math.max(0, parts.length - 2);
            while (from < parts.length - 1 && POSTCODE_OR_NUMBER.matcher(parts[from]).matches()) {
                from++;
            }
            String kept = String.join(", ", java.util.Arrays.copyOfRange(parts, from, parts.length)).strip();
            if (!kept.isEmpty() && kept.length() <= 60 && Layout.wordCount(kept) <= 6) {
                int start = offset + Math.max(0, value.indexOf(parts[from]));
                return new Found(Proposal.offline(kept, start, offset + value.length(), 0.75), null);
            }
        }
        return null;
    }

    private static Found inLine(TextLine line, String defaultRegion) {
        String text = line.text();
        Found best = null;
        Matcher cut = SEGMENTS.matcher(text);
        int from = 0;
        while (true) {
            boolean more = cut.find();
            int to = more ? cut.start() : text.length();
            String segment = text.substring(from, to);
            String cleaned = CONTACT_NOISE.matcher(segment).replaceAll(" ").strip();
            if (!cleaned.isEmpty() && cleaned.length() <= 80) {
                int offset = line.start() + from + segment.indexOf(cleaned.substring(0, Math.min(3, cleaned.length())));
                Found found = placeIn(cleaned, Math.max(line.start() + from, offset), defaultRegion, 0.85);
                if (found == null) {
                    found = townCommaPlace(cleaned, Math.max(line.start() + from, offset));
                }
                if (found != null && (best == null || found.proposal().confidence() > best.proposal().confidence())) {
                    best = found;
                }
            }
            if (!more) {
                break;
            }
            from = cut.end();
        }
        return best;
    }

    /** A city, with the region or country written after it when there is one; a country or region alone otherwise. */
    static Found placeIn(String text, int offset, String defaultRegion, double confidence) {
        List<Places.Place> places = Places.get().find(text);
        boolean address = isStreetAddress(text);
        for (int k = 0; k < places.size(); k++) {
            Places.Place city = places.get(k);
            if (city.kind() != Places.Kind.CITY) {
                continue;
            }
            Places.Place after = null;
            for (int j = k + 1; j < places.size(); j++) {
                Places.Place next = places.get(j);
                if (next.start() < city.end()) {
                    continue;
                }
                String between = text.substring(city.end(), next.start());
                if (next.kind() != Places.Kind.CITY && between.length() <= 14
                        && between.matches("[\\s,]*(?:[\\p{Lu}\\d][\\p{Lu}\\d ]{0,9})?[\\s,]*")) {
                    after = next;
                }
                break;
            }
            boolean alsoRegion = places.stream().anyMatch(p -> p != city && p.start() == city.start()
                    && p.end() == city.end() && p.kind() != Places.Kind.CITY);
            if ((city.ambiguous() && !address || alsoRegion) && after == null) {
                // "Reading" or "Norfolk" (a county, and a city in Virginia) alone says too little; inside a street
                // address ("2 Kings Road, Reading RG1 3AR") it is the town
                continue;
            }
            String country = chooseCountry(city, after, defaultRegion);
            String cityText = text.substring(city.start(), city.end());
            if (after != null) {
                String value = cityText + ", " + text.substring(after.start(), after.end());
                return new Found(Proposal.offline(value, offset + city.start(), offset + after.end(), confidence), country);
            }
            String value = cityText + ", " + Places.get().countryName(country);
            return new Found(Proposal.offline(value, offset + city.start(), offset + city.end(), confidence - 0.1),
                    country);
        }
        for (Places.Place place : places) {
            if (place.kind() == Places.Kind.COUNTRY && text.strip().length() <= place.end() - place.start() + 2) {
                return new Found(Proposal.offline(text.substring(place.start(), place.end()), offset + place.start(),
                        offset + place.end(), confidence - 0.3), place.country());
            }
        }
        return null;
    }

    /**
     * A street address: parts separated by commas, one of them a house number with its street ("14 Larkfield Road",
     * "Lindenallee 12", "Flat 702") or a postcode ("LS6 2AB", "10115 Berlin"), and no dates (an entry of a work
     * history reads "Nurse, St James's, 2019 - 2021").
     */
    static boolean isStreetAddress(String text) {
        String[] parts = text.split("\\s*,\\s*");
        if (parts.length < 2 || text.length() > 100 || Layout.wordCount(text) > 14 || YEAR.matcher(text).find()) {
            return false;
        }
        for (String part : parts) {
            if (STREET.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return POSTCODE.matcher(text).find();
    }

    /** "Tunbridge Wells, Kent" or "Ashby-de-la-Zouch, England": a town we do not know before a known region. */
    private static Found townCommaPlace(String text, int offset) {
        Matcher m = TOWN_COMMA_PLACE.matcher(text);
        if (!m.matches() || Layout.wordCount(m.group(1)) > 4) {
            return null;
        }
        List<Places.Place> places = Places.get().find(m.group(2));
        if (places.isEmpty() || places.get(0).start() != 0 || places.get(0).kind() == Places.Kind.CITY) {
            return null;
        }
        Places.Place region = places.get(0);
        String value = m.group(1) + ", " + m.group(2).substring(region.start(), region.end());
        return new Found(Proposal.offline(value, offset, offset + m.start(2) + region.end(), 0.7), region.country());
    }

    private static String chooseCountry(Places.Place city, Places.Place after, String defaultRegion) {
        if (after != null) {
            for (String country : after.countries()) {
                if (city.countries().contains(country)) {
                    return country;
                }
            }
        }
        if (defaultRegion != null && city.countries().contains(defaultRegion)) {
            return defaultRegion;
        }
        return city.country();
    }
}
