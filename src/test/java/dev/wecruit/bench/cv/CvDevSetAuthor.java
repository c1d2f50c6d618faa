package dev.wecruit.bench.cv;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.wecruit.bench.cv.CvDevSetCv.Education;
import dev.wecruit.bench.cv.CvDevSetCv.Link;
import dev.wecruit.bench.cv.CvDevSetCv.Name;
import dev.wecruit.bench.cv.CvDevSetCv.Phone;
import dev.wecruit.bench.cv.CvDevSetCv.Role;
import dev.wecruit.bench.cv.CvDevSetCv.RoleStyle;
import dev.wecruit.bench.cv.CvDevSetCv.SkillGroup;
import dev.wecruit.bench.cv.CvDevSetCv.Spoken;
import dev.wecruit.bench.cv.CvDevSetPlaces.City;
import dev.wecruit.bench.cv.CvDevSetPlaces.Country;
import dev.wecruit.bench.cv.CvDevSetPlaces.Culture;
import dev.wecruit.bench.cv.CvDevSetProfessions.Profession;
import dev.wecruit.bench.cv.CvDevSetProfessions.Tagged;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the content of one synthetic CV: who the person is, how they spell their skills, how they date their roles.
 * Every choice is drawn from the generator's seeded random source, so the set is the same on every run.
 */
final class CvDevSetAuthor {

    /** One row of the set's plan: whose CV, in which country, profession, language and layout. */
    record Persona(String culture, String country, String profession, String language, CvDevSetLayout layout,
            Set<String> flags, String educationCountry) {}

    /** Years of experience are counted up to this month, exclusive, as the label rules say. */
    static final YearMonth COUNT_UNTIL = YearMonth.of(2026, 12);

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern PLACEHOLDER = Pattern.compile("#\\{(\\d+)-(\\d+)\\}|\\{([^{}]+)\\}");

