package dev.wecruit.intake.parsing;

import dev.wecruit.platform.documents.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's name: the most prominent name-like line near the top of the first page (largest type, a Word
 * Title, the header), or a "Name:" label, cross-checked against the email address.
 */
final class Names {

    record Found(Proposal<String> first, Proposal<String> last, int line) {
    }

    private record Token(String text, int start, int end) {
    }

    private static final Pattern NAME_LABEL = Pattern.compile(
            "(?i)^(?:full\\s+name|name|nombre(?:\\s+completo)?|nom(?:\\s+complet)?|vorname\\s+und\\s+name|naam|nome)"
                    + "\\s*[:：]\\s*(.+)$");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\t|\\s[|•·–—]\\s|\\s-\\s|,\\s|\\s{2,}|\\s\\|");
    private static final Set<String> STRONG_TITLE_WORDS = Vocabulary.words("engineer developer manager nurse "
            + "consultant analyst director accountant teacher designer specialist coordinator assistant officer "
            + "administrator executive technician scientist architect lead head intern student graduate programmer "
            + "representative advisor adviser associate supervisor operator recruiter lawyer solicitor attorney "
            + "therapist practitioner ingenieur ingénieur entwickler développeur desarrollador ingeniero enfermera "
            + "krankenschwester infirmière");
    /** Words that are never part of a name, in any case. */
    private static final Set<String> STOP_WORDS = Vocabulary.words("the and of for with my our your to from by or "
            + "und der die das et les des pour avec para con het een voor met");
    /** Words that are part of a name only when capitalised ("An" is a Vietnamese name, "an" is not). */
    private static final Set<String> LOWER_STOP_WORDS = Vocabulary.words("in at on a an is are am i me we en y el "
            + "los las");
    private static final Set<String> HISPANIC_COUNTRIES = Set.of("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "BO",
            "PY", "UY", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "PR", "PT", "BR");
    private static final Set<String> HISPANIC_SURNAMES = Vocabulary.words("garcia lopez martinez rodriguez gonzalez "
            + "fernandez sanchez perez gomez diaz hernandez alvarez moreno munoz romero jimenez ruiz navarro torres "
            + "dominguez vazquez ramos gil ramirez serrano blanco molina morales suarez ortega delgado castro ortiz "
            + "rubio marin sanz iglesias nunez medina garrido cortes castillo santos lozano guerrero cano prieto "
            + "mendez cruz calvo gallego vidal leon herrera marquez pena flores cabrera campos vega fuentes carrasco "
            + "diez reyes caballero nieto aguilar pascual herrero santana lorenzo hidalgo montero ibanez gimenez "
            + "ferrer duran vicente benitez mora arias vargas carmona crespo roman pastor soto saez velasco "
            + "silva souza sousa oliveira pereira costa rodrigues almeida nascimento lima araujo fernandes carvalho "
            + "gomes martins rocha ribeiro alves monteiro mendes barros freitas barbosa pinto moura cavalcanti dias "
            + "castro campos cardoso correia teixeira");

    private Names() {
    }

    static Found find(Layout layout, SkillTaxonomy skills, List<Proposal<String>> emails, String countryHint) {
        List<TextLine> lines = layout.lines;
        Found best = null;
        double bestScore = 0;
        int limit = Math.min(lines.size(), 60);
        for (int i = 0; i < limit; i++) {
            TextLine line = lines.get(i);
            if (line.page() > 1 && line.block() != TextLine.Block.HEADER) {
                break;
            }
            Section.Type type = layout.typeOf(i);
            boolean labelled = false;
            String text = line.text();
            int offset = 0;
            Matcher label = NAME_LABEL.matcher(text);
            if (label.matches()) {
                labelled = true;
                offset = label.start(1);
                text = label.group(1);
            } else if (layout.isHeadingLine(i)) {
                continue;
            }
            boolean usualPlace = labelled || type == Section.Type.TOP || type == Section.Type.CONTACT
                    || type == Section.Type.PROFILE;
            List<Token> tokens = nameTokens(text, line.start() + offset, skills);
            if (tokens == null) {
                continue;
            }
            boolean prominentLine = layout.largestFirstPageSize > 0
                    && line.fontSize() >= layout.largestFirstPageSize - 0.1 && line.fontSize() > layout.bodySize + 1;
            if (!usualPlace && !prominentLine && emailAgreement(tokens, emails) < 0.25) {
                // inside a skills list, say: only a name that stands out or matches the email address
                continue;
            }
            double score = 0.5 - Math.min(0.3, i * 0.02);
            if (labelled) {
                score += 0.4;
            }
            boolean prominent = layout.largestFirstPageSize > 0 && line.fontSize() >= layout.largestFirstPageSize - 0.1
                    && line.fontSize() > layout.bodySize + 1;
            if (prominent) {
                score += 0.25;
            }
            if (line.bold() || line.heading()) {
                score += 0.1;
            }
            if (i < 3 || line.block() == TextLine.Block.HEADER) {
                score += 0.1;
            }
            score += emailAgreement(tokens, emails);
            if (score > bestScore) {
                bestScore = score;
                best = split(tokens, Math.min(0.97, score), i, countryHint);
            }
        }
        return best;
    }

