package dev.wecruit.matching.internal;

import dev.wecruit.intake.parsing.SkillMatch;
import dev.wecruit.intake.parsing.SkillTaxonomy;
import dev.wecruit.jobs.Requirement;
import dev.wecruit.matching.Coverage;
import dev.wecruit.matching.RequirementEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Scores each of a job's requirements for a candidate, met, partial or missing, with the sentence of their PII-free
 * profile that shows it. Three readings, the strongest wins:
 * <ul>
 *   <li>skills: the skills taxonomy's canonical names in the requirement ("JS" and "JavaScript" are one), found in
 *   the candidate's skills or anywhere in their text;</li>
 *   <li>words: the requirement's content words (English stems, without stop words and words such as "experience"
 *   or "strong") in one sentence of the profile: all of them meet it, half of them partly;</li>
 *   <li>years: "5+ years" against the years of experience the candidate states.</li>
 * </ul>
 * A quote is always a piece of the profile text as written, so the UI can show it and a reader can find it.
 */
@Component
class EvidenceFinder {

    private static final Pattern YEARS = Pattern.compile(
            "(?i)(?:at least |minimum (?:of )?)?(\\d{1,2})\\s*\\+?\\s*(?:or more\\s+)?(?:years?|yrs?)(?:'|’)?"
            + "(?:\\s+(?:of\\s+)?(?:experience|exp\\.?))?(?:\\s+(?:in|with|as|of|doing))?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+|(?<=:)\\s+(?=\\p{Lu})");
    private static final Set<String> GENERIC = Set.of("experi", "experienc", "knowledg", "strong", "proven",
            "abil", "skill", "good", "excel", "understand", "familiar", "work", "year", "must", "plus", "desir",
            "prefer", "demonstr", "solid", "track", "record", "relev", "similar", "role", "profici", "expert",
            "hand", "competent", "comfort", "abl", "essenti", "requir", "ideal", "background", "qualifi");

    private final SkillTaxonomy skills;
    private final Analyzer english = new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    EvidenceFinder() {
        this.skills = SkillTaxonomy.loadDefault();
    }

    /** A candidate's profile as the evidence reads it. */
    record Profile(List<String> skills, Integer yearsOfExperience, String text) {
    }

    List<RequirementEvidence> assess(List<Requirement> requirements, Profile profile) {
        Reading reading = read(profile);
        return requirements.stream().map(requirement -> assess(requirement, profile, reading)).toList();
    }

    private RequirementEvidence assess(Requirement requirement, Profile profile, Reading reading) {
        String text = requirement.text();
        Matcher years = YEARS.matcher(text);
        Integer minimumYears = null;
        String topic = text;
        if (years.find()) {
            minimumYears = Integer.parseInt(years.group(1));
            topic = (text.substring(0, years.start()) + " " + text.substring(years.end())).strip();
        }
        Found found = bestOf(bySkills(topic, reading), byWords(topic, reading));
        if (minimumYears != null) {
            Found byYears = byYears(minimumYears, profile, reading);
            found = found == null ? byYears
                    : found.coverage() == Coverage.MET && byYears.coverage() != Coverage.MET
                            ? new Found(Coverage.PARTIAL, found.quote()) : found;
        }
        if (found == null) {
            return new RequirementEvidence(requirement, Coverage.MISSING, null);
        }
        return new RequirementEvidence(requirement, found.coverage(),
                found.coverage() == Coverage.MISSING ? null : found.quote());
    }

    private Found bySkills(String topic, Reading reading) {
        Set<String> wanted = new LinkedHashSet<>();
        skills.findInSkillList(topic).forEach(match -> wanted.add(match.skill()));
        skills.canonical(topic).ifPresent(wanted::add);
        if (wanted.isEmpty()) {
            return null;
        }
        List<String> quotes = new ArrayList<>();
        int met = 0;
        for (String skill : wanted) {
            String quote = reading.skillQuote(skill);
            if (quote != null) {
                met++;
                if (!quotes.contains(quote)) {
                    quotes.add(quote);
                }
            }
        }
        if (met == 0) {
            return new Found(Coverage.MISSING, null);
        }
        return new Found(met == wanted.size() ? Coverage.MET : Coverage.PARTIAL, String.join(" … ", quotes));
    }

