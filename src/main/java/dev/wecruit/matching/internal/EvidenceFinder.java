package dev.wecruit.matching.internal;

import dev.wecruit.intake.parsing.SkillMatch;
import dev.wecruit.intake.parsing.SkillTaxonomy;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Requirement;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.matching.Coverage;
import dev.wecruit.matching.RequirementEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Beyond its list, a job asks to be done where it is (unless it is remote: the candidate's location names the
 * job's town) and at its level (the candidate's stated years, or their title's words); both are scored the same way
 * and shown with the listed requirements.
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

    /** Years of experience that fit each level, from and to. */
    private static final Map<Seniority, int[]> LEVEL_YEARS = Map.of(
            Seniority.INTERN, new int[] {0, 1}, Seniority.JUNIOR, new int[] {0, 3}, Seniority.MID, new int[] {2, 8},
            Seniority.SENIOR, new int[] {5, 40}, Seniority.LEAD, new int[] {8, 45},
            Seniority.EXECUTIVE, new int[] {12, 50});
    private static final Map<Seniority, String> LEVEL_NAMES = Map.of(Seniority.INTERN, "Intern",
            Seniority.JUNIOR, "Junior", Seniority.MID, "Mid", Seniority.SENIOR, "Senior", Seniority.LEAD, "Lead",
            Seniority.EXECUTIVE, "Executive");
    private static final Pattern SENIOR_TITLE = Pattern.compile(
            "(?i)\\b(senior|lead|head|principal|manager|director|chief|partner)\\b");
    private static final Pattern JUNIOR_TITLE = Pattern.compile(
            "(?i)\\b(junior|graduate|trainee|apprentice|intern|assistant)\\b");

    private final SkillTaxonomy skills;
    private final Analyzer english = new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    EvidenceFinder(SkillTaxonomy skills) {
        this.skills = skills;
    }

    /** A candidate's profile as the evidence reads it; title and location as on their record. */
    record Profile(List<String> skills, Integer yearsOfExperience, String text, String title, String location) {
    }

    /**
     * What a job asks beyond its listed requirements: where the work is (unless remote) and its level.
     *
     * @param place the job's town or city, the first part of its location; null when remote or not set
     */
    record JobFit(String place, Seniority seniority) {

        static JobFit of(JobDetails job) {
            String place = job.remotePolicy() == RemotePolicy.REMOTE || job.location() == null
                    || job.location().isBlank() ? null : job.location().split(",")[0].strip();
            return new JobFit(place, job.seniority());
        }

        static JobFit none() {
            return new JobFit(null, null);
        }
    }

    List<RequirementEvidence> assess(List<Requirement> requirements, JobFit fit, Profile profile) {
        Reading reading = read(profile);
        List<RequirementEvidence> found = new ArrayList<>(requirements.stream()
                .map(requirement -> assess(requirement, profile, reading)).toList());
        if (fit.place() != null) {
            found.add(place(fit.place(), profile));
        }
        if (fit.seniority() != null) {
            level(fit.seniority(), profile).ifPresent(found::add);
        }
        return found;
    }

    /** The candidate lives where the job is: their location names the job's town. */
    private static RequirementEvidence place(String place, Profile profile) {
        var requirement = Requirement.mustHave("Based in " + place);
        String location = profile.location();
        boolean there = location != null && Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(place)
                + "(?![\\p{L}])").matcher(location).find();
        return new RequirementEvidence(requirement, there ? Coverage.MET : Coverage.MISSING,
                there ? location : null);
    }

    /**
     * The job's level against the candidate's stated years, or their title's words when no years are stated;
     * nothing when neither says anything.
     */
    private static Optional<RequirementEvidence> level(Seniority seniority, Profile profile) {
        var requirement = Requirement.mustHave(LEVEL_NAMES.get(seniority) + " level");
        Integer years = profile.yearsOfExperience();
        if (years != null) {
            int[] band = LEVEL_YEARS.get(seniority);
            Coverage coverage = years >= band[0] && years <= band[1] ? Coverage.MET
                    : years >= band[0] - 2 && years <= band[1] + 4 ? Coverage.PARTIAL : Coverage.MISSING;
            return Optional.of(new RequirementEvidence(requirement, coverage,
                    coverage == Coverage.MISSING ? null : years + " years of experience"));
        }
        String title = profile.title() == null ? "" : profile.title();
        if (SENIOR_TITLE.matcher(title).find()) {
            boolean senior = seniority.compareTo(Seniority.SENIOR) >= 0;
            return Optional.of(new RequirementEvidence(requirement, senior ? Coverage.MET : Coverage.PARTIAL,
                    title));
        }
        if (JUNIOR_TITLE.matcher(title).find()) {
            boolean junior = seniority.compareTo(Seniority.JUNIOR) <= 0;
            return Optional.of(new RequirementEvidence(requirement, junior ? Coverage.MET : Coverage.MISSING,
                    junior ? title : null));
        }
        return Optional.empty();
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
