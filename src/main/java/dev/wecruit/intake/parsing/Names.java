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

    /** The common Vietnamese family names, folded (đ as d); a handful cover most Vietnamese people. */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES = Vocabulary.words("nguyen tran le pham hoang huynh "
            + "phan vu vo dang bui do ho ngo duong ly dinh truong lam dao cao luu trinh doan luong vuong quach thai "
            + "chau kieu ton trieu");
    /** Vietnamese middle names that stand right after the family name and are nobody's given name. */
    private static final Set<String> VIETNAMESE_MIDDLE_NAMES = Set.of("thị", "văn", "thi", "van");
    /** Common Chinese (pinyin and Cantonese), Korean and Japanese family names, folded. */
    private static final Set<String> EAST_ASIAN_FAMILY_NAMES = Vocabulary.words("""
            wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
            tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen
            yao jin fu zhong xue tan lei hou long duan hao kong shao shi qiu qin bai jia yan xia fang zou meng xiong
            qian dai wan kang gu tao mao hong ou yin chang wong chan cheung lau leung ng lee chow tsang yip kwok lai
            tse fung mak chu kim park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn jeon ko
            moon son bae baek sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
            yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
            """);

    private Names() {
    }

    static Found find(Layout layout, SkillTaxonomy skills, List<Proposal<String>> emails, String countryHint) {
        return find(layout, skills, emails, countryHint, null);
    }

    /**
     * @param languageHint the language the CV is written in (ISO 639-1), or null: Spanish and Portuguese CVs write
     *                     two surnames
     */
    static Found find(Layout layout, SkillTaxonomy skills, List<Proposal<String>> emails, String countryHint,
            String languageHint) {
        List<TextLine> lines = layout.lines;
        Found best = null;
        double bestScore = 0;
        // the whole first page: a sidebar read before the main column can push the name down many lines
        int limit = Math.min(lines.size(), 120);
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
            List<Token> single = nameTokens(text, line.start() + offset, skills);
            // a sidebar or a narrow header band sets a large name on two lines: "AHMED" over "AL-SAYED"
            List<Token> wrapped = labelled || i + 1 >= lines.size() ? null : wrappedName(layout, i, skills, emails);
            for (List<Token> tokens : java.util.Arrays.asList(single, wrapped)) {
                if (tokens == null) {
                    continue;
                }
                boolean prominent = layout.largestFirstPageSize > 0
                        && line.fontSize() >= layout.largestFirstPageSize - 0.1
                        && line.fontSize() > layout.bodySize + 1;
                if (!usualPlace && !prominent && emailAgreement(tokens, emails) < 0.25) {
                    // inside a skills list, say: only a name that stands out or matches the email address
                    continue;
                }
                double score = 0.5 - Math.min(0.3, i * 0.02);
                if (labelled) {
                    score += 0.4;
                }
                if (prominent) {
                    score += 0.25;
                }
                if (line.bold() || line.heading()) {
                    score += 0.1;
                }
                if (i < 3 || line.block() == TextLine.Block.HEADER) {
                    score += 0.1;
                }
                if (tokens == wrapped) {
                    // the whole name beats its first line, unless the email address says otherwise
                    score += 0.02;
                }
                score += emailAgreement(tokens, emails);
                if (score > bestScore) {
                    bestScore = score;
                    best = split(tokens, Math.min(0.97, score), i, countryHint, languageHint, emails);
                }
            }
        }
        return best;
    }

    /**
     * The words of a name set on this line and the one or two after it, or null: all large or bold and of one size
     * and weight, one to three words each, in the same column and block, and together a valid name. The longest
     * valid run wins ("Rafael" / "Almeida" / "Nunes").
     */
    private static List<Token> wrappedName(Layout layout, int i, SkillTaxonomy skills,
            List<Proposal<String>> emails) {
        TextLine first = layout.lines.get(i);
        boolean standsOut = first.heading() || first.bold()
                || layout.bodySize > 0 && first.fontSize() >= layout.bodySize + 1.5f;
        if (!standsOut || SEGMENT_BREAK.matcher(first.text()).find()) {
            return null;
        }
        List<Token> tokens = new ArrayList<>(rawTokens(first.text(), first.start()));
        if (tokens.isEmpty() || tokens.size() > 3) {
            return null;
        }
        StringBuilder joined = new StringBuilder(first.text());
        List<Token> best = null;
        for (int k = i + 1; k <= i + 2 && k < layout.lines.size(); k++) {
            TextLine next = layout.lines.get(k);
            if (first.page() != next.page() || first.column() != next.column() || first.block() != next.block()
                    || first.bold() != next.bold() || Math.abs(first.fontSize() - next.fontSize()) >= 0.5f
                    || layout.isHeadingLine(k) || layout.heading(next) != null
                    || SEGMENT_BREAK.matcher(next.text()).find()) {
                break;
            }
            String below = next.text().strip();
            if (Places.get().find(below).stream().anyMatch(p -> p.start() == 0 && p.end() >= below.length() - 1)
                    && !inEmail(below, emails)) {
                // "Jane Doe" over "Manchester": the line says where, not who, unless the address names it too
                // ("Pereira" is a city and a surname)
                break;
            }
            List<Token> more = rawTokens(next.text(), next.start());
            if (more.isEmpty() || more.size() > 3 || tokens.size() + more.size() > 5) {
                break;
            }
            tokens.addAll(more);
            joined.append(' ').append(next.text());
            List<Token> valid = validTokens(new ArrayList<>(tokens), Layout.allCaps(joined.toString()), skills);
            if (valid == null) {
                break;
            }
            best = valid;
        }
        return best;
    }

    /** The name-like words of a line, or null when the line is not a name. */
    private static List<Token> nameTokens(String text, int base, SkillTaxonomy skills) {
        Matcher breakAt = SEGMENT_BREAK.matcher(text);
        String segment = breakAt.find() ? text.substring(0, breakAt.start()) : text;
        List<Token> tokens = rawTokens(segment, base);
        if (tokens.size() == 1 && isHanName(tokens.get(0).text())) {
            return tokens;
        }
        return validTokens(tokens, Layout.allCaps(segment), skills);
    }

    /** The words of a segment without honorifics, post-nominals and the document's own name around them. */
    private static List<Token> rawTokens(String segment, int base) {
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
        return tokens;
    }

    /** The tokens when they can be a person's name, else null. */
    private static List<Token> validTokens(List<Token> tokens, boolean allCaps, SkillTaxonomy skills) {
        if (tokens.size() < 2 || tokens.size() > 5) {
            return null;
        }
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
            boolean particle = k > 0 && isParticle(token);
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
            if (isLegalForm(folded) || Vocabulary.INSTITUTION_WORDS.contains(folded)) {
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

    /** Whether an email address's local part holds the word's letters. */
    private static boolean inEmail(String word, List<Proposal<String>> emails) {
        String wanted = letters(word);
        if (wanted.length() < 3) {
            return false;
        }
        for (Proposal<String> email : emails) {
            if (letters(email.value().substring(0, email.value().indexOf('@'))).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String text) {
        return Vocabulary.folded(text).replaceAll("[^a-z]", "");
    }

    private static Found split(List<Token> tokens, double confidence, int line, String countryHint,
            String languageHint, List<Proposal<String>> emails) {
        if (tokens.size() == 1) {
            // a Chinese, Japanese or Korean name written without spaces: family name first
            Token only = tokens.get(0);
            int cut = only.text().offsetByCodePoints(0, 1);
            return new Found(Proposal.offline(only.text().substring(cut), only.start() + cut, only.end(), confidence * 0.7),
                    Proposal.offline(only.text().substring(0, cut), only.start(), only.start() + cut, confidence * 0.7),
                    line);
        }
        int n = tokens.size();
        boolean allCaps = tokens.stream().allMatch(t -> Layout.allCaps(t.text()) || t.text().length() < 3);
        List<String> words = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String text = tokens.get(k).text();
            boolean particle = k > 0 && isParticle(text);
            if (particle && (allCaps || Layout.allCaps(text))) {
                words.add(text.toLowerCase(Locale.ROOT));
            } else if (particle) {
                words.add(text);
            } else if (allCaps || Layout.allCaps(text) || isCapitalised(text)
                    && (EAST_ASIAN_FAMILY_NAMES.contains(key(text)) || VIETNAMESE_FAMILY_NAMES.contains(key(text)))) {
                words.add(titleCase(text));
            } else {
                words.add(text);
            }
        }
        Parts parts = familyFirst(tokens, allCaps, emails);
        if (parts == null) {
            parts = givenFirst(tokens, countryHint, languageHint, emails);
        }
        String first = String.join(" ", words.subList(parts.givenFrom(), parts.givenTo()));
        String last = String.join(" ", words.subList(parts.familyFrom(), parts.familyTo()));
        return new Found(
                Proposal.offline(first, tokens.get(parts.givenFrom()).start(), tokens.get(parts.givenTo() - 1).end(),
                        confidence),
                Proposal.offline(last, tokens.get(parts.familyFrom()).start(), tokens.get(parts.familyTo() - 1).end(),
                        confidence),
                line);
    }

    /** Which tokens make the given name and which the family name, each a range {@code [from, to)}. */
    private record Parts(int givenFrom, int givenTo, int familyFrom, int familyTo) {
    }

    /**
     * A name printed family name first, or null when it reads given name first. The signals, strongest first: a
     * family name in capitals before a given name in mixed case ("LIU Yang", "DUPONT Marie"); a Vietnamese name
     * with its middle name Thị or Văn after the family name ("Nguyễn Văn An"); a Vietnamese family name opening a
     * name of three or more words; an East Asian family name first and an email address that writes the other word
     * first ("Liu Yang", yang.liu@ or yliu@).
     */
    private static Parts familyFirst(List<Token> tokens, boolean allCaps, List<Proposal<String>> emails) {
        int n = tokens.size();
        if (!allCaps) {
            int capsRun = 0;
            while (capsRun < n && isCapitalised(tokens.get(capsRun).text())) {
                capsRun++;
            }
            // "AJ Patel": two capitals before a name are initials, unless they spell a family name ("LI Wei")
            boolean initials = capsRun == 1 && letters(tokens.get(0).text()).length() == 2
                    && !EAST_ASIAN_FAMILY_NAMES.contains(key(tokens.get(0).text()))
                    && !VIETNAMESE_FAMILY_NAMES.contains(key(tokens.get(0).text()));
            boolean restMixed = capsRun > 0 && capsRun < n && !initials;
            for (int k = capsRun; k < n && restMixed; k++) {
                restMixed = !isCapitalised(tokens.get(k).text());
            }
            if (restMixed) {
                return given(tokens, capsRun, 0, capsRun);
            }
            int trailing = n;
            while (trailing > 0 && (isCapitalised(tokens.get(trailing - 1).text())
                    || trailing < n && isParticle(tokens.get(trailing - 1).text()))) {
                trailing--;
            }
            if (trailing < n && trailing > 0) {
                // "Marie DUPONT", "Jean-Luc DE LA FONTAINE": capitals mark the family name at the end
                int given = firstGiven(tokens, 0, trailing);
                return new Parts(given, given + 1, trailing, n);
            }
        }
        String head = key(tokens.get(0).text());
        String tail = key(tokens.get(n - 1).text());
        if (n >= 3 && VIETNAMESE_FAMILY_NAMES.contains(head)) {
            String second = tokens.get(1).text().toLowerCase(Locale.ROOT);
            boolean middle = VIETNAMESE_MIDDLE_NAMES.contains(second)
                    || VIETNAMESE_MIDDLE_NAMES.contains(key(second));
            if (middle || !VIETNAMESE_FAMILY_NAMES.contains(tail)) {
                // Vietnamese order: family, middle names, and the given name people use last
                return new Parts(n - 1, n, 0, 1);
            }
        }
        boolean asianFamilyName = EAST_ASIAN_FAMILY_NAMES.contains(head) || VIETNAMESE_FAMILY_NAMES.contains(head);
        if (asianFamilyName && emailWritesFirst(emails, tail, head)) {
            return given(tokens, 1, 0, 1);
        }
        return null;
    }

    /** The given name after a family name printed first: the rest, or for a Vietnamese name its last word. */
    private static Parts given(List<Token> tokens, int givenFrom, int familyFrom, int familyTo) {
        int n = tokens.size();
        if (n - givenFrom == 1) {
            return new Parts(givenFrom, n, familyFrom, familyTo);
        }
        String family = key(tokens.get(familyFrom).text());
        if (VIETNAMESE_FAMILY_NAMES.contains(family) && !EAST_ASIAN_FAMILY_NAMES.contains(family)
                || VIETNAMESE_MIDDLE_NAMES.contains(key(tokens.get(givenFrom).text()))) {
            return new Parts(n - 1, n, familyFrom, familyTo);
        }
        if (EAST_ASIAN_FAMILY_NAMES.contains(family)) {
            // "ZHANG Wei Ming": a two-syllable given name written as two words
            return new Parts(givenFrom, n, familyFrom, familyTo);
        }
        int given = firstGiven(tokens, givenFrom, n);
        return new Parts(given, given + 1, familyFrom, familyTo);
    }

    /**
     * Given name first: particles (van, de, bin, Ní) start the family name; Spanish and Portuguese names carry two
     * surnames and may carry a compound given name (María José García López); elsewhere a middle name or initial
     * belongs to neither field, so three words are given name, middle name, family name.
     */
    private static Parts givenFirst(List<Token> tokens, String countryHint, String languageHint,
            List<Proposal<String>> emails) {
        int n = tokens.size();
        int familyFrom = n - 1;
        boolean particle = false;
        for (int k = 1; k < n - 1; k++) {
            if (isParticle(tokens.get(k).text())) {
                familyFrom = k;
                particle = true;
                break;
            }
        }
        boolean hispanic = n >= 3 && looksHispanic(tokens, countryHint, languageHint);
        int boundary = n >= 3 ? emailBoundary(tokens, emails) : -1;
        if (boundary > 0) {
            // "anabeatriz.oliveira@": the address writes the given names and the family names apart
            return new Parts(0, boundary, boundary, n);
        }
        if (!particle && hispanic) {
            familyFrom = n == 3 ? 1 : n - 2;
        } else if (particle && hispanic && familyFrom >= 2 && isSurname(tokens.get(familyFrom - 1).text(), emails,
                tokens.subList(familyFrom - 1, n))) {
            // "Carmen Ruiz de la Torre": the first surname stands before the particle of the second
            familyFrom--;
        }
        int given = firstGiven(tokens, 0, familyFrom);
        int givenTo = hispanic ? Math.max(given + 1, Math.min(familyFrom, given + 2)) : given + 1;
        return new Parts(given, givenTo, familyFrom, n);
    }

    /**
     * Whether a Spanish or Portuguese word before a particle is a surname, not a second given name ("Ruiz" in
     * "Carmen Ruiz de la Torre", not "Carlos" in "Juan Carlos de la Fuente"): a common surname or patronymic, or
     * the email address writes it together with the rest of the family name.
     */
    private static boolean isSurname(String word, List<Proposal<String>> emails, List<Token> family) {
        String folded = letters(word);
        if (HISPANIC_SURNAMES.contains(folded) || folded.endsWith("ez") && folded.length() > 3) {
            return true;
        }
        StringBuilder whole = new StringBuilder();
        family.forEach(token -> whole.append(token.text()));
        return inEmail(whole.toString(), emails);
    }

    /**
     * Where an email address splits a name of three or more words into given names and family names: its local part
     * is the two, whole, around one separator, in either order ("anabeatriz.oliveira@", "garcialopez.maria@");
     * -1 when no address says so.
     */
    private static int emailBoundary(List<Token> tokens, List<Proposal<String>> emails) {
        int n = tokens.size();
        for (Proposal<String> email : emails) {
            String[] parts = Vocabulary.folded(email.value().substring(0, email.value().indexOf('@')))
                    .replaceAll("\\d+", "").split("[._-]+");
            if (parts.length != 2) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                StringBuilder given = new StringBuilder();
                StringBuilder family = new StringBuilder();
                for (int t = 0; t < n; t++) {
                    (t < k ? given : family).append(letters(tokens.get(t).text()));
                }
                String g = given.toString();
                String f = family.toString();
                if (parts[0].equals(g) && parts[1].equals(f) || parts[0].equals(f) && parts[1].equals(g)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The given name among {@code [from, to)}: the first word that is not an initial ("J. Alistair Graves"). */
    private static int firstGiven(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isInitial(tokens.get(k).text())) {
                return k;
            }
        }
        return from;
    }

    private static boolean isInitial(String token) {
        return token.matches("\\p{L}\\.?");
    }

    /** A word of two or more letters in capitals, such as a family name printed "LIU". */
    private static boolean isCapitalised(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether an email address writes {@code word} first and {@code other} second, whole or as an initial:
     * yang.liu@, yang_l@, yliu@ and yangliu@ all write Yang first.
     */
    private static boolean emailWritesFirst(List<Proposal<String>> emails, String word, String other) {
        if (word.length() < 2 || other.length() < 2 || word.equals(other)) {
            return false;
        }
        for (Proposal<String> email : emails) {
            String local = Vocabulary.folded(email.value().substring(0, email.value().indexOf('@')))
                    .replace('đ', 'd').replaceAll("\\d+", "");
            String[] parts = local.split("[._-]+");
            if (parts.length == 2) {
                if (parts[0].equals(word) && (parts[1].equals(other) || parts[1].equals(other.substring(0, 1)))
                        || parts[0].equals(word.substring(0, 1)) && parts[1].equals(other)) {
                    return true;
                }
            } else if (parts.length == 1) {
                String joined = parts[0];
                if (joined.equals(word + other) || joined.equals(word.charAt(0) + other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean looksHispanic(List<Token> tokens, String countryHint, String languageHint) {
        if (countryHint != null && HISPANIC_COUNTRIES.contains(countryHint)
                || "es".equals(languageHint) || "pt".equals(languageHint)) {
            return true;
        }
        int n = tokens.size();
        String secondLast = letters(tokens.get(n - 2).text());
        String last = letters(tokens.get(n - 1).text());
        return HISPANIC_SURNAMES.contains(secondLast) && HISPANIC_SURNAMES.contains(last)
                || (secondLast.endsWith("ez") && (last.endsWith("ez") || HISPANIC_SURNAMES.contains(last)));
    }

    private static boolean isParticle(String token) {
        return Vocabulary.NAME_PARTICLES.contains(Vocabulary.folded(token));
    }

    /** A legal form, also inside a hyphenated one: "FZ-LLC", "GmbH", "S.A.". */
    private static boolean isLegalForm(String folded) {
        if (Vocabulary.COMPANY_SUFFIXES.contains(folded)) {
            return true;
        }
        if (folded.indexOf('-') > 0) {
            for (String part : folded.split("-")) {
                if (part.length() >= 2 && Vocabulary.COMPANY_SUFFIXES.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Folded, with the Vietnamese đ as d, for comparing with the name lists below. */
    private static String key(String token) {
        return Vocabulary.folded(token).replace('đ', 'd');
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