    private Found byWords(String topic, Reading reading) {
        Set<String> wanted = new LinkedHashSet<>(stems(topic));
        wanted.removeAll(GENERIC);
        if (wanted.isEmpty()) {
            return null;
        }
        Sentence best = null;
        int bestHits = 0;
        for (Sentence sentence : reading.sentences()) {
            int hits = 0;
            for (String stem : wanted) {
                if (sentence.stems().contains(stem)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = sentence;
                bestHits = hits;
            }
        }
        double share = (double) bestHits / wanted.size();
        Coverage coverage = share >= 0.999 ? Coverage.MET : share >= 0.5 ? Coverage.PARTIAL : Coverage.MISSING;
        return new Found(coverage, best == null ? null : best.text());
    }

    private static Found byYears(int minimum, Profile profile, Reading reading) {
        Integer stated = profile.yearsOfExperience();
        if (stated == null) {
            return new Found(Coverage.MISSING, null);
        }
        String quote = reading.yearsQuote(stated);
        Coverage coverage = stated >= minimum ? Coverage.MET
                : stated >= Math.ceil(minimum * 0.6) ? Coverage.PARTIAL : Coverage.MISSING;
        return new Found(coverage, quote);
    }

    private static Found bestOf(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.coverage().credit() > a.coverage().credit() ? b : a;
    }

    private Reading read(Profile profile) {
        List<Sentence> sentences = new ArrayList<>();
        for (String piece : SENTENCE_END.split(profile.text())) {
            String sentence = piece.strip();
            if (sentence.length() >= 2) {
                sentences.add(new Sentence(sentence, new HashSet<>(stems(sentence))));
            }
        }
        List<SkillMatch> inText = skills.findIn(profile.text());
        return new Reading(profile, sentences, inText);
    }

    private List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = english.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private record Found(Coverage coverage, String quote) {
    }

    private record Sentence(String text, Set<String> stems) {
    }

    /** A profile read once for all of a job's requirements. */
    private final class Reading {

        private final Profile profile;
        private final List<Sentence> sentences;
        private final List<SkillMatch> inText;

        Reading(Profile profile, List<Sentence> sentences, List<SkillMatch> inText) {
            this.profile = profile;
            this.sentences = sentences;
            this.inText = inText;
        }

        List<Sentence> sentences() {
            return sentences;
        }

        /** The candidate's own skill as written, or the sentence of their text that names the skill. */
        String skillQuote(String skill) {
            for (String own : profile.skills()) {
                String canonical = skills.canonical(own).orElse(own);
                if (canonical.equalsIgnoreCase(skill) && profile.text().contains(own)) {
                    return own;
                }
            }
            for (SkillMatch match : inText) {
                if (match.skill().equalsIgnoreCase(skill)) {
                    return sentenceAround(match.start(), match.end());
                }
            }
            return null;
        }

        String yearsQuote(int stated) {
            String written = stated + " years of experience";
            return profile.text().contains(written) ? written : null;
        }

        private String sentenceAround(int start, int end) {
            String text = profile.text();
            int from = start;
            while (from > 0 && ".!?;\n".indexOf(text.charAt(from - 1)) < 0 && start - from < 160) {
                from--;
            }
            int to = end;
            while (to < text.length() && ".!?;\n".indexOf(text.charAt(to)) < 0 && to - end < 160) {
                to++;
            }
            if (to < text.length() && text.charAt(to) != '\n') {
                to++;
            }
            return text.substring(from, to).strip();
        }
    }
}