    /** The name-like words of a line, or null when the line is not a name. */
    private static List<Token> nameTokens(String text, int base, SkillTaxonomy skills) {
        Matcher breakAt = SEGMENT_BREAK.matcher(text);
        String segment = breakAt.find() ? text.substring(0, breakAt.start()) : text;
        List<Token> tokens = new ArrayList<>();
        Matcher word = Pattern.compile("[^\\s,;:()\\[\\]\"“”]+").matcher(segment);
        while (word.find()) {
            tokens.add(new Token(word.group(), base + word.start(), base + word.end()));
        }
        // drop honorifics in front, post-nominals and the document's own name around
        while (!tokens.isEmpty() && (Vocabulary.HONORIFICS.contains(Vocabulary.folded(tokens.get(0).text()))
                || Vocabulary.DOCUMENT_WORDS.contains(Vocabulary.folded(tokens.get(0).text())))) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && (isPostNominal(tokens.get(tokens.size() - 1).text())
                || Vocabulary.DOCUMENT_WORDS.contains(Vocabulary.folded(tokens.get(tokens.size() - 1).text())))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() == 1 && isHanName(tokens.get(0).text())) {
            return tokens;
        }
        if (tokens.size() < 2 || tokens.size() > 5) {
            return null;
        }
        boolean allCaps = Layout.allCaps(segment);
        int titleWords = 0;
        int strongTitleWords = 0;
        for (int k = 0; k < tokens.size(); k++) {
            String token = tokens.get(k).text();
            String folded = Vocabulary.folded(token);
            if (!token.matches("[\\p{L}\\p{M}'’.-]+") || token.matches(".*[.]{2,}.*")) {
                return null;
            }
            if (STOP_WORDS.contains(folded) && !Vocabulary.NAME_PARTICLES.contains(folded)
                    || LOWER_STOP_WORDS.contains(token) && !Vocabulary.NAME_PARTICLES.contains(token)) {
                return null;
            }
            boolean particle = k > 0 && Vocabulary.NAME_PARTICLES.contains(token.toLowerCase(Locale.ROOT));
            int first = token.codePointAt(0);
            if (!particle && !allCaps && Character.isLowerCase(first)) {
                return null;
            }
            if (token.length() == 1 && !particle) {
                return null;
            }
            if (Vocabulary.TITLE_WORDS.contains(folded) || Vocabulary.SENIORITY_WORDS.contains(folded)) {
                titleWords++;
            }
            if (STRONG_TITLE_WORDS.contains(folded)) {
                strongTitleWords++;
            }
            if (Vocabulary.COMPANY_SUFFIXES.contains(folded) || Vocabulary.INSTITUTION_WORDS.contains(folded)) {
                return null;
            }
        }
        if (strongTitleWords > 0 || titleWords >= 2) {
            return null;
        }
        String phrase = String.join(" ", tokens.stream().map(Token::text).toList());
        String key = Vocabulary.folded(phrase);
        if (Vocabulary.HEADINGS.containsKey(key) || Vocabulary.DOCUMENT_WORDS.contains(key)
                || skills.canonical(phrase).isPresent()) {
            return null;
        }
        List<Places.Place> places = Places.get().find(phrase);
        if (places.size() == 1 && places.get(0).start() == 0 && places.get(0).end() == phrase.length()) {
            return null;
        }
        return tokens;
    }

    /** "RGN", "PhD", "(Hons)", "BA": letters after a name. */
    private static boolean isPostNominal(String token) {
        String folded = Vocabulary.folded(strip(token));
        if (Vocabulary.POST_NOMINALS.contains(folded) || folded.equals("hons")) {
            return true;
        }
        long capitals = token.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && Vocabulary.QUALIFICATION_WORDS.contains(folded);
    }

    private static String strip(String token) {
        return token.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
    }

    private static boolean isHanName(String token) {
        int count = token.codePointCount(0, token.length());
        return count >= 2 && count <= 4 && token.codePoints().allMatch(Character::isIdeographic);
    }

    /** 0.25 when the email's local part holds the surname and the first name or its initial; 0.1 for either. */
    private static double emailAgreement(List<Token> tokens, List<Proposal<String>> emails) {
        if (emails.isEmpty() || tokens.size() < 2) {
            return 0;
        }
        String first = letters(tokens.get(0).text());
        String last = letters(tokens.get(tokens.size() - 1).text());
        double best = 0;
        for (Proposal<String> email : emails) {
            String local = letters(email.value().substring(0, email.value().indexOf('@')));
            boolean hasLast = last.length() >= 3 && local.contains(last);
            boolean hasFirst = first.length() >= 3 && local.contains(first);
            boolean initial = !first.isEmpty() && (local.startsWith(first.substring(0, 1) + last)
                    || local.endsWith(last + first.charAt(0)));
            if (hasLast && (hasFirst || initial)) {
                best = Math.max(best, 0.25);
            } else if (hasLast || hasFirst) {
                best = Math.max(best, 0.1);
            }
        }
        return best;
    }

    private static String letters(String text) {
        return Vocabulary.folded(text).replaceAll("[^a-z]", "");
    }

    private static Found split(List<Token> tokens, double confidence, int line, String countryHint) {
        if (tokens.size() == 1) {
            // a Chinese, Japanese or Korean name written without spaces: family name first
            Token only = tokens.get(0);
            int cut = only.text().offsetByCodePoints(0, 1);
            return new Found(Proposal.offline(only.text().substring(cut), only.start() + cut, only.end(), confidence * 0.7),
                    Proposal.offline(only.text().substring(0, cut), only.start(), only.start() + cut, confidence * 0.7),
                    line);
        }
        boolean allCaps = tokens.stream().allMatch(t -> Layout.allCaps(t.text()) || t.text().length() < 3);
        List<String> words = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String text = tokens.get(k).text();
            boolean particle = k > 0 && Vocabulary.NAME_PARTICLES.contains(text.toLowerCase(Locale.ROOT));
            if (particle && (allCaps || Layout.allCaps(text))) {
                words.add(text.toLowerCase(Locale.ROOT));
            } else if (particle) {
                words.add(text);
            } else if (allCaps || Layout.allCaps(text)) {
                words.add(titleCase(text));
            } else {
                words.add(text);
            }
        }
        int n = tokens.size();
        int lastStart = n - 1;
        for (int k = 1; k < n - 1; k++) {
            if (Vocabulary.NAME_PARTICLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                lastStart = k;
                break;
            }
        }
        if (lastStart == n - 1 && n >= 3 && looksHispanic(tokens, countryHint)) {
            lastStart = 1;
        }
        String first = String.join(" ", words.subList(0, lastStart));
        String last = String.join(" ", words.subList(lastStart, n));
        return new Found(
                Proposal.offline(first, tokens.get(0).start(), tokens.get(lastStart - 1).end(), confidence),
                Proposal.offline(last, tokens.get(lastStart).start(), tokens.get(n - 1).end(), confidence),
                line);
    }

    private static boolean looksHispanic(List<Token> tokens, String countryHint) {
        if (countryHint != null && HISPANIC_COUNTRIES.contains(countryHint)) {
            return true;
        }
        int n = tokens.size();
        String secondLast = letters(tokens.get(n - 2).text());
        String last = letters(tokens.get(n - 1).text());
        return HISPANIC_SURNAMES.contains(secondLast) && HISPANIC_SURNAMES.contains(last)
                || (secondLast.endsWith("ez") && (last.endsWith("ez") || HISPANIC_SURNAMES.contains(last)));
    }

    static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’' || c == '.';
        }
        String result = out.toString();
        if (result.length() > 3 && result.startsWith("Mc")) {
            result = "Mc" + Character.toUpperCase(result.charAt(2)) + result.substring(3);
        }
        return result;
    }
}