    private final Map<String, Profession> professions = CvDevSetProfessions.load();
    private final Map<String, Country> countries = CvDevSetPlaces.countries();
    private final Map<String, Culture> cultures = CvDevSetPlaces.cultures();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    CvDevSetCv write(int number, Persona persona, long seed) {
        Random random = new Random(seed);
        Country country = country(persona.country());
        Culture culture = cultures.get(persona.culture());
        boolean english = persona.language().equals("en");
        Profession profession = professions.get(english ? persona.profession()
                : persona.language() + ":" + persona.profession());
        if (profession == null || culture == null) {
            throw new IllegalStateException("no catalogue entry for " + persona);
        }
        Profession englishProfession = professions.get(persona.profession());
        CvDevSetWords words = CvDevSetWords.pick(persona.language(), random);

        boolean woman = random.nextBoolean();
        String[] parts = pickName(culture, woman, random);
        String first = parts[0];
        String last = parts[parts.length - 1];
        List<String> middleNames = woman ? culture.womensMiddleNames() : culture.mensMiddleNames();
        String middle = parts.length == 3 ? parts[1]
                : !middleNames.isEmpty() && random.nextInt(4) == 0 ? pick(middleNames, random) : null;
        Name name = new Name(first, middle, last, printedName(first, middle, last, culture, persona.flags(), random));

        City city = persona.flags().contains("address") ? withAddress(country, random) : pick(country.cities(), random);
        String location = location(city, country, english, persona.flags(), random);

        List<String> emails = emails(first, last, country, random);
        List<Phone> phones = phones(country, random);
        String handle = ascii(first + "-" + last).replace(' ', '-').replace("'", "").toLowerCase(Locale.ROOT)
                + (random.nextBoolean() ? "-" + Integer.toHexString(0x10000 + random.nextInt(0xEFFFF)) : "");
        Link linkedin = random.nextInt(10) < 7 ? linkedin(handle, random) : null;
        List<Link> links = links(persona.profession(), first, last, random);

        Map<String, String> spelling = spellings(profession, country.code(), random);
        boolean longCv = persona.flags().contains("long");
        CvDevSetDateStyle dates = CvDevSetDateStyle.pick(words, random, persona.flags().contains("years"));
        List<Role> roles = roles(profession, country, city, woman, longCv, dates, spelling, random, persona);
        int computedYears = yearsOfExperience(roles);

        List<String> mentioned = new ArrayList<>();
        for (Role role : roles) {
            role.bullets().forEach(bullet -> mentionedSkills(bullet, spelling, mentioned));
        }
        String summary = null;
        Integer statedYears = null;
        boolean mustStateYears = dates.yearOnly();
        if (mustStateYears || random.nextInt(100) < 85) {
            List<String> options = profession.summaries().stream()
                    .filter(s -> !mustStateYears || s.contains("{years}"))
                    .filter(s -> computedYears >= 2 || !s.contains("{years}"))
                    .toList();
            String template = pick(options, random);
            if (template.contains("{years}")) {
                statedYears = computedYears;
            }
            summary = fill(template.replace("{years}", String.valueOf(computedYears))
                    .replace("{title}", roles.get(0).title()), spelling, country, city, random, persona.language());
            // Most people write two or three sentences: add the other kind of summary line, then maybe a remark.
            List<String> others = profession.summaries().stream()
                    .filter(other -> !other.equals(template) && !other.contains("{years}")).toList();
            if (!others.isEmpty() && random.nextInt(100) < 70) {
                String second = pick(others, random);
                summary = summary + " " + fill(second.replace("{title}", roles.get(0).title()), spelling, country,
                        city, random, persona.language());
                mentionedSkills(second, spelling, mentioned);
            }
            String extra = summaryExtra(persona.language(), country.code(), random);
            if (extra != null) {
                summary = summary + " " + extra;
            }
            mentionedSkills(template, spelling, mentioned);
        }

        List<SkillGroup> skillGroups = persona.flags().contains("noskills") ? List.of()
                : skillGroups(persona.profession(), spelling, mentioned, random);
        Set<String> inSection = new LinkedHashSet<>();
        skillGroups.forEach(group -> inSection.addAll(group.skills()));
        List<String> bulletOnly = mentioned.stream().filter(skill -> !inSection.contains(skill)).distinct().toList();

        Country educationCountry = persona.educationCountry() == null ? country : country(persona.educationCountry());
        List<Education> education = education(profession, educationCountry, city, roles, woman, longCv, words,
                random);
        List<Spoken> languages = random.nextInt(100) < 70 || persona.flags().contains("sidebar")
                ? spoken(culture, country, words, random) : List.of();
        String interests = random.nextInt(100) < 35 ? interests(persona.language(), random) : null;
        String closing = closing(persona.language(), city, random);
        String headline = headline(roles.get(0).title(), skillGroups, random);
        RoleStyle roleStyle = RoleStyle.values()[random.nextInt(RoleStyle.values().length)];

        String file = "cv-%03d-%s-%s.%s".formatted(number, englishProfession.key(), persona.layout().id,
                persona.layout().format);
        return new CvDevSetCv(number, file, persona.layout(), persona.language(), persona.profession(),
                country.code(), name, headline, emails, phones, location, linkedin, links, summary, statedYears,
                roles, roleStyle, education, skillGroups, bulletOnly, languages, interests, closing, words,
                country.code().equals("US") || country.code().equals("CA"), seed);
    }

    private Country country(String code) {
        Country country = countries.get(code);
        if (country == null) {
            throw new IllegalStateException("unknown country " + code);
        }
        return country;
    }

    // ---- the person ----

