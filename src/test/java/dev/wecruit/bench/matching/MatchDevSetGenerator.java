package dev.wecruit.bench.matching;

import dev.wecruit.bench.matching.MatchDevSetCatalogue.Alias;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Catalogue;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.City;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Concept;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Job;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Kind;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Level;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Occupation;
import dev.wecruit.bench.matching.MatchDevSetCatalogue.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generates the candidate-to-job matching development set in {@code src/test/resources/match-devset}: jobs, a pool
 * of about a thousand synthetic candidates with full plain-text CVs, graded relevance judgements ({@code qrels.tsv})
 * and a README with the rubric and the distribution.
 *
 * <p>Every candidate starts as a hidden {@link Truth} (occupation, specialism, level, home city, years and the
 * concepts they really hold) and is then written up the way people write: title synonyms, skill aliases, skills
 * shown only in the prose of a role, sparse and long CVs. Grades are computed from the truth alone by the rubric in
 * {@link #grade}, never from the words on the page, so keyword-stuffed distractors score 0 however many of a job's
 * words they use. Plain JDK, no dependencies; deterministic for the fixed seed. From the repository root:
 *
 * <pre>
 * java src/test/java/dev/wecruit/bench/matching/MatchDevSetGenerator.java src/test/resources/match-devset
 * </pre>
 *
 * (JDK 22+ source launcher), or {@code javac --release 21 -d /tmp/match-devset} on both files and
 * {@code java -cp /tmp/match-devset dev.wecruit.bench.matching.MatchDevSetGenerator src/test/resources/match-devset}.
 */
public final class MatchDevSetGenerator {

    private static final long SEED = 20_260_412L;
    private static final int THIS_YEAR = 2026;

    /** Candidates generated around each job, by how they relate to it; the grades are computed independently. */
    private static final int EXACT = 7;
    private static final int ONE_OFF = 7;
    private static final int TWO_OFF = 4;
    private static final int SAME_OCCUPATION = 10;
    private static final int ADJACENT = 6;
    private static final int ADJACENT_WITH_TRANSFER = 4;
    private static final int DECOYS = 4;
    private static final int RANDOM_JUDGED = 15;

    private static final int[][] YEARS = {{1, 2}, {3, 6}, {6, 11}, {10, 20}}; // by Level ordinal
    private static final int[] SPECIALISM_SHARE = {35, 55, 65, 70}; // % of the specialism's concepts, by level
    private static final List<String> LANGUAGES = List.of("german", "french", "spanish", "welsh");
    private static final List<String> GENERIC_PROSE = List.of("Used {a} every day", "Built up hands-on {a} experience",
            "Relied on {a} throughout the role");

    enum Origin { EXACT, ONE_OFF, TWO_OFF, SAME_OCCUPATION, ADJACENT, KEYWORD_DECOY }

    enum Perturbation { MISSING_MUST_HAVE, SENIORITY, LOCATION, SPECIALISM }

    enum CvStyle { CLASSIC, SKILLS_FIRST, EDUCATION_FIRST, NARRATIVE, SPARSE, DETAILED }

    /** The hidden ground truth of a candidate, never written out: grades are computed from it alone. */
    record Truth(Occupation occupation, String specialism, Level level, City city, int years, Set<String> concepts,
            List<String> decoyConcepts, Job aimedAt, Origin origin) {}

    record Role(String title, String company, int startYear, Integer endYear, List<String> sentences) {}

    record Study(String institution, String qualification, int endYear) {}

    record Candidate(String id, Truth truth, CvStyle style, Map<String, Object> json) {}

    private final Catalogue catalogue;
    private final Random random = new Random(SEED);
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedEmails = new LinkedHashSet<>();

    private MatchDevSetGenerator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/match-devset");
        Files.createDirectories(out);
        MatchDevSetGenerator generator = new MatchDevSetGenerator(MatchDevSetCatalogue.load());
        List<Truth> truths = generator.plan();
        Collections.shuffle(truths, generator.random); // ids must not reveal which job a candidate was made for
        List<Candidate> candidates = new ArrayList<>();
        for (Truth truth : truths) {
            candidates.add(generator.render(candidates.size() + 1, truth));
        }
        Map<Job, Map<String, Integer>> qrels = generator.judge(candidates);
        generator.check(candidates, qrels);
        List<Job> jobs = generator.catalogue.jobs();
        Files.writeString(out.resolve("jobs.jsonl"), jobs.stream().map(job -> json(jobJson(job)) + "\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("candidates.jsonl"), candidates.stream().map(c -> json(c.json()) + "\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        StringBuilder tsv = new StringBuilder("job_id\tcandidate_id\tgrade\n");
        qrels.forEach((job, grades) -> grades.forEach((id, grade) ->
                tsv.append(job.id()).append('\t').append(id).append('\t').append(grade).append('\n')));
        Files.writeString(out.resolve("qrels.tsv"), tsv.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("README.md"), generator.readme(candidates, qrels), StandardCharsets.UTF_8);
        System.out.print(stats(candidates, qrels));
        System.out.println("wrote jobs.jsonl, candidates.jsonl, qrels.tsv and README.md to " + out);
    }

    // ---- the relevance rubric ----

    /**
     * The grade of a candidate for a job, from the hidden truth only. Same occupation: 3 minus one step for each of
     * a wrong specialism, missing must-haves (one step for one, two for more), experience (one step for a level one
     * off or too few years, two for two or more levels off) and a home outside the commuting area of a job that is
     * not remote; never below 1. Adjacent occupation holding at least one of the job's required or wanted concepts:
     * 1. Anything else: 0.
     */
    int grade(Job job, Truth truth) {
        if (truth.occupation() == job.occupation()) {
            int steps = 0;
            if (job.specialism() != null && !job.specialism().equals(truth.specialism())) {
                steps++;
            }
            long missing = job.requirements().stream().filter(Requirement::mustHave)
                    .filter(r -> r.concept() != null && !holds(truth, r.concept())).count();
            steps += (int) Math.min(2, missing);
            int levelGap = job.seniority() == null ? 0 : Math.abs(job.seniority().ordinal() - truth.level().ordinal());
            steps += Math.min(2, Math.max(levelGap, truth.years() < job.minYears() ? 1 : 0));
            if (!livesInReach(job, truth.city())) {
                steps++;
            }
            return Math.max(1, 3 - steps);
        }
        boolean transferable = job.requirements().stream()
                .anyMatch(r -> r.concept() != null && holds(truth, r.concept()));
        return job.occupation().adjacent().contains(truth.occupation().key()) && transferable ? 1 : 0;
    }

    boolean holds(Truth truth, String concept) {
        return truth.concepts().contains(concept) || truth.concepts().stream()
                .anyMatch(held -> catalogue.concepts().get(held).implies().contains(concept));
    }

    static boolean livesInReach(Job job, City city) {
        return job.remote().equals("REMOTE") || job.city().cluster().equals(city.cluster());
    }

    /** Per job: every candidate of its own or an adjacent occupation, those made to look like it, and a sample. */
    Map<Job, Map<String, Integer>> judge(List<Candidate> candidates) {
        Map<Job, Map<String, Integer>> qrels = new LinkedHashMap<>();
        for (Job job : catalogue.jobs()) {
            Map<String, Integer> grades = new TreeMap<>();
            List<Candidate> others = new ArrayList<>();
            for (Candidate candidate : candidates) {
                Truth truth = candidate.truth();
                if (truth.occupation() == job.occupation() || truth.aimedAt() == job
                        || job.occupation().adjacent().contains(truth.occupation().key())) {
                    grades.put(candidate.id(), grade(job, truth));
                } else {
                    others.add(candidate);
                }
            }
            Collections.shuffle(others, random);
            others.stream().limit(RANDOM_JUDGED).forEach(c -> grades.put(c.id(), grade(job, c.truth())));
            qrels.put(job, grades);
        }
        return qrels;
    }

    // ---- planning the hidden truths ----

    List<Truth> plan() {
        List<Truth> truths = new ArrayList<>();
        for (Job job : catalogue.jobs()) {
            List<Perturbation> kinds = perturbationsFor(job);
            for (int i = 0; i < EXACT; i++) {
                truths.add(sameOccupation(job, Origin.EXACT, Set.of()));
            }
            for (int i = 0; i < ONE_OFF; i++) {
                truths.add(sameOccupation(job, Origin.ONE_OFF, Set.of(kinds.get(i % kinds.size()))));
            }
            for (int i = 0; i < TWO_OFF; i++) {
                truths.add(sameOccupation(job, Origin.TWO_OFF,
                        EnumSet.of(kinds.get(i % kinds.size()), kinds.get((i + 1) % kinds.size()))));
            }
            for (int i = 0; i < SAME_OCCUPATION; i++) {
                Occupation occupation = job.occupation();
                String specialism = pick(occupation.specialismNames());
                Level level = pick(List.of(Level.values()));
                City city = job.city() != null && random.nextBoolean() ? cityIn(job.city().cluster()) : anyCity();
                truths.add(truth(occupation, specialism, level, city, job, Origin.SAME_OCCUPATION));
            }
            List<String> adjacent = job.occupation().adjacent();
            for (int i = 0; i < ADJACENT; i++) {
                Occupation occupation = catalogue.occupations().get(adjacent.get(i % adjacent.size()));
                Level level = job.seniority() != null ? job.seniority() : pick(List.of(Level.MID, Level.SENIOR));
                City city = job.city() != null && random.nextInt(10) < 6 ? cityIn(job.city().cluster()) : anyCity();
                Truth truth = truth(occupation, pick(occupation.specialismNames()), level, city, job, Origin.ADJACENT);
                List<String> shared = job.requirements().stream().map(Requirement::concept)
                        .filter(key -> key != null && occupation.allConcepts().contains(key)).toList();
                if (i < ADJACENT_WITH_TRANSFER && !shared.isEmpty()) {
                    truth.concepts().add(pick(shared));
                }
                truths.add(truth);
            }
            List<Occupation> backgrounds = catalogue.occupations().values().stream()
                    .filter(o -> o.decoysFor(job.occupation())).toList();
            for (int i = 0; i < DECOYS; i++) {
                truths.add(decoy(job, backgrounds.get(i % backgrounds.size())));
            }
        }
        return truths;
    }

    private List<Perturbation> perturbationsFor(Job job) {
        List<Perturbation> kinds = new ArrayList<>(List.of(Perturbation.MISSING_MUST_HAVE));
        if (job.seniority() != null) {
            kinds.add(Perturbation.SENIORITY);
        }
        if (!job.remote().equals("REMOTE")) {
            kinds.add(Perturbation.LOCATION);
        }
        if (job.specialism() != null) {
            kinds.add(Perturbation.SPECIALISM);
        }
        return kinds;
    }

    /** A candidate of the job's occupation who fits it, apart from the given perturbations. */
    private Truth sameOccupation(Job job, Origin origin, Set<Perturbation> perturbations) {
        Occupation occupation = job.occupation();
        String specialism = job.specialism();
        if (perturbations.contains(Perturbation.SPECIALISM)) {
            specialism = pick(occupation.specialismNames().stream().filter(s -> !s.equals(job.specialism())).toList());
        } else if (specialism == null) {
            specialism = pick(occupation.specialismNames());
        }
        Level level = job.seniority() != null ? job.seniority() : pick(List.of(Level.values()).stream()
                .filter(l -> YEARS[l.ordinal()][1] >= job.minYears()).toList());
        if (perturbations.contains(Perturbation.SENIORITY)) {
            level = level == Level.JUNIOR ? Level.MID : level == Level.LEAD ? Level.SENIOR
                    : Level.values()[level.ordinal() + (random.nextBoolean() ? 1 : -1)];
        }
        City city = job.city() == null ? anyCity() : cityIn(job.city().cluster());
        if (perturbations.contains(Perturbation.LOCATION)) {
            List<City> away = catalogue.cities().stream().filter(c -> !c.cluster().equals(job.city().cluster()))
                    .toList();
            city = pick(away);
        }
        Truth truth = truth(occupation, specialism, level, city, job, origin);
        int years = perturbations.contains(Perturbation.SENIORITY) ? truth.years()
                : Math.max(truth.years(), job.minYears());
        Set<String> concepts = truth.concepts();
        Set<String> ownPool = new LinkedHashSet<>(occupation.core());
        ownPool.addAll(occupation.specialismConcepts(specialism));
        ownPool.addAll(occupation.pool());
        boolean ownWork = !perturbations.contains(Perturbation.SPECIALISM);
        for (Requirement requirement : job.requirements()) {
            String key = requirement.concept();
            if (key != null && (ownWork || ownPool.contains(key)) && (requirement.mustHave() || random.nextBoolean())) {
                concepts.add(key);
            }
        }
        if (perturbations.contains(Perturbation.MISSING_MUST_HAVE)) {
            String dropped = pick(job.requirements().stream().filter(r -> r.mustHave() && r.concept() != null)
                    .map(Requirement::concept).toList());
            concepts.remove(dropped);
            concepts.removeIf(held -> catalogue.concepts().get(held).implies().contains(dropped));
        }
        return new Truth(occupation, specialism, level, city, years, concepts, List.of(), job, origin);
    }

    /** Someone from an unrelated background whose CV names several of the job's skills without having them. */
    private Truth decoy(Job job, Occupation occupation) {
        City city = job.city() != null && random.nextBoolean() ? cityIn(job.city().cluster()) : anyCity();
        Truth base = truth(occupation, null, pick(List.of(Level.MID, Level.SENIOR)), city, job, Origin.KEYWORD_DECOY);
        List<String> words = new ArrayList<>(job.requirements().stream().map(Requirement::concept)
                .filter(key -> key != null && catalogue.concepts().get(key).kind() == Kind.SKILL)
                .filter(key -> !occupation.allConcepts().contains(key) && !isGeneric(key)).toList());
        Collections.shuffle(words, random);
        List<String> stuffed = List.copyOf(words.subList(0, Math.min(words.size(), 2 + random.nextInt(2))));
        return new Truth(occupation, null, base.level(), city, base.years(), base.concepts(), stuffed, job,
                Origin.KEYWORD_DECOY);
    }

    /** A concept four or more occupations use (Excel, team leadership): too common to be a borrowed keyword. */
    private boolean isGeneric(String concept) {
        return catalogue.occupations().values().stream().filter(o -> o.allConcepts().contains(concept)).count() >= 4;
    }

    /** A truth with concepts drawn from the occupation's pools the way careers really accumulate them. */
    private Truth truth(Occupation occupation, String specialism, Level level, City city, Job job, Origin origin) {
        int[] range = YEARS[level.ordinal()];
        int years = range[0] + random.nextInt(range[1] - range[0] + 1);
        Set<String> concepts = new LinkedHashSet<>();
        occupation.core().stream().filter(key -> random.nextInt(100) < 92).forEach(concepts::add);
        List<String> own = occupation.specialismConcepts(specialism);
        int share = SPECIALISM_SHARE[level.ordinal()];
        own.stream().filter(key -> random.nextInt(100) < share).forEach(concepts::add);
        while (concepts.stream().filter(own::contains).count() < Math.min(level == Level.JUNIOR ? 2 : 3, own.size())) {
            concepts.add(pick(own));
        }
        occupation.pool().stream().filter(key -> random.nextInt(100) < 25).forEach(concepts::add);
        if (level == Level.JUNIOR) {
            occupation.seniorOnly().forEach(concepts::remove);
        }
        int leadChance = switch (level) {
            case LEAD -> 85;
            case SENIOR -> 50;
            default -> 0;
        };
        if (random.nextInt(100) < leadChance) {
            concepts.add("team-lead");
        } else if (level == Level.JUNIOR) {
            concepts.remove("team-lead");
        }
        if (random.nextInt(100) < 7) {
            concepts.add(pick(LANGUAGES));
        }
        return new Truth(occupation, specialism, level, city, years, concepts, List.of(), job, origin);
    }

    // ---- writing a candidate up ----

    private Candidate render(int number, Truth truth) {
        String first;
        String last;
        do {
            first = pick(catalogue.firstNames());
            last = pick(catalogue.lastNames());
        } while (!usedNames.add(first + " " + last));
        String email = email(first, last);
        String phone = number <= 1000 ? "+44 7700 900%03d".formatted(number - 1)
                : "+44 20 7946 0%03d".formatted(number - 1001);
        String handle = slug(first) + "-" + slug(last) + "-" + Integer.toHexString(0x1000 + number * 37 % 0xefff);
        String linkedin = "https://www.linkedin.com/in/" + handle;
        City city = truth.city();
        String address = "%d %s %s, %s %s%d %d%s".formatted(1 + random.nextInt(180), pick(catalogue.streetStems()),
                pick(catalogue.streetKinds()), city.name(), city.postcodeArea(), 1 + random.nextInt(20),
                random.nextInt(10), postcodeLetters());
        CvStyle style = pickWeighted(CvStyle.values(), 22, 16, 8, 18, 18, 18);

        List<Role> roles = roles(truth, style);
        List<String> skills = new ArrayList<>();
        List<Study> education = new ArrayList<>();
        int careerStart = roles.get(0).startYear();
        placeConcepts(truth, style, roles, skills, education, city, careerStart);
        if (random.nextInt(3) == 0) {
            skills.add(pick(catalogue.softSkills()));
        }
        Collections.shuffle(skills, random);
        List<String> degrees = truth.occupation().degrees();
        if (!degrees.isEmpty() && random.nextInt(10) < (style == CvStyle.SPARSE ? 5 : 8)) {
            Alias degree = alias(pick(degrees));
            education.add(new Study(institution(degree, city), degree.text(), careerStart - random.nextInt(2)));
        }
        education.sort((a, b) -> Integer.compare(b.endYear(), a.endYear()));
        Collections.reverse(roles); // newest first from here on

        Role current = roles.get(0);
        String id = "cand-%04d".formatted(number);
        String cvText = new CvText(truth, style, first + " " + last, email, phone, address, linkedin, handle,
                roles, skills, education).render();
        return new Candidate(id, truth, style, object("id", id, "firstName", first, "lastName", last,
                "email", email, "phone", phone, "linkedinUrl", linkedin, "address", address,
                "location", city.location(), "currentTitle", current.title(), "currentCompany", current.company(),
                "skills", skills, "yearsOfExperience", truth.years(),
                "workHistory", roles.stream().map(role -> object("title", role.title(), "company", role.company(),
                        "startYear", role.startYear(), "endYear", role.endYear(),
                        "summary", String.join(" ", role.sentences()))).toList(),
                "education", education.stream().map(study -> object("institution", study.institution(),
                        "qualification", study.qualification(), "endYear", study.endYear())).toList(),
                "cvText", cvText));
    }

    /** One to four roles covering the candidate's years, oldest first, stepping up to their present level. */
    private List<Role> roles(Truth truth, CvStyle style) {
        int count = style == CvStyle.SPARSE ? (truth.years() > 3 ? 2 : 1)
                : Math.min(4, 1 + truth.years() / 4 + random.nextInt(2));
        count = Math.max(1, Math.min(count, truth.years()));
        int start = THIS_YEAR - truth.years();
        List<Integer> cuts = new ArrayList<>();
        for (int year = start + 1; year < THIS_YEAR; year++) {
            cuts.add(year);
        }
        Collections.shuffle(cuts, random);
        List<Integer> bounds = new ArrayList<>(cuts.subList(0, count - 1));
        bounds.add(start);
        Collections.sort(bounds);
        List<String> employers = new ArrayList<>(truth.occupation().employersFor(truth.specialism()));
        Collections.shuffle(employers, random);
        int[] levels = new int[count];
        levels[count - 1] = truth.level().ordinal();
        for (int i = count - 2; i >= 0; i--) {
            levels[i] = Math.max(0, levels[i + 1] - (random.nextInt(10) < 6 ? 1 : 0));
        }
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = pick(truth.occupation().titlesFor(Level.values()[levels[i]], truth.specialism()));
            roles.add(new Role(title, employers.get(i % employers.size()), bounds.get(i),
                    i == count - 1 ? null : bounds.get(i + 1), new ArrayList<>()));
        }
        return roles;
    }

    /**
     * Shows every held concept somewhere: in the skills list, only in the prose of a role, or both (qualifications
     * may be education entries); a sparse CV lists them all. Decoys get their borrowed keywords the same ways.
     */
    private void placeConcepts(Truth truth, CvStyle style, List<Role> roles, List<String> skills,
            List<Study> education, City city, int careerStart) {
        Map<String, String> prose = new LinkedHashMap<>(); // sentence -> the concept it shows
        for (String key : truth.concepts()) {
            Concept concept = catalogue.concepts().get(key);
            Alias alias = pick(concept.aliases());
            if (alias.institution() != null) {
                int year = truth.occupation().core().contains(key) ? careerStart
                        : Math.min(THIS_YEAR - 1, careerStart + random.nextInt(Math.max(1, truth.years())));
                education.add(new Study(institution(alias, city), alias.text(), year));
                List<Alias> plain = concept.aliases().stream().filter(a -> a.institution() == null).toList();
                if (!plain.isEmpty() && random.nextInt(10) < 3) {
                    skills.add(pick(plain).text());
                }
                continue;
            }
            int channel = style == CvStyle.SPARSE ? 0 : random.nextInt(100);
            if (channel < 45 || channel >= 75) {
                skills.add(alias.text());
            }
            if (channel >= 45) {
                prose.put(sentence(concept, pick(concept.prose().isEmpty() ? GENERIC_PROSE : concept.prose())), key);
            }
        }
        List<String> decoys = new ArrayList<>();
        List<String> templates = new ArrayList<>(truth.occupation().decoys());
        Collections.shuffle(templates, random);
        for (int i = 0; i < truth.decoyConcepts().size() && i < 2; i++) {
            decoys.add(decoySentence(templates.get(i), truth));
        }
        truth.decoyConcepts().stream().limit(2).forEach(key -> skills.add(
                pick(catalogue.concepts().get(key).aliases()).text()));
        int next = roles.size() - 1;
        for (String sentence : decoys) {
            roles.get(next).sentences().add(sentence);
            next = Math.max(0, next - 1);
        }
        // The newest role fills up first, then older ones; what does not fit goes to the skills list.
        prose.forEach((sentence, key) -> {
            Role role = null;
            for (int i = roles.size() - 1; i >= 0 && role == null; i--) {
                role = roles.get(i).sentences().size() < 3 ? roles.get(i) : null;
            }
            if (role == null) {
                skills.add(pick(catalogue.concepts().get(key).aliases().stream()
                        .filter(a -> a.institution() == null).toList()).text());
            } else {
                role.sentences().add(sentence);
            }
        });
        List<String> duties = new ArrayList<>(truth.occupation().duties());
        Collections.shuffle(duties, random);
        List<String> general = new ArrayList<>(catalogue.duties());
        Collections.shuffle(general, random);
        duties.addAll(general); // the occupation's own duties first, none used twice in one CV
        for (Role role : roles) {
            int wanted = role.sentences().isEmpty() ? 1 + random.nextInt(2)
                    : role.sentences().size() == 1 && random.nextBoolean() ? 1 : 0;
            for (int i = 0; i < wanted; i++) {
                if (duties.isEmpty()) {
                    duties.addAll(general);
                }
                role.sentences().add(fill(duties.remove(0)) + ".");
            }
            if (style == CvStyle.NARRATIVE) {
                role.sentences().set(0, "I " + Character.toLowerCase(role.sentences().get(0).charAt(0))
                        + role.sentences().get(0).substring(1));
            }
        }
    }

    private String sentence(Concept concept, String template) {
        return fill(template.replace("{a}", pick(concept.aliases().stream()
                .filter(a -> a.institution() == null).map(Alias::text).toList()))) + ".";
    }

    private String decoySentence(String template, Truth truth) {
        List<String> keys = truth.decoyConcepts();
        Function<String, String> word = key -> pick(catalogue.concepts().get(key).aliases()).text();
        String noun = truth.aimedAt().occupation().noun();
        return fill(template.replace("{a}", word.apply(keys.get(0)))
                .replace("{b}", word.apply(keys.get(keys.size() > 1 ? 1 : 0)))
                .replace("{nouns}", noun + "s").replace("{noun}", noun)) + ".";
    }

    private static final Pattern NUMBER = Pattern.compile("#\\{(\\d+)-(\\d+)}");

    /** Replaces {@code #{a-b}} with a number drawn from a to b. */
    private String fill(String template) {
        Matcher matcher = NUMBER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int low = Integer.parseInt(matcher.group(1));
            int high = Integer.parseInt(matcher.group(2));
            matcher.appendReplacement(out, String.valueOf(low + random.nextInt(high - low + 1)));
        }
        return matcher.appendTail(out).toString();
    }

    /**
     * The plain-text CV: name and contact lines first, then the sections in the order the style uses, with
     * headings, date formats and list separators drawn per CV.
     */
    private final class CvText {
        private final Truth truth;
        private final CvStyle style;
        private final List<String> header = new ArrayList<>();
        private final List<Role> roles;
        private final List<String> skills;
        private final List<Study> education;

        CvText(Truth truth, CvStyle style, String name, String email, String phone, String address,
                String linkedin, String handle, List<Role> roles, List<String> skills, List<Study> education) {
            this.truth = truth;
            this.style = style;
            this.roles = roles;
            this.skills = skills;
            this.education = education;
            header.add(random.nextInt(6) == 0 ? name.toUpperCase(Locale.ROOT) : name);
            String printedPhone = switch (random.nextInt(3)) {
                case 0 -> "0" + phone.substring(4);
                case 1 -> phone;
                default -> "+44 (0)" + phone.substring(4);
            };
            String printedLinkedin = pick(List.of(linkedin, "linkedin.com/in/" + handle,
                    "www.linkedin.com/in/" + handle));
            switch (random.nextInt(3)) {
                case 0 -> header.addAll(List.of(email, printedPhone, address, printedLinkedin));
                case 1 -> header.addAll(List.of(email + " | " + printedPhone, address, printedLinkedin));
                default -> header.addAll(List.of("Email: " + email, "Phone: " + printedPhone,
                        "Address: " + address, "LinkedIn: " + printedLinkedin));
            }
        }

        String render() {
            Role current = roles.get(0);
            if (style == CvStyle.SPARSE) {
                List<String> lines = new ArrayList<>(header);
                lines.add(current.title() + " | " + (truth.years() == 1 ? "1 year's" : truth.years() + " years'")
                        + " experience");
                lines.add("Current: " + current.title() + ", " + current.company() + " (since "
                        + current.startYear() + ")");
                roles.stream().skip(1).forEach(role -> lines.add("Previous: " + role.title() + ", " + role.company()
                        + " (" + role.startYear() + "-" + role.endYear() + ")"));
                lines.add("Skills: " + String.join(", ", skills));
                education.stream().limit(1).forEach(study -> lines.add("Education: " + study.qualification() + ", "
                        + study.institution()));
                return String.join("\n", lines) + "\n";
            }
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> order = switch (style) {
                case SKILLS_FIRST -> List.of("profile", "skills", "experience", "education");
                case EDUCATION_FIRST -> List.of("profile", "education", "experience", "skills");
                case NARRATIVE -> List.of("profile", "experience", "education", "skills");
                default -> List.of("profile", "experience", "skills", "education");
            };
            boolean capitals = random.nextBoolean();
            for (String section : order) {
                List<String> lines = switch (section) {
                    case "profile" -> List.of(profile());
                    case "experience" -> experience();
                    case "skills" -> skills.isEmpty() ? List.of() : List.of(skillLine());
                    default -> education.stream().map(this::studyLine).toList();
                };
                if (!lines.isEmpty()) {
                    String heading = heading(section);
                    sections.put(capitals ? heading.toUpperCase(Locale.ROOT) : heading, lines);
                }
            }
            List<String> body = new ArrayList<>();
            if (style == CvStyle.CLASSIC || style == CvStyle.DETAILED) {
                body.add(current.title());
            }
            sections.forEach((heading, lines) -> {
                body.add("");
                body.add(heading);
                body.addAll(lines);
            });
            if (style == CvStyle.DETAILED) {
                body.add("");
                body.add("References available on request.");
            }
            if (header.size() + body.size() > 25) {
                body.removeIf(String::isEmpty);
            }
            List<String> lines = new ArrayList<>(header);
            lines.addAll(body);
            return String.join("\n", lines) + "\n";
        }

        private String profile() {
            List<String> templates = new ArrayList<>(catalogue.summaries());
            templates.addAll(truth.occupation().summaries());
            boolean firstPerson = style == CvStyle.NARRATIVE;
            String template = pick(templates.stream().filter(t -> t.startsWith("I ") == firstPerson).toList());
            String noun = truth.occupation().noun();
            return template.replace("{Noun}", Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
                    .replace("{a noun}", (noun.matches("^([AEIOUaeiou]|HR ).*") ? "an " : "a ") + noun)
                    .replace("{noun}", noun).replace("{years}", years(truth.years()))
                    .replace("{title}", roles.get(0).title()).replace("{company}", roles.get(0).company())
                    .replace("{city}", truth.city().name());
        }

        private List<String> experience() {
            List<String> lines = new ArrayList<>();
            String present = pick(List.of("present", "Present", "now", "date"));
            int format = random.nextInt(3);
            for (Role role : roles) {
                String end = role.endYear() == null ? present : String.valueOf(role.endYear());
                String summary = String.join(" ", role.sentences());
                if (style == CvStyle.NARRATIVE) {
                    lines.add(role.startYear() + "-" + end + ": " + role.title() + ", " + role.company() + ". "
                            + summary);
                    continue;
                }
                lines.add(switch (format) {
                    case 0 -> role.title() + " - " + role.company() + " (" + role.startYear() + "-" + end + ")";
                    case 1 -> role.startYear() + " - " + end + " | " + role.title() + ", " + role.company();
                    default -> role.title() + " at " + role.company() + ", " + role.startYear() + " to " + end;
                });
                lines.add(summary);
            }
            return lines;
        }

        private String skillLine() {
            if (style == CvStyle.NARRATIVE) {
                return "Tools and skills I use: " + String.join(", ", skills) + ".";
            }
            return String.join(pick(List.of(", ", " | ", " · ")), skills);
        }

        private String studyLine(Study study) {
            return random.nextBoolean() ? study.qualification() + ", " + study.institution() + " (" + study.endYear()
                    + ")" : study.endYear() + " " + study.qualification() + " - " + study.institution();
        }

        private String heading(String section) {
            return pick(switch (section) {
                case "profile" -> List.of("Profile", "Summary", "Personal statement", "About me");
                case "experience" -> List.of("Experience", "Employment history", "Work experience", "Career");
                case "skills" -> List.of("Skills", "Key skills", "Core skills", "Tools and skills");
                default -> List.of("Education", "Qualifications", "Education and training");
            });
        }
    }

    // ---- small helpers ----

    private static String years(int years) {
        return years == 1 ? "1 year" : years + " years";
    }

    private String email(String first, String last) {
        String f = slug(first);
        String l = slug(last);
        String local = switch (random.nextInt(4)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + "." + l;
            default -> f + "_" + l;
        };
        String domain = random.nextBoolean() ? "example.com" : "example.org";
        String email = local + "@" + domain;
        for (int n = 2; !usedEmails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    private String postcodeLetters() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    /** Parses {@code Text@Institution} written in a degrees list. */
    private static Alias alias(String written) {
        int at = written.indexOf('@');
        return at < 0 ? new Alias(written, "*") : new Alias(written.substring(0, at), written.substring(at + 1));
    }

    private String institution(Alias alias, City city) {
        return switch (alias.institution()) {
            case "*" -> pick(catalogue.universities());
            case "college" -> city.cluster() + " College";
            default -> alias.institution();
        };
    }

    private City anyCity() {
        return pick(catalogue.cities());
    }

    private City cityIn(String cluster) {
        return pick(catalogue.cities().stream().filter(c -> c.cluster().equals(cluster)).toList());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pickWeighted(T[] items, int... weights) {
        int roll = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int i = 0; i < items.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items[i];
            }
        }
        throw new IllegalStateException();
    }

    // ---- checks, JSON, README and stats ----

    /** Fails if the set falls short of what it promises; better no set than a quietly weaker one. */
    private void check(List<Candidate> candidates, Map<Job, Map<String, Integer>> qrels) {
        List<String> problems = new ArrayList<>();
        for (Job job : catalogue.jobs()) {
            Map<Integer, Long> counts = histogram(qrels.get(job));
            if (counts.getOrDefault(3, 0L) < 5 || counts.getOrDefault(3, 0L) + counts.getOrDefault(2, 0L) < 8) {
                problems.add(job.id() + " has too few relevant candidates: " + counts);
            }
            if (qrels.get(job).size() < 50) {
                problems.add(job.id() + " has only " + qrels.get(job).size() + " judged candidates");
            }
            int sentences = job.description().split("(?<=[.!?])\\s+").length;
            if (sentences < 3 || sentences > 8 || job.requirements().size() < 4 || job.requirements().size() > 8) {
                problems.add(job.id() + " has " + sentences + " sentences, " + job.requirements().size() + " needs");
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.truth().origin() == Origin.KEYWORD_DECOY && candidate.truth().decoyConcepts().size() < 2) {
                problems.add(candidate.id() + ", a decoy for " + candidate.truth().aimedAt().id()
                        + ", has fewer than two borrowed keywords");
            }
            long lines = ((String) candidate.json().get("cvText")).lines().count();
            if (lines < 5 || lines > 25) {
                problems.add(candidate.id() + " has a CV of " + lines + " lines");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
    }

    private static Map<Integer, Long> histogram(Map<String, Integer> grades) {
        return grades.values().stream().collect(Collectors.groupingBy(g -> g, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Object> jobJson(Job job) {
        return object("id", job.id(), "title", job.title(), "description", job.description(),
                "requirements", job.requirements().stream()
                        .map(r -> object("text", r.text(), "mustHave", r.mustHave())).toList(),
                "seniority", job.seniority() == null ? null : job.seniority().name(),
                "location", job.city() == null ? null : job.city().location(), "remote", job.remote());
    }

    /** A JSON object with its fields in the given order: name, value, name, value... */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        writeJson(out, value);
        return out.toString();
    }

    private static void writeJson(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> {
                out.append('"');
                for (char c : text.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\t' -> out.append("\\t");
                        default -> out.append(c < 0x20 || c == '\u2028' || c == '\u2029'
                                ? "\\u%04x".formatted((int) c) : String.valueOf(c));
                    }
                }
                out.append('"');
            }
            case Number number -> out.append(number);
            case Boolean flag -> out.append(flag);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    writeJson(out, entry.getKey().toString());
                    out.append(':');
                    writeJson(out, entry.getValue());
                    separator = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    writeJson(out, list.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static String stats(List<Candidate> candidates, Map<Job, Map<String, Integer>> qrels) {
        StringBuilder out = new StringBuilder();
        int judged = qrels.values().stream().mapToInt(Map::size).sum();
        Map<Integer, Long> overall = new TreeMap<>();
        qrels.values().forEach(grades -> histogram(grades).forEach((g, n) -> overall.merge(g, n, Long::sum)));
        out.append("jobs %d, candidates %d, judged pairs %d, grades %s%n".formatted(qrels.size(), candidates.size(),
                judged, overall));
        for (int grade = 3; grade >= 0; grade--) {
            int g = grade;
            var perJob = qrels.values().stream().mapToLong(grades -> histogram(grades).getOrDefault(g, 0L))
                    .summaryStatistics();
            out.append("grade %d per job: min %d, max %d%n".formatted(g, perJob.getMin(), perJob.getMax()));
        }
        var relevant = qrels.values().stream().mapToLong(grades -> grades.values().stream().filter(g -> g >= 2)
                .count()).summaryStatistics();
        var sizes = qrels.values().stream().mapToInt(Map::size).summaryStatistics();
        out.append("grade >= 2 per job: min %d, max %d; judged per job: min %d, max %d%n".formatted(
                relevant.getMin(), relevant.getMax(), sizes.getMin(), sizes.getMax()));
        return out.toString();
    }

    /** The README, its counts and tables computed from the set itself so that they cannot go stale. */
    private String readme(List<Candidate> candidates, Map<Job, Map<String, Integer>> qrels) {
        Map<Integer, Long> overall = new TreeMap<>();
        qrels.values().forEach(grades -> histogram(grades).forEach((g, n) -> overall.merge(g, n, Long::sum)));
        long occupations = catalogue.jobs().stream().map(Job::occupation).distinct().count();
        StringBuilder out = new StringBuilder();
        out.append("""
                # Candidate-to-job matching development set

                %d jobs in %d occupations, a pool of %d synthetic candidates with full plain-text CVs, and graded
                relevance judgements for %d job-candidate pairs, for measuring how well a matcher **ranks** candidates
                for a job (nDCG@k, precision@k, recall@k, MRR). It is a **development** set: tune on it as much as you
                like; the numbers that count are measured separately, on data the matcher has never seen.

                Everything here is generated: do not edit these files by hand. They are written by
                `src/test/java/dev/wecruit/bench/matching/MatchDevSetGenerator.java` from the catalogue in
                `MatchDevSetCatalogue.java` (plain JDK, no dependencies).

                ## Files

                | file | content |
                | --- | --- |
                | `jobs.jsonl` | one job per line: `id`, `title`, `description` (3-8 sentences), `requirements` (array of `{text, mustHave}`), `seniority` (`JUNIOR`, `MID`, `SENIOR`, `LEAD` or null), `location` (`"Leeds, United Kingdom"`, null for remote jobs), `remote` (`ON_SITE`, `HYBRID`, `REMOTE`) |
                | `candidates.jsonl` | one candidate per line: `id`, `firstName`, `lastName`, `email`, `phone`, `linkedinUrl`, `address`, `location`, `currentTitle`, `currentCompany`, `skills` (array of strings), `yearsOfExperience`, `workHistory` (newest first: `title`, `company`, `startYear`, `endYear` (null = current), `summary`), `education` (`institution`, `qualification`, `endYear`), `cvText` |
                | `qrels.tsv` | header `job_id`, `candidate_id`, `grade`, tab separated, one judged pair per line, sorted by job then candidate |

                All files are UTF-8; JSON Lines have one object per line, written without insignificant white space.

                ## Using it

                - Rank the whole pool for each job. A pair that is not in `qrels.tsv` counts as grade **0**. This is
                  exact, not a guess: the rubric below gives 0 to every candidate outside the job's own and adjacent
                  occupations, and every candidate of those occupations is judged. Grade-0 rows are kept for the
                  judged distractors and for a random sample of %d other candidates per job.
                - Candidate ids are shuffled; their order says nothing about any job. Only the published fields are
                  input; the hidden truth behind the grades (occupation, specialism, level, concepts) is not written
                  out, so a matcher cannot learn it from the files.
                - `cvText` is the CV as a recruiter would paste it; the structured fields are what the CRM holds
                  after parsing. Both describe the same person and agree, except that sparse CVs print only role
                  titles, so their role summaries appear only in `workHistory`. `location` is always
                  `"Town, United Kingdom"`; a remote job (`location` null) accepts any home in the UK.
                - Suggested headline metric: nDCG@10 with gain `2^grade - 1`; also precision@10 at grade >= 2 and
                  recall@50 at grade >= 2.

                ## How it was made

                The generator first decides each candidate's hidden truth: an occupation and specialism, a level,
                a home town, years of experience and the concepts (skills, tools, qualifications, languages) the
                person really holds. Around each job it makes %d candidates: %d that fit it fully, %d with one thing
                off (a missing must-have, seniority one level off, home outside the commuting area, or the other
                specialism), %d with two things off, %d more of the same occupation at random, %d from adjacent
                occupations (%d of them given one of the job's concepts they could plausibly have) and %d keyword
                decoys from recruiting, training, writing and customer support (those that could plausibly name
                the job's skills) whose CVs name two or three of them (a recruiter who "filled payroll professional
                vacancies, screening shortlists for Sage 50 Payroll") without holding them. Then it writes each
                truth up the way people write:

                - titles from a list of synonyms per level ("Payroll Officer", "Payroll & Benefits Executive";
                  "Backend Developer", "Java Developer"), so the job's title words are often absent;
                - each concept as one of its aliases ("k8s", "Kubernetes", "EKS"; "MS Excel", "advanced Excel"),
                  and shown in the skills list only (about 45%%), only in the prose of a role (30%%) or both; some prose
                  states the concept without naming it ("filed FPS and EPS returns to HMRC each period" for RTI);
                  qualifications often appear as education entries instead;
                - CVs in %d styles with varied headings, date formats, list separators, section order, length
                  (sparse five-line profiles to long ones) and voice (a first-person style).

                Grades are computed from the hidden truth by the rubric below and never from the words on the page.

                ## Relevance rubric

                | grade | meaning |
                | --- | --- |
                | 3 | same occupation and, if the job names one, the same specialism; holds every must-have concept; experience fits; lives in the commuting area of an on-site or hybrid job (any UK home for a remote job) |
                | 2 | same occupation, exactly one step off |
                | 1 | same occupation, two or more steps off; or an adjacent occupation (below) holding at least one of the job's required or wanted concepts |
                | 0 | anything else, including adjacent occupations with nothing transferable and every keyword decoy |

                A step is one of: the wrong specialism; one missing must-have concept (two or more missing count two
                steps); experience one level off the job's seniority or fewer years than a must-have years figure,
                counted once (two or more levels off counts two steps); home outside the commuting area of a job that
                is not remote. A must-have is met only when the person truly holds the concept (or one that implies
                it: a chartered CIPD member meets "CIPD Level 5"); nice-to-haves do not change the grade. Adjacency is
                declared per job occupation:

                | occupation | adjacent |
                | --- | --- |
                """.formatted(catalogue.jobs().size(), occupations, candidates.size(),
                qrels.values().stream().mapToInt(Map::size).sum(), RANDOM_JUDGED,
                EXACT + ONE_OFF + TWO_OFF + SAME_OCCUPATION + ADJACENT + DECOYS, EXACT, ONE_OFF,
                TWO_OFF, SAME_OCCUPATION, ADJACENT, ADJACENT_WITH_TRANSFER, DECOYS,
                CvStyle.values().length));
        catalogue.jobs().stream().map(Job::occupation).distinct().forEach(o -> out.append("| %s | %s |%n"
                .formatted(o.key(), String.join(", ", o.adjacent()))));
        out.append("\nCommuting areas (a home in the same area as the job's city is within reach):\n\n");
        catalogue.cities().stream().collect(Collectors.groupingBy(City::cluster, LinkedHashMap::new,
                Collectors.mapping(City::name, Collectors.joining(", ")))).forEach((cluster, towns) ->
                out.append("- ").append(towns).append('\n'));
        out.append("""

                ## Counts

                - Jobs: %d, in %d occupations; candidates: %d; judged pairs: %d.
                - Grades over all judged pairs: %s.
                - Candidates by CV style: %s.

                | job | title | seniority | location | remote | judged | 3 | 2 | 1 | 0 |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """.formatted(catalogue.jobs().size(), occupations, candidates.size(),
                qrels.values().stream().mapToInt(Map::size).sum(), describe(overall),
                describe(candidates.stream().collect(Collectors.groupingBy(c -> c.style().name().toLowerCase(
                        Locale.ROOT), TreeMap::new, Collectors.counting())))));
        qrels.forEach((job, grades) -> {
            Map<Integer, Long> counts = histogram(grades);
            out.append("| %s | %s | %s | %s | %s | %d | %d | %d | %d | %d |%n".formatted(job.id(), job.title(),
                    job.seniority() == null ? "-" : job.seniority(), job.city() == null ? "-" : job.city().name(),
                    job.remote(), grades.size(), counts.getOrDefault(3, 0L), counts.getOrDefault(2, 0L),
                    counts.getOrDefault(1, 0L), counts.getOrDefault(0, 0L)));
        });
        out.append("""

                ## Synthetic data

                Every person, employer, street and job here is invented. Names are random pairings of common given
                names and surnames; e-mail addresses are on `example.com` and `example.org`; phone numbers are in
                Ofcom's range reserved for drama (`+44 7700 900000` to `+44 7700 900999`); streets are invented names
                with made-up postcodes; LinkedIn URLs are invented handles. Real university names appear only as
                plausible places of study, and professional bodies (CIPD, CIPP, ACCA) only as the issuers of their
                qualifications. Job ads, CV prose, titles and skill lists were written for this set; no text was
                copied from real job ads or CVs.

                ## Regenerate

                Deterministic (fixed seed): a diff means the generator or its catalogue changed. From the
                repository root, with JDK 22 or newer (multi-file source launcher):

                ```
                java src/test/java/dev/wecruit/bench/matching/MatchDevSetGenerator.java src/test/resources/match-devset
                ```

                or with any JDK 21+:

                ```
                javac --release 21 -d /tmp/match-devset src/test/java/dev/wecruit/bench/matching/MatchDevSet*.java
                java -cp /tmp/match-devset dev.wecruit.bench.matching.MatchDevSetGenerator src/test/resources/match-devset
                ```

                The generator fails rather than write a weaker set: every job must have at least 5 candidates at
                grade 3, 8 at grade 2 or above and 50 judged, and every CV 5 to 25 lines.

                ## Licence

                The repository has no LICENSE file at its root and `pom.xml` declares none, so this data is under the
                same terms as the Wecruit source code itself: it is Wecruit's own synthetic work, contains no
                third-party text and describes no real person, and may be used and redistributed with the Wecruit
                source code on those terms.
                """);
        return out.toString();
    }

    private static String describe(Map<?, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
