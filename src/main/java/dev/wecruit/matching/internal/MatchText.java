package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What matching reads of a candidate or a job, in chunks an embedding model takes whole: a candidate's headline
 * and skills, each role, their education, then their CV text in paragraphs, with no contact details and no
 * protected attributes ({@link Redaction}); a job's title and requirements, then its description. Location is left
 * out of the text: it is a filter, not a likeness.
 *
 * @param chunks at most {@link #MAX_CHUNKS}, each at most {@link #MAX_CHUNK_WORDS} words
 */
record MatchText(List<String> chunks) {

    /** Words per chunk: all-MiniLM-L6-v2 reads 126 word pieces, bge-small 510; about 1.3 pieces a word. */
    static final int MAX_CHUNK_WORDS = 90;

    /** Chunks per candidate: the headline, recent roles and the CV's first paragraphs carry the match. */
    static final int MAX_CHUNKS = 12;

    /** The whole text, chunk after chunk: what the lexical index and the evidence read. */
    String text() {
        return String.join("\n\n", chunks);
    }

    static MatchText of(CandidateDetails candidate, String cvText) {
        List<String> parts = new ArrayList<>();
        String headline = Stream.of(candidate.currentTitle(),
                        candidate.currentCompany() == null ? null : "at " + candidate.currentCompany())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String years = candidate.yearsOfExperience() == null ? ""
                : candidate.yearsOfExperience() + " years of experience.";
        String skills = candidate.skills().isEmpty() ? "" : "Skills: " + String.join(", ", candidate.skills()) + ".";
        parts.add(sentence(headline) + " " + years + " " + skills);
        for (WorkExperience role : candidate.workHistory()) {
            String when = role.startYear() == null ? ""
                    : role.startYear() + (role.endYear() == null ? " to now" : " to " + role.endYear());
            parts.add(sentence(Stream.of(role.title(), role.company(), when).filter(part -> part != null
                    && !part.isBlank()).collect(Collectors.joining(", "))) + " " + Objects.requireNonNullElse(
                    role.summary(), ""));
        }
        String studies = candidate.education().stream().map(MatchText::study).filter(study -> !study.isBlank())
                .collect(Collectors.joining("; "));
        if (!studies.isBlank()) {
            parts.add("Education: " + studies + ".");
        }
        var person = new Redaction.Person(List.of(candidate.firstName() + " " + candidate.lastName()),
                candidate.emails(), candidate.phones(), candidate.address(), candidate.linkedinUrl());
        List<String> redacted = new ArrayList<>();
        for (String part : parts) {
            redacted.add(Redaction.redact(part, person));
        }
        redacted.addAll(paragraphs(Redaction.redact(cvText, person)));
        return new MatchText(chunked(redacted));
    }

    static MatchText of(JobDetails job) {
        List<String> parts = new ArrayList<>();
        String requirements = job.requirements().stream().map(Requirement::text).collect(Collectors.joining(", "));
        parts.add(sentence(job.title()) + (requirements.isEmpty() ? "" : " Requirements: " + requirements + "."));
        parts.addAll(paragraphs(job.description()));
        return new MatchText(chunked(parts));
    }

    private static String study(Education education) {
        return Stream.of(education.qualification(), education.institution()).filter(part -> part != null
                && !part.isBlank()).collect(Collectors.joining(", "));
    }

    private static String sentence(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() || stripped.endsWith(".") ? stripped : stripped + ".";
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(text.split("\\n\\s*\\n|\\n(?=\\p{Lu}[\\p{L} &]{2,40}\\n)"))
                .map(paragraph -> paragraph.replaceAll("\\s+", " ").strip())
                .filter(paragraph -> !paragraph.isEmpty()).toList();
    }

    /** Packs parts into chunks: a long part is split at sentence ends, short neighbours are joined. */
    private static List<String> chunked(List<String> parts) {
        List<String> chunks = new ArrayList<>();
        var current = new StringBuilder();
        int words = 0;
        for (String part : parts) {
            for (String piece : pieces(part.strip())) {
                int pieceWords = wordCount(piece);
                if (pieceWords == 0) {
                    continue;
                }
                if (words > 0 && words + pieceWords > MAX_CHUNK_WORDS) {
                    chunks.add(current.toString());
                    current.setLength(0);
                    words = 0;
                }
                current.append(current.isEmpty() ? "" : " ").append(piece);
                words += pieceWords;
            }
            if (words > MAX_CHUNK_WORDS / 3) {
                chunks.add(current.toString());
                current.setLength(0);
                words = 0;
            }
        }
        if (words > 0) {
            chunks.add(current.toString());
        }
        return chunks.size() > MAX_CHUNKS ? List.copyOf(chunks.subList(0, MAX_CHUNKS)) : List.copyOf(chunks);
    }

    /** A part cut at sentence ends into pieces of at most the chunk size (a sentence longer than that is cut). */
    private static List<String> pieces(String part) {
        if (wordCount(part) <= MAX_CHUNK_WORDS) {
            return List.of(part);
        }
        List<String> pieces = new ArrayList<>();
        var piece = new StringBuilder();
        int words = 0;
        for (String word : part.split("\\s+")) {
            piece.append(piece.isEmpty() ? "" : " ").append(word);
            words++;
            boolean sentenceEnd = word.endsWith(".") || word.endsWith(";") || word.endsWith("!") || word.endsWith("?");
            if (words >= MAX_CHUNK_WORDS || (sentenceEnd && words >= MAX_CHUNK_WORDS * 2 / 3)) {
                pieces.add(piece.toString());
                piece.setLength(0);
                words = 0;
            }
        }
        if (words > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