    private String[] pickName(Culture culture, boolean woman, Random random) {
        List<String[]> pool = woman ? culture.women() : culture.men();
        for (int attempt = 0; attempt < 50; attempt++) {
            String[] candidate = pick(pool, random);
            if (usedNames.add(String.join(" ", candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("ran out of names in culture " + culture.key());
    }

    private static String printedName(String first, String middle, String last, Culture culture, Set<String> flags,
            Random random) {
        String printed;
        if (culture.familyNameFirst() && (flags.contains("familyfirst") || random.nextInt(3) == 0)) {
            // Chinese CVs often print the family name first and in capitals; Vietnamese keep the native order.
            printed = middle != null ? last + " " + middle + " " + first : last.toUpperCase(Locale.ROOT) + " " + first;
        } else {
            printed = middle == null ? first + " " + last : first + " " + middle + " " + last;
        }
        return flags.contains("caps") ? printed.toUpperCase(Locale.ROOT) : printed;
    }

    private static City withAddress(Country country, Random random) {
        List<City> withAddress = country.cities().stream().filter(city -> city.address() != null).toList();
        return withAddress.isEmpty() ? pick(country.cities(), random) : pick(withAddress, random);
    }

    private static String location(City city, Country country, boolean english, Set<String> flags, Random random) {
        if (flags.contains("address") && city.address() != null) {
            return city.address();
        }
        String countryName = english ? country.englishName() : country.localName();
        if (country.code().equals("GB") && english) {
            countryName = random.nextBoolean() ? "UK" : "United Kingdom";
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return null;
        } else if (roll < 18 || country.code().equals("SG")) {
            return city.name();
        } else if (city.region() != null && roll < 75) {
            return city.name() + ", " + city.region();
        } else if (roll < 90 || city.address() == null) {
            return city.name() + ", " + countryName;
        }
        return city.address();
    }

    private static List<String> emails(String first, String last, Country country, Random random) {
        String f = ascii(first).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String l = ascii(last).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
        String lNoDash = l.replace("-", "");
        String local = switch (random.nextInt(6)) {
            case 0 -> f + "." + l;
            case 1 -> f + lNoDash;
            case 2 -> f.charAt(0) + "." + lNoDash;
            case 3 -> f + "." + lNoDash + (80 + random.nextInt(20));
            case 4 -> f + "_" + lNoDash.charAt(0);
            default -> lNoDash + "." + f;
        };
        List<String> emails = new ArrayList<>();
        emails.add(local + "@" + pick(country.emailDomains(), random));
        if (random.nextInt(100) < 18) {
            emails.add(f + "@" + lNoDash + ".example");
        }
        return emails;
    }

    private List<Phone> phones(Country country, Random random) {
        List<Phone> phones = new ArrayList<>();
        boolean mobileFirst = random.nextInt(100) < 85;
        phones.add(phone(country, mobileFirst, random));
        if (random.nextInt(100) < 15) {
            phones.add(phone(country, !mobileFirst, random));
        }
        return phones;
    }

    /** Draws digits in a real number range until libphonenumber accepts the number as valid for the country. */
    private Phone phone(Country country, boolean mobile, Random random) {
        List<String> ranges = mobile ? country.mobileRanges() : country.landlineRanges();
        for (int attempt = 0; attempt < 2000; attempt++) {
            String[] range = pick(ranges, random).split("/");
            StringBuilder digits = new StringBuilder(range[0]);
            while (digits.length() < Integer.parseInt(range[1])) {
                digits.append(random.nextInt(10));
            }
            String national = digits.toString();
            boolean northAmerica = country.code().equals("US") || country.code().equals("CA");
            // 555 exchanges are reserved for fiction in North America; many validators reject them.
            if (northAmerica && national.startsWith("555", 3)) {
                continue;
            }
            try {
                PhoneNumber number = PHONES.parse("+" + PHONES.getCountryCodeForRegion(country.code()) + national,
                        country.code());
                if (PHONES.isValidNumberForRegion(number, country.code()) && usedPhones.add(national)) {
                    return new Phone(printPhone(number, country.code(), random),
                            PHONES.format(number, PhoneNumberFormat.E164), national, mobile);
                }
            } catch (NumberParseException e) {
                throw new IllegalStateException("bad phone range " + String.join("/", range), e);
            }
        }
        throw new IllegalStateException("no valid phone number found for " + country.code());
    }

    private static String printPhone(PhoneNumber number, String region, Random random) {
        String national = PHONES.format(number, PhoneNumberFormat.NATIONAL);
        String international = PHONES.format(number, PhoneNumberFormat.INTERNATIONAL);
        String prefix = "+" + number.getCountryCode();
        String rest = international.substring(prefix.length()).strip();
        return switch (random.nextInt(7)) {
            case 0, 1 -> national;
            case 2, 3 -> international;
            case 4 -> switch (region) {
                // Trunk zero in brackets, as British, German, Dutch and Irish writers do.
                case "GB", "DE", "NL", "IE", "AT", "CH", "BE" -> prefix + " (0)" + rest;
                case "US", "CA" -> national.replaceAll("[()]", "").replace(' ', '-');
                case "FR" -> national.replace(' ', '.');
                default -> international;
            };
            case 5 -> switch (region) {
                case "US", "CA" -> national.replaceAll("[()]", "").replace(' ', '.').replace('-', '.');
                case "FR", "ES", "NL", "DE", "IT", "PL" -> "00" + number.getCountryCode() + " " + rest;
                default -> prefix + " " + rest.replace(' ', '-');
            };
            default -> PHONES.format(number, PhoneNumberFormat.E164);
        };
    }

    private static Link linkedin(String handle, Random random) {
        String url = "https://www.linkedin.com/in/" + handle;
        String printed = switch (random.nextInt(5)) {
            case 0 -> "linkedin.com/in/" + handle;
            case 1 -> url + "/";
            case 2 -> "LinkedIn: /in/" + handle;
            case 3 -> "www.linkedin.com/in/" + handle;
            default -> url;
        };
        return new Link(printed, url);
    }

    private static List<Link> links(String profession, String first, String last, Random random) {
        String handle = (ascii(first).charAt(0) + ascii(last)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (profession) {
            case "software-engineer", "data-analyst" -> random.nextInt(100) < 65
                    ? List.of(link("github.com/" + handle, random)) : List.of();
            case "graphic-designer" -> List.of(link(random.nextBoolean() ? "behance.net/" + handle
                    : handle + "-design.example", random));
            case "marketing-manager" -> random.nextInt(100) < 30
                    ? List.of(link(handle + ".example/portfolio", random)) : List.of();
            default -> List.of();
        };
    }

    private static Link link(String hostAndPath, Random random) {
        String printed = switch (random.nextInt(3)) {
            case 0 -> "https://" + hostAndPath;
            case 1 -> "www." + hostAndPath;
            default -> hostAndPath;
        };
        return new Link(printed, "https://" + hostAndPath);
    }

    // ---- career ----

    private List<Role> roles(Profession profession, Country country, City city, boolean woman, boolean longCv,
            CvDevSetDateStyle dates, Map<String, String> spelling, Random random, Persona persona) {
        int count = longCv ? 8 : switch (random.nextInt(20)) {
            case 0 -> 1;
            case 1, 2, 3 -> 2;
            case 4, 5, 6, 7, 8, 9 -> 3;
            case 10, 11, 12, 13, 14, 15 -> 4;
            default -> 5;
        };
        List<String> titles = fitting(profession.titles(), country.code());
        List<String> employers = new ArrayList<>(fitting(profession.employers(), country.code()));
        List<String> bullets = new ArrayList<>(fitting(profession.bullets(), country.code()));
        java.util.Collections.shuffle(employers, random);
        java.util.Collections.shuffle(bullets, random);

        // Newest role first; older roles step back in time with realistic gaps.
        boolean current = random.nextInt(100) < 85;
        YearMonth end = current ? null : YearMonth.of(2025, 6).plusMonths(random.nextInt(9));
        YearMonth cursor = end == null ? YearMonth.of(2026, 4) : end;
        int seniority = Math.min(titles.size() - 1, count - 1 + random.nextInt(2));
        List<Role> roles = new ArrayList<>();
        String previousEmployer = null;
        for (int i = 0; i < count; i++) {
            int months = i == 0 ? (dates.yearOnly() ? 30 : 10) + random.nextInt(50) : 14 + random.nextInt(46);
            YearMonth from = cursor.minusMonths(months);
            String employer;
            // Titles climb steadily from the first job to the current one, as careers mostly do.
            int level = count == 1 ? seniority : Math.round(seniority * (count - 1 - i) / (float) (count - 1));
            String title = gendered(titles.get(Math.max(0, level)), woman);
            boolean promoted = !roles.isEmpty() && !roles.get(roles.size() - 1).title().equals(title);
            if (previousEmployer != null && (employers.isEmpty() || promoted && random.nextInt(100) < 25)) {
                employer = previousEmployer; // a promotion within the same employer
            } else {
                employer = employers.remove(0).replace("{city}", city.name());
                if (employer.endsWith("*")) {
                    employer = employer.substring(0, employer.length() - 1);
                    if (random.nextBoolean()) {
                        employer = employer + " " + pick(country.suffixes(), random);
                    }
                }
            }
            previousEmployer = employer;
            int bulletCount = longCv ? 7 - i / 2 : Math.max(1, 6 - i - random.nextInt(2));
            List<String> roleBullets = new ArrayList<>();
            if (persona.language().equals("en") && (longCv || random.nextInt(100) < 15)) {
                roleBullets.add(fill(pick(CONTEXT_LINES, random), spelling, country, city, random, "en"));
            }
            // Older roles get fewer bullets, and none once the person has run out of things to say.
            for (int b = 0; b < bulletCount && !bullets.isEmpty(); b++) {
                roleBullets.add(fill(bullets.remove(0), spelling, country, city, random, persona.language()));
            }
            YearMonth to = i == 0 ? end : cursor;
            roles.add(new Role(title, employer, random.nextInt(3) == 0 ? null : city.name(), from, to,
                    dates.yearOnly(), dates.format(from, to), List.copyOf(roleBullets)));
            cursor = from.minusMonths(random.nextInt(4));
        }
        if (persona.flags().contains("overlap") && roles.size() >= 2) {
            // A side role held alongside the main job: years of experience must merge the two, not add them.
            YearMonth from = roles.get(0).from().plusMonths(6);
            YearMonth to = from.plusMonths(14);
            String bullet = bullets.isEmpty() ? "Took on evening and weekend projects for small clients"
                    : fill(bullets.remove(0), spelling, country, city, random, persona.language());
            roles.add(1, new Role("Freelance " + titles.get(1), "Self-employed", null, from, to, dates.yearOnly(),
                    dates.format(from, to), List.of(bullet)));
        }
        return roles;
    }

    /** The scope line many people put first under a role. */
    private static final List<String> CONTEXT_LINES = List.of("Reporting to the Operations Director; team of #{3-15}",
            "Reporting to the Managing Director, with budget responsibility of {cur}#{1-9}m",
            "Team of #{4-20} across #{2-4} sites", "Maternity cover contract, extended twice",
            "Part of a #{6-12}-strong regional team");

    static int yearsOfExperience(List<Role> roles) {
        Set<YearMonth> months = new HashSet<>();
        for (Role role : roles) {
            YearMonth to = role.to() == null ? COUNT_UNTIL.minusMonths(1) : role.to();
            for (YearMonth month = role.from(); !month.isAfter(to) && month.isBefore(COUNT_UNTIL);
                    month = month.plusMonths(1)) {
                months.add(month);
            }
        }
        return months.size() / 12;
    }

    private static String gendered(String title, boolean woman) {
        int split = title.indexOf('§');
        if (split < 0) {
            return title;
        }
        return woman ? title.substring(split + 1) : title.substring(0, split);
    }

    // ---- skills ----

    /** One spelling per skill for this person: "Kubernetes" for some, "k8s" for others. */
    private static Map<String, String> spellings(Profession profession, String country, Random random) {
        Map<String, String> spelling = new LinkedHashMap<>();
        for (String spec : fitting(profession.skills(), country)) {
            String[] variants = spec.split("\\|");
            String chosen = variants.length > 1 && random.nextInt(100) < 40
                    ? variants[1 + random.nextInt(variants.length - 1)] : variants[0];
            spelling.put(variants[0], chosen);
        }
        return spelling;
    }

    private static void mentionedSkills(String template, Map<String, String> spelling, List<String> into) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String key = matcher.group(3);
            if (key != null && spelling.containsKey(key)) {
                String skill = spelling.get(key);
                if (!into.contains(skill)) {
                    into.add(skill);
                }
            }
        }
    }

    private static final Map<String, String> SOFTWARE_GROUPS = Map.ofEntries(
            Map.entry("Java", "Programming"), Map.entry("Kotlin", "Programming"), Map.entry("Python", "Programming"),
            Map.entry("TypeScript", "Programming"), Map.entry("JavaScript", "Programming"),
            Map.entry("Go", "Programming"), Map.entry("SQL", "Programming"), Map.entry("R", "Programming"),
            Map.entry("VBA", "Programming"),
            Map.entry("Spring Boot", "Frameworks"), Map.entry("React", "Frameworks"),
            Map.entry("Node.js", "Frameworks"), Map.entry("GraphQL", "Frameworks"), Map.entry("pandas", "Frameworks"),
            Map.entry("PostgreSQL", "Data"), Map.entry("Redis", "Data"), Map.entry("Kafka", "Data"),
            Map.entry("Snowflake", "Data"), Map.entry("BigQuery", "Data"), Map.entry("dbt", "Data"),
            Map.entry("ETL", "Data"),
            Map.entry("Kubernetes", "Cloud & DevOps"), Map.entry("Docker", "Cloud & DevOps"),
            Map.entry("AWS", "Cloud & DevOps"), Map.entry("Terraform", "Cloud & DevOps"),
            Map.entry("CI/CD", "Cloud & DevOps"), Map.entry("GitHub Actions", "Cloud & DevOps"),
            Map.entry("Jenkins", "Cloud & DevOps"), Map.entry("Git", "Cloud & DevOps"),
            Map.entry("Power BI", "BI & visualisation"), Map.entry("Tableau", "BI & visualisation"),
            Map.entry("Looker", "BI & visualisation"), Map.entry("MS Excel", "BI & visualisation"));

    private static List<SkillGroup> skillGroups(String profession, Map<String, String> spelling,
            List<String> mentioned, Random random) {
        if (random.nextInt(100) < 12) {
            return List.of(); // skills appear only inside the bullets
        }
        List<String> keys = new ArrayList<>(spelling.keySet());
        java.util.Collections.shuffle(keys, random);
        int size = Math.min(keys.size(), 6 + random.nextInt(8));
        List<String> chosen = new ArrayList<>(keys.subList(0, size));
        // People tend to list the skills they also boast about, but not always all of them.
        for (String skill : mentioned) {
            String key = keyOf(spelling, skill);
            if (!chosen.contains(key) && random.nextBoolean()) {
                chosen.add(key);
            }
        }
        boolean grouped = (profession.equals("software-engineer") || profession.equals("data-analyst"))
                && random.nextInt(100) < 55;
        if (grouped) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (String key : chosen) {
                groups.computeIfAbsent(SOFTWARE_GROUPS.getOrDefault(key, "Practices"), group -> new ArrayList<>())
                        .add(spelling.get(key));
            }
            return groups.entrySet().stream().map(e -> new SkillGroup(e.getKey(), List.copyOf(e.getValue())))
                    .toList();
        }
        return List.of(new SkillGroup(null, chosen.stream().map(spelling::get).toList()));
    }

    private static String keyOf(Map<String, String> spelling, String skill) {
        return spelling.entrySet().stream().filter(e -> e.getValue().equals(skill)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    // ---- education, languages and the rest ----

    private static final Pattern POSTGRADUATE = Pattern.compile(
            "^(M\\.?Sc|MSc|MEng|MBA|Master|Máster|PG|Postgraduate|DU |Weiterbildung|Ing\\. |Higher Diploma|"
                    + "Independent Prescribing|CFA|ACCA|CIMA|Chartered|Professional Practice|Legal Practice|"
                    + "Graduate Diploma|Geprüfte|Certificate in Advanced|ServSafe|Driver CPC|City & Guilds|AAT|"
                    + "Level 3 Certificate|Certificate IV).*");
    private static final Pattern SCHOOL = Pattern.compile(
            "^(GCSE|A-Level|Abitur|Leaving Certificate|High School|Bac |Technik|Bachillerato).*");

    private static List<Education> education(Profession profession, Country country, City city, List<Role> roles,
            boolean woman, boolean longCv, CvDevSetWords words, Random random) {
        List<String> quals = new ArrayList<>(fitting(profession.qualifications(), country.code()));
        java.util.Collections.shuffle(quals, random);
        String post = quals.stream().filter(q -> POSTGRADUATE.matcher(q).matches()).findFirst().orElse(null);
        String school = quals.stream().filter(q -> SCHOOL.matcher(q).matches()).findFirst().orElse(null);
        String main = quals.stream().filter(q -> !q.equals(post) && !q.equals(school)).findFirst()
                .orElse(post != null ? post : school);
        List<String> chosen = new ArrayList<>();
        if (post != null && !post.equals(main) && (longCv || random.nextInt(100) < 45)) {
            chosen.add(post);
        }
        chosen.add(main);
        if (school != null && !school.equals(main) && (longCv || random.nextInt(100) < 30)) {
            chosen.add(school);
        }
        int careerStart = roles.get(roles.size() - 1).from().getYear();
        int to = careerStart - (random.nextInt(3) == 0 ? 1 : 0);
        EducationDates style = EducationDates.values()[random.nextInt(EducationDates.values().length)];
        List<Education> education = new ArrayList<>();
        for (String spec : chosen) {
            String qualification = spec;
            String institution;
            int at = spec.indexOf('@');
            if (at >= 0) {
                qualification = spec.substring(0, at);
                institution = spec.substring(at + 1);
            } else {
                List<String> pool = profession.vocational() && !country.colleges().isEmpty()
                        ? country.colleges() : country.universities();
                institution = pick(pool, random);
            }
            qualification = gendered(qualification, woman);
            institution = institution.replace("{city}", city.name());
            boolean shortCourse = POSTGRADUATE.matcher(spec).matches() || qualification.contains("Level")
                    || qualification.contains("Certificate") || qualification.contains("Diploma");
            int from = to - (shortCourse ? 1 + random.nextInt(2) : 3 + random.nextInt(2));
            String note = DEGREE.matcher(qualification).find() && random.nextInt(100) < 30
                    ? gradeNote(words.language(), qualification, random) : null;
            education.add(style.entry(qualification, institution, from, to, words, note));
            to = from - (random.nextInt(4) == 0 ? 1 : 0);
        }
        return education;
    }

    private static final Pattern DEGREE = Pattern.compile(
            "^(Bachelor|Master|BSc|BA |BEng|MEng|MSc|LLB|MPharm|B\\.|M\\.|Grado|Máster|Licen|Diplôme|Dipl|MBA|BCL|BCom)");

    private static String gradeNote(String language, String qualification, Random random) {
        return switch (language) {
            case "de" -> "Abschlussnote: " + (1 + random.nextInt(2)) + "," + random.nextInt(10);
            case "fr" -> pick(List.of("Mention Bien", "Mention Assez bien", "Mention Très bien"), random);
            case "es" -> "Nota media: " + (7 + random.nextInt(3)) + "," + random.nextInt(10);
            case "nl" -> "Afgestudeerd met een " + (7 + random.nextInt(2)) + "," + random.nextInt(10);
            default -> qualification.startsWith("B") && qualification.contains("(Hons)")
                    ? pick(List.of("First-class honours", "2:1", "Upper Second-Class Honours (2:1)"), random)
                    : pick(List.of("GPA 3.7/4.0", "Distinction", "Merit", "Dissertation on supply-side forecasting"),
                            random);
        };
    }

    /** How an education entry prints its years; the label keeps only the years that are printed. */
    private enum EducationDates {
        RANGE, END_ONLY, MONTH_RANGE, GRADUATED;

        Education entry(String qualification, String institution, int from, int to, CvDevSetWords words,
                String note) {
            return switch (this) {
                case RANGE -> new Education(qualification, institution, from, to, from + " \u2013 " + to, note);
                case END_ONLY -> new Education(qualification, institution, null, to, String.valueOf(to), note);
                case MONTH_RANGE -> new Education(qualification, institution, from, to,
                        words.shortMonths().get(8) + " " + from + " \u2013 " + words.shortMonths().get(5) + " " + to,
                        note);
                case GRADUATED -> words.language().equals("en")
                        ? new Education(qualification, institution, null, to, "Graduated " + to, note)
                        : new Education(qualification, institution, from, to, from + "\u2013" + to, note);
            };
        }
    }

    private static List<Spoken> spoken(Culture culture, Country country, CvDevSetWords words, Random random) {
        List<String> languages = new ArrayList<>();
        for (String option : culture.nativeLanguages()) {
            String[] alternatives = option.split("\\|");
            languages.add(alternatives[random.nextInt(alternatives.length)]);
        }
        List<Spoken> spoken = new ArrayList<>();
        for (String language : languages) {
            spoken.add(new Spoken(language, words.languageName(language), level(words, 0, random)));
        }
        Map<String, String> countryLanguage = Map.of("DE", "German", "FR", "French", "ES", "Spanish", "NL", "Dutch",
                "PL", "Polish", "CZ", "Czech", "PT", "Portuguese", "BR", "Portuguese", "TR", "Turkish");
        String local = countryLanguage.get(country.code());
        if (local != null && !languages.contains(local)) {
            spoken.add(new Spoken(local, words.languageName(local), level(words, 1 + random.nextInt(3), random)));
            languages.add(local);
        }
        if (!languages.contains("English")) {
            spoken.add(1, new Spoken("English", words.languageName("English"), level(words, 1 + random.nextInt(3),
                    random)));
            languages.add("English");
        }
        if (random.nextInt(100) < 40) {
            for (String extra : List.of("French", "Spanish", "German")) {
                if (!languages.contains(extra)) {
                    spoken.add(new Spoken(extra, words.languageName(extra), level(words, 3 + random.nextInt(4),
                            random)));
                    break;
                }
            }
        }
        return spoken;
    }

    private static String level(CvDevSetWords words, int index, Random random) {
        return index == 0 && random.nextInt(5) == 0 ? null : words.level(index);
    }

    private static String interests(String language, Random random) {
        List<String> options = switch (language) {
            case "de" -> List.of("Bergwandern, Klettern, Fotografie", "Ehrenamt bei der Tafel, Radfahren",
                    "Handball im Verein, Kochen");
            case "fr" -> List.of("Course à pied, photographie, voyages", "Bénévolat, cuisine du monde, escalade");
            case "es" -> List.of("Senderismo, lectura y fotografía", "Voluntariado, pádel y cocina");
            case "nl" -> List.of("Wielrennen, koken en lezen", "Vrijwilliger bij de voetbalclub, hardlopen");
            default -> List.of("Fell running, sourdough baking, chess club treasurer",
                    "Volunteer at a food bank; five-a-side football", "Hiking, photography and travel",
                    "Coaching under-12s rugby, cycling", "Playing guitar in a covers band, cooking");
        };
        return pick(options, random);
    }

    private static String closing(String language, City city, Random random) {
        return switch (language) {
            // German CVs are often signed with place and date, a date that is not a role date.
            case "de" -> random.nextBoolean() ? city.name() + ", im März 2026" : null;
            case "en" -> random.nextInt(100) < 30 ? "References available on request." : null;
            default -> null;
        };
    }

    private static String headline(String title, List<SkillGroup> skills, Random random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return title;
        } else if (roll < 65 && !skills.isEmpty() && skills.get(0).skills().size() >= 2) {
            return title + " | " + skills.get(0).skills().get(0) + " | " + skills.get(0).skills().get(1);
        }
        return null;
    }

    // ---- text helpers ----

    private static String fill(String template, Map<String, String> spelling, Country country, City city,
            Random random, String language) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                int low = Integer.parseInt(matcher.group(1));
                int high = Integer.parseInt(matcher.group(2));
                replacement = String.valueOf(low + random.nextInt(high - low + 1));
            } else {
                String key = matcher.group(3);
                replacement = switch (key) {
                    case "cur" -> country.currency();
                    case "city" -> city.name();
                    default -> {
                        String skill = spelling.get(key);
                        if (skill == null) {
                            throw new IllegalStateException("template names unknown skill {" + key + "}: " + template);
                        }
                        yield matcher.start() == 0 ? skill : inSentence(skill, language);
                    }
                };
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // Common-noun skills that people write in lower case inside a sentence ("managed patient care").
    private static final Set<String> COMMON_NOUNS = Set.of("Phlebotomy", "Triage", "Catheterisation", "Recruitment",
            "Coaching", "Branding", "Typography", "Pastry", "Butchery", "Containment", "Forecasting", "Budgeting",
            "Valuation", "Statistics", "Drafting", "Negotiation", "Conveyancing", "Litigation", "Procurement",
            "Bookkeeping", "Onboarding", "Upselling", "Copywriting", "Hydraulics", "Payroll", "Three-phase",
            "Microservices", "Forklift", "Trunking", "Dispensing", "Vaccinations", "Differentiation", "Safeguarding",
            "Pharmacovigilance", "Prospección", "Tutoría");

    /**
     * A skill as written mid-sentence: "Patient care" becomes "patient care", but names of products and methods
     * ("Power BI", "Spring Boot", "Scrum") and every German noun keep their capitals.
     */
    static String inSentence(String skill, String language) {
        if (language.equals("de") || skill.length() < 2 || !Character.isUpperCase(skill.charAt(0))
                || Character.isUpperCase(skill.charAt(1))) {
            return skill;
        }
        String[] words = skill.split(" ");
        boolean restLower = words.length > 1;
        for (int i = 1; i < words.length; i++) {
            restLower &= !words[i].isEmpty() && !Character.isUpperCase(words[i].charAt(0))
                    && words[i].chars().noneMatch(Character::isDigit);
        }
        if (restLower || COMMON_NOUNS.contains(skill)) {
            return Character.toLowerCase(skill.charAt(0)) + skill.substring(1);
        }
        return skill;
    }

    private static String summaryExtra(String language, String country, Random random) {
        if (random.nextInt(100) >= 55) {
            return null;
        }
        List<String> options = switch (language) {
            case "de" -> List.of("Ich suche eine neue Herausforderung in einem engagierten Team.",
                    "Führerschein Klasse B vorhanden.", "Verfügbar ab sofort bzw. nach Absprache.");
            case "fr" -> List.of("Disponible rapidement.", "Permis B, mobilité géographique.",
                    "À la recherche d'un nouveau défi au sein d'une équipe ambitieuse.");
            case "es" -> List.of("Carné de conducir B y vehículo propio.", "Disponibilidad inmediata.",
                    "Busco un nuevo reto profesional en una empresa en crecimiento.");
            case "nl" -> List.of("Rijbewijs B.", "Per direct beschikbaar.",
                    "Op zoek naar een nieuwe uitdaging in een ambitieuze organisatie.");
            default -> country.equals("GB")
                    ? List.of("Full UK driving licence.", "Looking for my next challenge in a team that values "
                            + "ownership and high standards.", "Available on one month's notice.",
                            "Eligible to work in the UK without sponsorship.")
                    : List.of("Looking for my next challenge in a team that values ownership and high standards.",
                            "Open to relocation.", "Available at short notice.",
                            "Known for calm delivery under pressure and clear communication.");
        };
        return pick(options, random);
    }

    private static List<String> fitting(List<Tagged> items, String country) {
        return items.stream().filter(item -> item.fits(country)).map(Tagged::text).toList();
    }

    /** Folds accents and special letters for e-mail addresses and handles: Łukasz becomes Lukasz. */
    static String ascii(String text) {
        String folded = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("æ", "ae").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
                .replace("İ", "I");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
