package dev.wecruit.intake.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.wecruit.intake.internal.CvLlmExtractor.LlmCv;
import dev.wecruit.intake.internal.CvLlmExtractor.LlmRole;
import dev.wecruit.intake.internal.CvLlmExtractor.LlmStudy;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.intake.parsing.ProposalSource;
import dev.wecruit.intake.parsing.SkillTaxonomy;
import dev.wecruit.intake.parsing.Study;
import dev.wecruit.intake.parsing.WorkRole;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges a language model's reading of a CV into the offline one, field by field. Every value of the model's is
 * first looked up in the CV's text and dropped when it is not there. Then:
 * <ul>
 *   <li>emails and phones: the offline parser's validated values come first; the model's add only new values that
 *       validate too;</li>
 *   <li>name, location, LinkedIn, current title and employer, work history, education: the model's grounded value
 *       where it has one, since it reads context better; the offline value otherwise;</li>
 *   <li>skills and languages: both, without duplicates, skills named as the taxonomy names them;</li>
 *   <li>years of experience: the offline count from dated roles, else a number the model found stated.</li>
 * </ul>
 */
final class CvFieldsMerge {

    private static final double LLM_CONFIDENCE = 0.85;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?$");

    private final String text;
    private final Grounding grounding;
    private final SkillTaxonomy skills;
    private final String defaultRegion;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    CvFieldsMerge(String text, SkillTaxonomy skills, String defaultRegion) {
        this.text = text;
        this.grounding = new Grounding(text);
        this.skills = skills;
        this.defaultRegion = defaultRegion;
    }

    CvFields merge(CvFields offline, LlmCv model) {
        return new CvFields(
                prefer(grounded(model.firstName()), offline.firstName()),
                prefer(grounded(model.lastName()), offline.lastName()),
                union(offline.emails(), groundedEmails(model.emails()), value -> value.toLowerCase(Locale.ROOT)),
                union(offline.phones(), groundedPhones(model.phones()), value -> value),
                prefer(grounded(model.location()), offline.location()),
                prefer(groundedLinkedIn(model.linkedinUrl()), offline.linkedinUrl()),
                offline.links(),
                prefer(grounded(model.currentTitle()), offline.currentTitle()),
                prefer(grounded(model.currentEmployer()), offline.currentEmployer()),
                preferList(groundedRoles(model.workHistory()), offline.workHistory()),
                preferList(groundedStudies(model.education()), offline.education()),
                union(offline.skills(), groundedSkills(model.skills()), value -> value.toLowerCase(Locale.ROOT)),
                offline.yearsOfExperience() != null ? offline.yearsOfExperience()
                        : groundedYears(model.yearsOfExperience()),
                union(offline.languages(), groundedList(model.languages()), value -> value.toLowerCase(Locale.ROOT)));
    }

    private Proposal<String> grounded(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return grounding.find(value).map(span -> llm(text.substring(span.start(), span.end()).strip(), span))
                .orElse(null);
    }

    private List<Proposal<String>> groundedList(List<String> values) {
        List<Proposal<String>> found = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            Optional.ofNullable(grounded(value)).ifPresent(found::add);
        }
        return found;
    }

    private List<Proposal<String>> groundedEmails(List<String> values) {
        return groundedList(values).stream().filter(email -> EMAIL.matcher(email.value()).matches())
                .map(email -> withValue(email, email.value().toLowerCase(Locale.ROOT))).toList();
    }

    private List<Proposal<String>> groundedPhones(List<String> values) {
        List<Proposal<String>> found = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                PhoneNumber number = phones.parse(value, defaultRegion);
                if (!phones.isValidNumber(number)) {
                    continue;
                }
                String national = String.valueOf(number.getNationalNumber());
                grounding.findPhone(value, national).ifPresent(span -> found.add(llm(
                        phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), span)));
            } catch (NumberParseException e) {
                // not a phone number: the model's mistake, dropped
            }
        }
        return found;
    }

    private Proposal<String> groundedLinkedIn(String value) {
        Proposal<String> found = grounded(value);
        if (found == null && value != null) {
            // the model may add the scheme the CV left out
            found = grounded(value.replaceFirst("^https?://(www\\.)?", ""));
        }
        if (found == null || !found.value().toLowerCase(Locale.ROOT).contains("linkedin.com/")) {
            return null;
        }
        String url = found.value().replaceFirst("^(https?://)?(www\\.)?", "https://www.").replaceAll("/+$", "");
        return withValue(found, url);
    }

    private List<Proposal<String>> groundedSkills(List<String> values) {
        return groundedList(values).stream()
                .map(skill -> withValue(skill, skills.canonical(skill.value()).orElse(skill.value()))).toList();
    }

    private Proposal<Integer> groundedYears(Integer years) {
        if (years == null || years <= 0 || years > 70) {
            return null;
        }
        Matcher stated = Pattern.compile("\\b" + years + "\\s*\\+?\\s*(years|yrs)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return stated.find() ? new Proposal<>(years, stated.start(), stated.end(), LLM_CONFIDENCE,
                ProposalSource.LLM) : null;
    }

    private List<Proposal<WorkRole>> groundedRoles(List<LlmRole> roles) {
        List<Proposal<WorkRole>> found = new ArrayList<>();
        for (LlmRole role : roles == null ? List.<LlmRole>of() : roles) {
            Proposal<String> title = grounded(role.title());
            Proposal<String> employer = grounded(role.employer());
            if (title == null || (role.employer() != null && !role.employer().isBlank() && employer == null)) {
                continue;
            }
            int start = employer == null ? title.start() : Math.min(title.start(), employer.start());
            int end = employer == null ? title.end() : Math.max(title.end(), employer.end());
            found.add(new Proposal<>(new WorkRole(title.value(), employer == null ? null : employer.value(),
                    month(role.from()), month(role.to()), null), start, end, LLM_CONFIDENCE, ProposalSource.LLM));
        }
        return found;
    }

    private List<Proposal<Study>> groundedStudies(List<LlmStudy> studies) {
        List<Proposal<Study>> found = new ArrayList<>();
        for (LlmStudy study : studies == null ? List.<LlmStudy>of() : studies) {
            Proposal<String> institution = grounded(study.institution());
            if (institution == null) {
                continue;
            }
            Proposal<String> qualification = grounded(study.qualification());
            found.add(new Proposal<>(new Study(institution.value(), qualification == null ? null
                    : qualification.value(), year(study.fromYear()), year(study.toYear())), institution.start(),
                    institution.end(), LLM_CONFIDENCE, ProposalSource.LLM));
        }
        return found;
    }

    /** A month the text holds: its year must be written in the CV, or the model made the date up. */
    private YearMonth month(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = MONTH.matcher(value.strip());
        if (!matcher.matches() || !text.contains(matcher.group(1))) {
            return null;
        }
        int month = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(matcher.group(1)), month) : null;
    }

    private Integer year(String value) {
        if (value == null || !value.strip().matches("\\d{4}") || !text.contains(value.strip())) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static Proposal<String> llm(String value, Grounding.Span span) {
        return new Proposal<>(value, span.start(), span.end(), LLM_CONFIDENCE, ProposalSource.LLM);
    }

    private static <T> Proposal<T> withValue(Proposal<?> proposal, T value) {
        return new Proposal<>(value, proposal.start(), proposal.end(), proposal.confidence(), proposal.source());
    }

    private static <T> Proposal<T> prefer(Proposal<T> model, Proposal<T> offline) {
        return model != null ? model : offline;
    }

    private static <T> List<Proposal<T>> preferList(List<Proposal<T>> model, List<Proposal<T>> offline) {
        return model.isEmpty() ? offline : model;
    }

    private static <T> List<Proposal<T>> union(List<Proposal<T>> first, List<Proposal<T>> then,
            Function<T, Object> key) {
        Map<Object, Proposal<T>> merged = new LinkedHashMap<>();
        first.forEach(proposal -> merged.putIfAbsent(key.apply(proposal.value()), proposal));
        then.forEach(proposal -> merged.putIfAbsent(key.apply(proposal.value()), proposal));
        return List.copyOf(merged.values());
    }
}
