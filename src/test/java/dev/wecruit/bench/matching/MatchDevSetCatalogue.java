package dev.wecruit.bench.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matching development set is made of: skills and qualifications (concepts) with the many ways people write
 * them, occupations with their title synonyms per level, and the jobs. Written by us for this set; no text comes from
 * real job ads or CVs.
 *
 * <p>A concept is the hidden truth a requirement is judged on; its aliases and prose are only how a CV may show it.
 * The catalogue is a small line format:
 * <ul>
 * <li>{@code skill key (implied,...): Alias | Alias => prose || prose} declares a concept ({@code qual} and
 *     {@code lang} likewise). Holding it also counts as holding the implied keys. An alias {@code Text@Institution}
 *     is printed as an education entry; {@code @*} draws a university, {@code @college} a local college. Prose
 *     starts with a past-tense verb; {@code {a}} is the alias drawn, {@code #{3-9}} a number.</li>
 * <li>{@code == key[ background]; noun; adjacent,...} starts an occupation (background ones have no jobs).
 *     {@code MID: a | b} are the titles for a level, {@code MID/spec:} for one specialism only; {@code spec name:}
 *     lists that specialism's concepts ({@code spec -:} for an occupation without specialisms); {@code core:}
 *     concepts almost everyone in it holds, {@code pool:} occasional ones, {@code senior:} ones no junior holds;
 *     {@code employers/spec:} overrides {@code employers:} for one specialism. A background occupation's
 *     {@code decoy:} lines name a job's skills without doing the work; {@code targets:} limits them to some
 *     occupations.</li>
 * <li>{@code == job occupation[/spec] LEVEL|- City|- ON_SITE|HYBRID|REMOTE: Title} starts a job; {@code about:} is
 *     the ad; {@code + key: text} a must-have, {@code - key: text} a nice-to-have, {@code years N} a minimum.</li>
 * </ul>
 */
final class MatchDevSetCatalogue {

    enum Level { JUNIOR, MID, SENIOR, LEAD }

    enum Kind { SKILL, QUAL, LANG }

    /** One way of writing a concept; {@code institution} is set when it is printed as an education entry. */
    record Alias(String text, String institution) {}

    record Concept(String key, Kind kind, List<Alias> aliases, List<String> prose, Set<String> implies) {}

    record Occupation(String key, boolean background, String noun, List<String> adjacent,
            Map<String, List<String>> titles, Map<String, List<String>> specialisms, List<String> core,
            List<String> pool, List<String> seniorOnly, Map<String, List<String>> employers, List<String> degrees,
            List<String> summaries, List<String> duties, List<String> decoys, List<String> decoyTargets) {

        /** Whether this background can plausibly name the skills of a job in the given occupation. */
        boolean decoysFor(Occupation target) {
            return !decoys.isEmpty() && (decoyTargets.isEmpty() || decoyTargets.contains(target.key()));
        }

        List<String> titlesFor(Level level, String specialism) {
            return titles.getOrDefault(level + "/" + specialism, titles.get(level.name()));
        }

        List<String> employersFor(String specialism) {
            return employers.getOrDefault("employers/" + specialism, employers.get("employers"));
        }

        /** Specialism names; {@code null} alone for an occupation without specialisms. */
        List<String> specialismNames() {
            return specialisms.keySet().stream().map(name -> name.equals("-") ? null : name).toList();
        }

        List<String> specialismConcepts(String specialism) {
            return specialisms.get(specialism == null ? "-" : specialism);
        }

        Set<String> allConcepts() {
            Set<String> all = new LinkedHashSet<>(core);
            specialisms.values().forEach(all::addAll);
            all.addAll(pool);
            return all;
        }
    }

    /** A job requirement: either a concept to hold or, when {@code concept} is null, a minimum of years. */
    record Requirement(String text, boolean mustHave, String concept, int minYears) {}

    record City(String name, String cluster, String postcodeArea) {
        String location() {
            return name + ", United Kingdom";
        }
    }

    record Job(String id, Occupation occupation, String specialism, Level seniority, City city, String remote,
            String title, String description, List<Requirement> requirements) {

        int minYears() {
            return requirements.stream().filter(Requirement::mustHave).mapToInt(Requirement::minYears).max()
                    .orElse(0);
        }
    }

    record Catalogue(Map<String, Concept> concepts, Map<String, Occupation> occupations, List<Job> jobs,
            List<City> cities, List<String> firstNames, List<String> lastNames, List<String> universities,
            List<String> streetStems, List<String> streetKinds, List<String> summaries, List<String> duties,
            List<String> softSkills) {}

    private MatchDevSetCatalogue() {}

    static Catalogue load() {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> occupationFields = new LinkedHashMap<>();
        List<String[]> jobHeads = new ArrayList<>();
        List<Map<String, List<String>>> jobFields = new ArrayList<>();
        Map<String, List<String>> top = new LinkedHashMap<>();
        List<City> cities = new ArrayList<>();
        Map<String, List<String>> current = top;
        for (String raw : String.join("\n", PEOPLE_AND_SHARED, OCCUPATIONS, JOBS).lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== job ")) {
                int colon = line.indexOf(": ");
                jobHeads.add((line.substring(7, colon) + " " + line.substring(colon + 2)).split(" ", 5));
                current = new LinkedHashMap<>();
                jobFields.add(current);
            } else if (line.startsWith("== ")) {
                current = new LinkedHashMap<>();
                String[] head = line.substring(3).split("; ");
                current.put("#head", List.of(head));
                occupationFields.put(head[0].split(" ")[0], current);
            } else if (line.matches("^(skill|qual|lang) .*")) {
                Concept concept = concept(line);
                concepts.put(concept.key(), concept);
            } else if (line.startsWith("+ ") || line.startsWith("- ")) {
                current.computeIfAbsent("#requirements", k -> new ArrayList<>()).add(line);
            } else if (line.startsWith("cluster: ")) {
                List<String> members = split(line.substring(9), ", ");
                String cluster = members.get(0).substring(0, members.get(0).lastIndexOf(' '));
                for (String member : members) {
                    int space = member.lastIndexOf(' ');
                    cities.add(new City(member.substring(0, space), cluster, member.substring(space + 1)));
                }
            } else {
                int colon = line.indexOf(": ");
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2);
                boolean repeatable = List.of("summary", "duty", "decoy", "about").contains(key);
                current.computeIfAbsent(key, k -> new ArrayList<>())
                        .addAll(repeatable ? List.of(value) : split(value, value.contains(" | ") ? " | " : ", "));
            }
        }
        Map<String, Occupation> occupations = new LinkedHashMap<>();
        occupationFields.forEach((key, fields) -> occupations.put(key, occupation(fields)));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < jobHeads.size(); i++) {
            jobs.add(job(i + 1, jobHeads.get(i), jobFields.get(i), occupations, cities));
        }
        Catalogue catalogue = new Catalogue(concepts, occupations, jobs, cities, top.get("first"), top.get("last"),
                top.get("universities"), top.get("street-stems"), top.get("street-kinds"), top.get("summary"),
                top.get("duty"), top.get("soft-skills"));
        checkReferences(catalogue);
        return catalogue;
    }

    private static Concept concept(String line) {
        String kind = line.substring(0, line.indexOf(' '));
        int colon = line.indexOf(": ");
        String head = line.substring(kind.length() + 1, colon);
        Set<String> implies = new LinkedHashSet<>();
        if (head.contains(" (")) {
            implies.addAll(split(head.substring(head.indexOf(" (") + 2, head.length() - 1), ","));
            head = head.substring(0, head.indexOf(" ("));
        }
        String[] parts = line.substring(colon + 2).split(" => ");
        List<Alias> aliases = new ArrayList<>();
        for (String alias : split(parts[0], " | ")) {
            int at = alias.indexOf('@');
            aliases.add(at < 0 ? new Alias(alias, null) : new Alias(alias.substring(0, at), alias.substring(at + 1)));
        }
        List<String> prose = parts.length > 1 ? split(parts[1], " || ") : List.of();
        return new Concept(head, Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), List.copyOf(aliases), prose, Set.copyOf(implies));
    }

    private static Occupation occupation(Map<String, List<String>> fields) {
        List<String> head = fields.get("#head");
        String[] keyAndFlag = head.get(0).split(" ");
        Map<String, List<String>> titles = new LinkedHashMap<>();
        Map<String, List<String>> specialisms = new LinkedHashMap<>();
        Map<String, List<String>> employers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("employers")) {
                employers.put(name, values);
            } else if (name.startsWith("spec ")) {
                specialisms.put(name.substring(5), values);
            } else if (name.matches("^(JUNIOR|MID|SENIOR|LEAD)(/.*)?$")) {
                titles.put(name, values);
            }
        });
        return new Occupation(keyAndFlag[0], keyAndFlag.length > 1, head.get(1),
                head.size() > 2 ? split(head.get(2), ", ") : List.of(), titles, specialisms,
                fields.getOrDefault("core", List.of()), fields.getOrDefault("pool", List.of()),
                fields.getOrDefault("senior", List.of()), employers, fields.getOrDefault("degrees", List.of()),
                fields.getOrDefault("summary", List.of()), fields.getOrDefault("duty", List.of()),
                fields.getOrDefault("decoy", List.of()), fields.getOrDefault("targets", List.of()));
    }

    private static Job job(int number, String[] head, Map<String, List<String>> fields,
            Map<String, Occupation> occupations, List<City> cities) {
        String[] occupationAndSpecialism = head[0].split("/");
        List<Requirement> requirements = new ArrayList<>();
        for (String line : fields.get("#requirements")) {
            boolean must = line.startsWith("+");
            int colon = line.indexOf(": ");
            String key = line.substring(2, colon);
            String text = line.substring(colon + 2);
            requirements.add(key.startsWith("years ")
                    ? new Requirement(text, must, null, Integer.parseInt(key.substring(6)))
                    : new Requirement(text, must, key, 0));
        }
        City city = head[2].equals("-") ? null
                : cities.stream().filter(c -> c.name().equals(head[2])).findFirst().orElseThrow();
        return new Job("job-%02d".formatted(number), occupations.get(occupationAndSpecialism[0]),
                occupationAndSpecialism.length > 1 ? occupationAndSpecialism[1] : null,
                head[1].equals("-") ? null : Level.valueOf(head[1]), city, head[3], head[4],
                fields.get("about").get(0), List.copyOf(requirements));
    }

    /** Fails on a concept, occupation or specialism that is used but never declared: a typo would skew the grades. */
    private static void checkReferences(Catalogue catalogue) {
        List<String> problems = new ArrayList<>();
        for (Occupation occupation : catalogue.occupations().values()) {
            for (String key : occupation.allConcepts()) {
                if (!catalogue.concepts().containsKey(key)) {
                    problems.add(occupation.key() + " uses unknown concept " + key);
                }
            }
            occupation.adjacent().stream().filter(key -> !catalogue.occupations().containsKey(key))
                    .forEach(key -> problems.add(occupation.key() + " is adjacent to unknown " + key));
            for (Level level : Level.values()) {
                if (occupation.titlesFor(level, null) == null) {
                    problems.add(occupation.key() + " has no " + level + " titles");
                }
            }
        }
        for (Concept concept : catalogue.concepts().values()) {
            concept.implies().stream().filter(key -> !catalogue.concepts().containsKey(key))
                    .forEach(key -> problems.add(concept.key() + " implies unknown " + key));
        }
        for (Job job : catalogue.jobs()) {
            if (job.specialism() != null && !job.occupation().specialisms().containsKey(job.specialism())) {
                problems.add(job.id() + " has unknown specialism " + job.specialism());
            }
            for (Requirement requirement : job.requirements()) {
                if (requirement.concept() != null && !catalogue.concepts().containsKey(requirement.concept())) {
                    problems.add(job.id() + " requires unknown concept " + requirement.concept());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
    }

    private static List<String> split(String value, String separator) {
        return List.of(value.split(java.util.regex.Pattern.quote(separator))).stream().map(String::strip).toList();
    }

    // Three blocks because one constant string may not exceed 64 KB.
    private static final String PEOPLE_AND_SHARED = """
            first: Amira, Oliver, Priya, Callum, Siobhan, Tomasz, Aisha, Daniel, Chloe, Rhys, Hannah, Kwame, Sofia, Liam, Fatima, George, Niamh, Arjun, Megan, Ewan, Zainab, Harry, Olivia, Marek, Grace, Mohammed, Ellie, Jamal, Isla, Ravi, Lucy, Declan, Yasmin, Ben, Amelia, Kofi, Freya, Adam, Leah, Hamza, Rosie, Joseph, Anya, Samuel, Ffion, Omar, Zoë, Connor, Mei, Luke, Bethany, Imran, Gemma, Nathan, Ayesha, Jack, Ioana, Seán, Tariq, Holly, Chidi, Eilidh
            last: Khan, Patel, Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Roberts, Johnson, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, Harrison, Morgan, Young, Allen, Mitchell, O'Connor, Kowalski, Nowak, Okafor, Mensah, Chen, Nguyen, Ahmed, Hussain, Begum, Singh, Kaur, Murphy, Kelly, MacLeod, Fraser, Campbell, Reid, Rossi, Silva, Popescu, Adeyemi, Lindqvist
            universities: University of Leeds, University of Manchester, University of Birmingham, University of Bristol, University of Sheffield, University of Nottingham, Nottingham Trent University, Sheffield Hallam University, Leeds Beckett University, Manchester Metropolitan University, University of Glasgow, University of Edinburgh, Edinburgh Napier University, Cardiff University, University of Liverpool, Newcastle University, Northumbria University, University of Exeter, University of Plymouth, Aston University, Coventry University, De Montfort University, University of Derby, Loughborough University, University of the West of England, Oxford Brookes University, King's College London, University of Westminster, University of Strathclyde, The Open University
            street-stems: Larchmere, Quillbrook, Thistlecombe, Marrowgate, Fenwhistle, Orrin Vale, Saltmarsh, Kestrelwood, Brindle, Copperbeech, Wrenfield, Ashgrove, Tannery, Lanternhill, Moss Bank, Pellow, Cinderford, Hollin, Sedgemoor, Fallowfield, Gullet, Ravensworth, Nettlebed, Amberley, Skelwith, Foxglove, Whinmoor, Tollgate, Bramblecote, Otterburn
            street-kinds: Row, Street, Close, Lane, Gardens, Way, Terrace, Crescent, Road, Mews
            soft-skills: Communication, Time management, Problem solving, Attention to detail, Teamwork, Organisation, Adaptability
            cluster: London SE, Croydon CR, Watford WD, Guildford GU
            cluster: Leeds LS, Bradford BD, Wakefield WF, Harrogate HG
            cluster: Manchester M, Salford M, Stockport SK, Bolton BL
            cluster: Birmingham B, Solihull B, Wolverhampton WV, Coventry CV
            cluster: Bristol BS, Bath BA, Weston-super-Mare BS
            cluster: Sheffield S, Rotherham S, Chesterfield S
            cluster: Nottingham NG, Derby DE, Loughborough LE
            cluster: Glasgow G, Paisley PA
            cluster: Edinburgh EH, Livingston EH
            cluster: Northampton NN, Milton Keynes MK
            cluster: Aberdeen AB
            cluster: Plymouth PL
            cluster: Inverness IV
            cluster: Belfast BT
            cluster: Norwich NR
            cluster: Newcastle upon Tyne NE
            cluster: Cardiff CF
            cluster: Exeter EX
            summary: {Noun} with {years} of experience, currently {title} at {company}.
            summary: {years} in the field, most recently as {title} with {company}; looking for the next step.
            summary: Reliable, organised {noun} who likes solving problems and working closely with colleagues.
            summary: Experienced {title} based in {city}, open to new opportunities.
            summary: I am {a noun} with {years} behind me and a steady record of getting things done.
            summary: I have worked as {a noun} for {years} and I am now looking for a team where I can keep learning.
            duty: Trained new starters and wrote up the team's procedures
            duty: Covered colleagues' work during holidays and busy periods
            duty: Took on more responsibility each year as the team grew
            duty: Built good working relationships with colleagues across departments
            duty: Worked to tight deadlines in a busy and changing environment
            duty: Suggested and made small improvements to the way the team worked
            duty: Joined on a fixed-term contract that was made permanent within the year
            duty: Represented the team at cross-department meetings

            # ---- concepts shared by several occupations ----
            skill excel: Excel | MS Excel | Microsoft Excel | advanced Excel => Built {a} models with pivot tables and lookups || Replaced a tangle of manual spreadsheets with one well-structured {a} workbook
            skill team-lead: team leadership | people management | line management => Line-managed a team of #{3-12} and ran their reviews || Led a team of #{4-15}, covering rotas, one-to-ones and development plans
            skill stakeholders: stakeholder management | stakeholder engagement => Presented findings to directors in plain English || Ran monthly reviews with senior stakeholders
            skill python: Python | Python 3 => Automated routine data jobs in {a} || Wrote {a} scripts to clean and validate incoming files
            skill sql: SQL | T-SQL | ANSI SQL => Wrote complex {a} with window functions and CTEs || Answered ad-hoc questions from the business with {a} against the warehouse
            skill sap: SAP | SAP S/4HANA | SAP ECC => Worked in {a} every day for postings and reporting
            skill workday: Workday | Workday HCM => Kept employee records and org structures up to date in {a}
            skill driving: Full UK driving licence | full clean driving licence | UK driving licence => Drove between sites and client visits across the region every week
            skill customer-service: customer service | customer experience | complaint handling => Resolved escalated complaints calmly and kept customers coming back
            skill safeguarding: safeguarding | Level 3 safeguarding | safeguarding training => Completed safeguarding training and followed up concerns with the designated lead
            skill negotiation: negotiation | contract negotiation | commercial negotiation => Negotiated pricing and terms with buyers and procurement teams
            skill recruitment: recruitment | end-to-end recruitment | talent acquisition | competency-based interviewing => Ran shortlisting and interviews for #{10-60} hires a year
            skill employment-law: employment law | UK employment law => Kept policies and contracts in line with changes in {a}
            skill ceng: CEng | Chartered Engineer | Chartered Engineer (CEng) => Became a Chartered Engineer through the institution's professional review
            skill fea: FEA | finite element analysis | ANSYS | Abaqus => Checked stresses and deflections with {a} before prototypes were built
            skill autocad: AutoCAD | AutoCAD 2D => Produced general arrangement drawings in {a}
            skill kpis: KPI management | operational KPIs | SLA management => Ran the operation to KPIs on accuracy, productivity and on-time delivery
            skill hris: HRIS | BambooHR | Cezanne HR | HR systems => Kept starters, leavers and changes accurate in {a}
            lang german: German | fluent German | German (C1) => Looked after German-speaking customers in their own language || Handled calls and correspondence in German
            lang french: French | fluent French | French (B2) => Handled calls and correspondence in French
            lang spanish: Spanish | Spanish (fluent) => Worked with Spanish-speaking partners in their own language
            lang welsh: Welsh | Welsh speaker | Cymraeg => Worked bilingually in Welsh and English
            """;

    private static final String OCCUPATIONS = """
            == software; software engineer; data-engineer
            JUNIOR: Graduate Software Engineer | Junior Developer | Associate Software Engineer | Junior Java Developer
            MID: Software Engineer | Backend Developer | Java Developer | Software Developer | Full Stack Developer
            SENIOR: Senior Software Engineer | Senior Backend Engineer | Senior Java Developer | Senior Developer
            LEAD: Lead Software Engineer | Tech Lead | Principal Engineer | Engineering Lead
            JUNIOR/frontend: Junior Front-End Developer | Graduate Web Developer | Junior UI Developer
            MID/frontend: Frontend Developer | Front-End Engineer | UI Developer | React Developer | Web Developer
            SENIOR/frontend: Senior Frontend Engineer | Senior UI Engineer | Senior Web Developer
            LEAD/frontend: Frontend Lead | Lead UI Engineer | Principal Front-End Engineer
            spec backend: java, spring, postgres, kafka, microservices, kubernetes, docker, aws, testing, sql
            spec frontend: javascript, typescript, react, css, accessibility, testing, webpack, design-systems
            pool: git, cicd, python, team-lead, agile
            employers: Brightlane Software | Quantix Labs | Corvid Systems | Halcyon Payments | Tessellate Commerce | Northwind Digital | Marlow Health Tech | Parcelio | Fernhill Games | Ostara Insurance Technology
            degrees: BSc Computer Science | BSc (Hons) Software Engineering | MEng Computer Science | BSc Mathematics | MSc Advanced Computing
            summary: Engineer who enjoys turning messy requirements into small, well-tested pieces of software.
            duty: Took part in design reviews and the on-call rota for the team's services
            duty: Paired with product and design to break features into small releasable steps
            duty: Reviewed pull requests and kept the team's documentation current
            skill java: Java | Java 17 | Java SE | core Java => Built and maintained backend services in {a} || Wrote most of the order-management codebase in {a}
            skill spring: Spring Boot | Spring | Spring Framework => Exposed REST endpoints with {a} || Moved a legacy servlet application onto {a}
            skill postgres: PostgreSQL | Postgres => Tuned slow {a} queries and indexes, cutting p95 latency by #{30-60}% || Designed {a} schemas for the billing domain
            skill kafka: Kafka | Apache Kafka | Kafka Streams => Built event-driven consumers on {a} || Replaced nightly batch jobs with {a} topics
            skill microservices: microservices | service-oriented architecture | distributed systems => Split a booking monolith into {a} with a zero-downtime cut-over
            skill kubernetes: Kubernetes | k8s | K8s | EKS => Deployed services to {a} clusters with Helm charts || Moved #{12-40} container workloads onto {a}
            skill docker: Docker | Docker Compose => Containerised every service with {a} so environments matched
            skill aws: AWS | Amazon Web Services | AWS (EC2, S3, Lambda) => Ran production workloads on {a}
            skill testing: automated testing | unit testing | TDD | JUnit => Raised test coverage from #{30-50}% to #{75-90}% with {a}
            skill javascript: JavaScript | JS | ES6+ | ECMAScript => Built interactive pages in plain {a} before the move to a framework || Wrote the checkout flow's client-side validation in {a}
            skill typescript: TypeScript | TS => Migrated the front-end codebase to {a} || Introduced strict {a} typing across the UI
            skill react: React | React.js | ReactJS => Built the customer dashboard in {a} || Maintained a shared {a} component library used by #{3-8} teams
            skill css: CSS | CSS3 | Sass/SCSS | Tailwind CSS => Rebuilt the site's layout in modern {a} with a mobile-first grid
            skill accessibility: accessibility (WCAG 2.1) | WCAG | a11y | web accessibility => Audited pages against {a} || Fixed screen-reader and keyboard-navigation problems until the site passed an external accessibility audit
            skill webpack: Webpack | Vite | front-end build tooling => Halved bundle size by reworking the {a} configuration
            skill design-systems: design systems | Storybook | component libraries => Documented UI components in {a} for designers and developers
            skill git: Git | GitHub | GitLab
            skill cicd: CI/CD | continuous delivery | GitHub Actions | Jenkins pipelines => Cut release time from days to under an hour with {a}
            skill agile: Agile | Scrum | Kanban

            == data-engineer; data engineer; software, data-analyst
            JUNIOR: Junior Data Engineer | Graduate Data Engineer | ETL Developer
            MID: Data Engineer | Analytics Engineer | Data Platform Engineer | Big Data Engineer
            SENIOR: Senior Data Engineer | Senior Analytics Engineer | Senior Data Platform Engineer
            LEAD: Lead Data Engineer | Data Engineering Manager | Head of Data Engineering
            spec -: python, sql, airflow, spark, dbt, cloud-dw, aws, kafka, docker, postgres
            pool: git, cicd, team-lead, agile
            employers: Cobalt Retail Group | Lumen Telecom | Harbourline Logistics | Orchard Energy | Meridian Travel | Fable Media | Greenfield Insurance
            degrees: BSc Computer Science | MSc Data Science | BSc Physics | BSc Mathematics
            summary: Data engineer who likes boring, reliable pipelines and well-modelled tables.
            duty: Agreed data contracts with the product teams that publish the source data
            duty: Looked after pipeline alerts and backfills on the team's support rota
            skill airflow: Apache Airflow | Airflow | Cloud Composer => Orchestrated daily pipelines in {a} || Scheduled and monitored more than #{40-120} DAGs
            skill spark: Apache Spark | Spark | PySpark | Databricks => Processed billions of event rows a day with {a}
            skill dbt: dbt | dbt Core | data build tool => Modelled warehouse tables in {a} with tests on every model
            skill cloud-dw: Snowflake | BigQuery | Amazon Redshift => Loaded raw data into {a} and kept storage costs in check

            == data-analyst; data analyst; data-engineer, accountant
            JUNIOR: Junior Data Analyst | Graduate Analyst | Reporting Analyst | MI Analyst
            MID: Data Analyst | Business Intelligence Analyst | BI Analyst | Insight Analyst
            SENIOR: Senior Data Analyst | Senior Insight Analyst | Senior BI Analyst
            LEAD: Analytics Lead | Head of Insight | Analytics Manager
            spec -: sql, powerbi, excel, python, tableau, stats, stakeholders, ga4, r-lang
            pool: dbt, cloud-dw, team-lead
            employers: Cobalt Retail Group | Greenfield Insurance | Lumen Telecom | Straits Commerce | Meridian Travel | Orchard Energy | Wendover Building Society
            degrees: BSc Mathematics | BSc Economics | MSc Data Science | BSc (Hons) Statistics | BA Geography
            summary: Analyst who turns raw data into decisions that commercial teams actually act on.
            duty: Answered ad-hoc questions from finance, marketing and operations
            duty: Documented metric definitions so every team reported the same numbers
            skill powerbi: Power BI | PowerBI | Microsoft Power BI | DAX => Built {a} dashboards used by #{20-150} account managers || Replaced a stack of weekly spreadsheets with one self-serve {a} report
            skill tableau: Tableau => Created {a} workbooks tracking performance across #{80-300} branches
            skill stats: statistics | statistical analysis | regression analysis | hypothesis testing => Designed and read out A/B tests on the checkout journey
            skill ga4: Google Analytics | GA4 | Google Analytics 4 => Set up {a} event tracking for the marketing team
            skill r-lang: R | RStudio | tidyverse => Produced churn analysis in {a} that shaped a retention campaign

            == accountant; accountant; payroll, bookkeeper, data-analyst
            JUNIOR: Accounts Assistant | Trainee Accountant | Assistant Accountant
            MID: Management Accountant | Accountant | Finance Business Partner | Financial Accountant
            SENIOR: Senior Management Accountant | Senior Accountant | Assistant Financial Controller
            LEAD: Financial Controller | Head of Finance | Finance Manager
            spec -: month-end, mgmt-accounts, excel, sage-accounts, ifrs, vat, budgeting, reconciliations, acc-part, sap, xero
            core: acc-part
            pool: acc-qualified, team-lead, payroll-processing, stakeholders
            senior: budgeting
            employers: Hartwell & Co | Pennine Foods Group | Kestrel Property Holdings | Ashcombe Manufacturing | Brightwater Housing Association | Sterling Dental Group | Carrow Brewing Company
            degrees: BA (Hons) Accounting and Finance | BSc Accounting | BSc Economics | BA Business Studies
            summary: Hands-on finance professional who likes a clean ledger, a fast close and a team people want to talk to.
            duty: Answered auditors' and budget holders' questions promptly
            duty: Reviewed supplier statements and chased old balances
            skill month-end: month-end close | month end | period-end close => Ran the month-end close in #{4-6} working days || Brought the monthly close forward by #{2-4} days by automating journals
            skill mgmt-accounts: management accounts | management reporting | board reporting => Produced the monthly management accounts for a group of #{3-9} trading companies || Prepared {a} for the board each month
            skill sage-accounts: Sage 50 Accounts | Sage 200 | Sage Intacct => Kept the ledgers in {a}
            skill xero: Xero => Moved #{3-6} subsidiaries from spreadsheets onto {a}
            skill ifrs: IFRS | FRS 102 | UK GAAP => Prepared statutory accounts under {a}
            skill vat: VAT returns | VAT | MTD for VAT => Filed quarterly {a} without a single late submission
            skill budgeting: budgeting and forecasting | budgeting | forecasting | FP&A => Ran the annual budget with #{6-14} budget holders
            skill reconciliations: bank reconciliations | balance sheet reconciliations | reconciliations => Performed daily {a} across #{5-20} accounts
            qual acc-qualified (acc-part): ACCA@Association of Chartered Certified Accountants | ACMA, CGMA@Chartered Institute of Management Accountants | ACA@ICAEW | Chartered Accountant (ACA) | FCCA => Qualified as a chartered accountant while working full time
            qual acc-part: ACCA (finalist)@Association of Chartered Certified Accountants | CIMA (part-qualified)@Chartered Institute of Management Accountants | ACCA part-qualified | CIMA Management Level@Chartered Institute of Management Accountants => Studied for professional exams alongside the day job, passing each paper first time

            == payroll; payroll professional; accountant, hr, bookkeeper
            JUNIOR: Payroll Assistant | Payroll Clerk | Junior Payroll Administrator
            MID: Payroll Administrator | Payroll Officer | Payroll & Benefits Executive | Payroll Specialist
            SENIOR: Senior Payroll Officer | Payroll Team Leader | Senior Payroll Specialist | Payroll Supervisor
            LEAD: Payroll Manager | Head of Payroll | Payroll Operations Lead | Payroll and Reward Manager
            spec sage: sage-payroll, rti, pensions-ae, excel, payroll-processing, statutory-pay, cipp
            spec enterprise: adp, itrent, workday, rti, pensions-ae, payroll-processing, multi-country, cipp, excel
            pool: hris, team-lead, stakeholders
            senior: multi-country
            employers: Pennine Foods Group | Carrow Brewing Company | Brightwater Housing Association | Paysafe Bureau Services | Ledgerline Outsourcing | Hollybank Care Group | Northgate Retail
            degrees: BA (Hons) Business Management | BSc Accounting | BA Human Resource Management
            summary: Accurate, deadline-driven payroll person who has never missed a pay date.
            duty: Answered employees' pay queries by phone and email
            duty: Processed starters, leavers, overtime and salary changes each period
            skill sage-payroll: Sage 50 Payroll | Sage Payroll | Sage 50cloud Payroll => Ran weekly and monthly pay runs on {a} || Looked after {a} for #{80-400} staff across #{2-5} sites
            skill rti: RTI | RTI submissions | Real Time Information (RTI) => Handled {a} for every pay run || Filed FPS and EPS returns to HMRC each period and sorted out rejected submissions
            skill pensions-ae: pension auto-enrolment | auto-enrolment | workplace pensions => Handled {a} assessments and opt-outs || Managed the feed between payroll and the workplace pension provider, including re-enrolment
            skill payroll-processing: end-to-end payroll | payroll processing | gross-to-net calculations => Processed gross-to-net pay for #{150-2500} employees || Took the payroll from timesheet collection through to the BACS file
            skill statutory-pay: statutory payments (SSP, SMP) | SSP and SMP | statutory sick and maternity pay => Calculated {a} and salary-sacrifice deductions
            skill adp: ADP | ADP iHCM | ADP GlobalView => Coordinated pay runs with the outsourced {a} team
            skill itrent: iTrent | MHR iTrent => Ran the monthly payroll in {a} for #{1000-6000} staff
            skill multi-country: multi-country payroll | international payroll | global payroll => Coordinated in-country payroll providers across #{3-9} countries
            qual cipp: CIPP Foundation Degree in Payroll Management@Chartered Institute of Payroll Professionals | CIPP Diploma in Payroll Administration@Chartered Institute of Payroll Professionals | MCIPP | CIPP qualified => Studied with the Chartered Institute of Payroll Professionals alongside work

            == hr; HR professional; payroll, recruiter, legal
            JUNIOR: HR Assistant | HR Administrator | People Coordinator | HR Coordinator
            MID: HR Advisor | People Advisor | HR Officer | Employee Relations Advisor
            SENIOR: HR Business Partner | Senior HR Advisor | People Partner | Senior People Partner
            LEAD: Head of HR | HR Manager | Head of People | People and Culture Lead
            spec -: employee-relations, cipd-5, absence, employment-law, tupe, change, hris, recruitment, cipd-7, workday
            core: cipd-5
            pool: team-lead, stakeholders
            senior: cipd-7, change, tupe
            employers: Brightwater Housing Association | Ashcombe Manufacturing | Meridian Travel | Hollybank Care Group | Northgate Retail | Corvid Systems | Oakridge College Group
            degrees: BA (Hons) Human Resource Management | BA Business Management | BSc Psychology | LLB Law
            summary: Practical people professional who gives managers straight, usable advice.
            duty: Drafted contracts, offer letters and policy updates
            duty: Coached line managers through difficult conversations
            skill employee-relations: employee relations | ER casework | disciplinary and grievance => Handled {a} from investigation to appeal || Supported managers through #{20-60} disciplinary, grievance and capability cases a year
            skill absence: absence management | attendance management | sickness absence => Cut sickness absence by #{10-30}% through return-to-work meetings and occupational health referrals
            skill tupe: TUPE | TUPE transfers => Ran the consultation when #{40-300} staff transferred in under {a}
            skill change: organisational change | restructuring | change management => Led consultation on a restructure affecting #{30-200} roles
            qual cipd-7 (cipd-5): CIPD Level 7 Advanced Diploma@Chartered Institute of Personnel and Development | Chartered MCIPD | CIPD Level 7 | MCIPD => Upgraded to Chartered membership of the CIPD
            qual cipd-5: CIPD Level 5 Associate Diploma@Chartered Institute of Personnel and Development | Assoc CIPD | CIPD Level 5 => Completed the CIPD Level 5 while working as an adviser

            == nurse; registered nurse; healthcare-assistant
            JUNIOR: Newly Qualified Nurse | Staff Nurse (Band 5) | Preceptorship Nurse
            MID: Staff Nurse | Registered Nurse | Band 5 Staff Nurse | RGN
            SENIOR: Senior Staff Nurse | Charge Nurse | Band 6 Sister | Deputy Ward Manager
            LEAD: Ward Manager | Matron | Clinical Nurse Manager
            JUNIOR/mental-health: Newly Qualified Mental Health Nurse | Band 5 RMN | Preceptee Mental Health Nurse
            MID/mental-health: Mental Health Nurse | RMN | Community Psychiatric Nurse | Registered Mental Health Nurse
            SENIOR/mental-health: Senior Mental Health Practitioner | Band 6 Community Mental Health Nurse | Care Coordinator (RMN)
            LEAD/mental-health: Community Mental Health Team Manager | Mental Health Ward Manager
            spec adult: cannulation, triage, life-support, meds, ecg, wound-care, phlebotomy, deterioration, critical-care
            spec mental-health: risk-assessment, mha, depot, care-coordination, meds, deescalation
            core: nmc
            pool: safeguarding, team-lead, driving
            employers: Northgate Community Hospital | St Bride's Hospital | Riverside University Hospital | Calder Valley NHS Trust | Fairholme Hospice | Hollybank Nursing Home
            employers/mental-health: Westmoor Mental Health Trust | Calder Valley NHS Trust | Ashlea Psychiatric Unit | Greenway Community Mental Health Team | Riverside University Hospital
            degrees: BSc (Hons) Adult Nursing | BSc (Hons) Mental Health Nursing | Diploma in Adult Nursing
            summary: Calm, patient-centred nurse who enjoys teaching students and newly qualified colleagues.
            duty: Kept accurate, contemporaneous notes and handed over clearly at shift change
            duty: Supported students on placement as a practice assessor
            qual nmc: NMC registered | NMC PIN | registered with the Nursing and Midwifery Council => Kept an active registration with the Nursing and Midwifery Council, revalidating on time
            skill cannulation: IV cannulation | cannulation | intravenous therapy => Placed peripheral cannulas and managed IV infusions on a busy assessment unit || Was signed off as competent in {a} and in giving IV drugs
            skill triage: triage | Manchester Triage System | MTS => Triaged walk-in and ambulance patients using {a}
            skill life-support: ILS | Immediate Life Support | ALS provider | Advanced Life Support => Responded to cardiac arrests as part of the ward's resuscitation team
            skill meds: medication administration | medicines management | drug rounds => Managed {a} safely, including controlled drugs
            skill ecg: ECG | 12-lead ECG | ECG recording => Recorded 12-lead ECGs and escalated abnormal findings
            skill wound-care: wound care | tissue viability | wound management => Led {a} reviews that cut pressure ulcers by #{20-40}%
            skill phlebotomy: phlebotomy | venepuncture | blood taking => Took bloods for the ward's morning rounds
            skill deterioration: NEWS2 | sepsis screening | recognising the deteriorating patient => Escalated deteriorating patients early using NEWS2 scores
            skill critical-care: critical care | ICU | intensive care | HDU => Rotated through {a} for #{6-18} months
            skill risk-assessment: clinical risk assessment | risk assessment | suicide risk assessment => Completed and reviewed {a} for every person on the caseload
            skill mha: Mental Health Act | MHA 1983 | Mental Capacity Act => Worked within the {a} on admissions and section renewals
            skill depot: depot clinics | depot injections | antipsychotic depot administration => Ran a weekly depot clinic for #{20-45} service users
            skill care-coordination: care coordination | CPA | Care Programme Approach => Held a caseload of #{18-35} service users as their care coordinator
            skill deescalation: de-escalation | PMVA | conflict resolution => Used {a} to keep the ward safe without restraint

            == sales; sales executive; marketing
            JUNIOR: Sales Development Representative | SDR | Business Development Representative | Inside Sales Executive
            MID: Account Executive | Sales Executive | Business Development Executive | Territory Sales Representative
            SENIOR: Business Development Manager | Senior Account Executive | Key Account Manager | Enterprise Account Executive
            LEAD: Head of Sales | Sales Manager | Regional Sales Manager
            MID/field: Field Sales Executive | Area Sales Representative | Territory Sales Executive | Sales Representative
            spec saas: b2b-saas, salesforce, new-business, pipeline, qualification, negotiation, cold-calling
            spec field: field-sales, driving, negotiation, new-business, account-mgmt, crm, cold-calling
            pool: german, french, team-lead, customer-service
            employers: Tessellate Commerce | Quantix Labs | Halcyon Payments | Vantora Software | Lumen Telecom | Rostrum Cloud
            employers/field: Greyfriars Office Supplies | Kelso Packaging | Pennine Foods Group | Ashcombe Manufacturing | Brackenridge Catering Supplies | Lumen Telecom
            degrees: BA Business Studies | BA (Hons) Marketing | BSc Management | BA History
            summary: Target-driven seller who builds trust first and closes second.
            duty: Kept notes on every customer conversation and followed up the same day
            duty: Worked closely with pre-sales and customer success on handovers
            skill b2b-saas: B2B SaaS sales | SaaS sales | software sales => Sold subscription software to mid-market companies || Closed annual contracts worth £#{20-150}k on average for a cloud software vendor
            skill salesforce: Salesforce | SFDC | Salesforce CRM => Kept every opportunity up to date in {a}
            skill new-business: new business development | new business | hunting => Opened #{10-40} new accounts a year from a standing start || Won #{8-30} new logos a year against entrenched competitors
            skill pipeline: pipeline management | sales forecasting | forecast accuracy => Forecast the quarter within #{3-8}% of actuals
            skill qualification: MEDDIC | MEDDPICC | Challenger Sale | solution selling => Qualified every deal with {a} before committing it to forecast
            skill field-sales: field sales | territory management | face-to-face selling => Ran a territory of #{60-250} accounts, visiting customers on site || Covered a patch from the Borders to the Highlands with regular face-to-face visits
            skill account-mgmt: account management | key account management | client retention => Grew existing accounts by #{10-35}% a year
            skill crm: CRM | HubSpot CRM | Microsoft Dynamics => Logged calls and opportunities in {a}
            skill cold-calling: cold calling | outbound prospecting | lead generation => Made #{40-80} outbound calls a day and booked #{6-15} meetings a week

            == marketing; marketer; sales, writer
            JUNIOR: Marketing Assistant | Marketing Executive | Digital Marketing Assistant
            MID: Digital Marketing Executive | Digital Marketing Specialist | PPC Specialist | SEO Executive
            SENIOR: Digital Marketing Manager | Performance Marketing Manager | Senior Digital Marketer | Marketing Manager
            LEAD: Head of Marketing | Head of Digital | Marketing Lead
            JUNIOR/content: Content Marketing Executive | Junior Copywriter | Content Assistant | Marketing Assistant (Content)
            MID/content: Content Marketing Specialist | Copywriter | Content Writer | Content Executive
            SENIOR/content: Content Marketing Manager | Senior Copywriter | Content Lead
            spec performance: seo, ppc, ga4, hubspot, paid-social, cro, excel, email-marketing
            spec content: copywriting, seo, wordpress, social-media, content-strategy, hubspot, email-marketing
            pool: team-lead, crm, salesforce, stakeholders
            employers: Fable Media | Meridian Travel | Straits Commerce | Orchard Energy | Cobalt Retail Group | Brightlane Software | Wildthorn Cosmetics | Tern Volunteer Software
            degrees: BA (Hons) Marketing | BA English Literature | BA Journalism | BSc Psychology
            summary: Marketer who cares about what the numbers say as much as what the copy says.
            duty: Briefed designers and agencies and kept campaigns on schedule
            duty: Reported campaign results every month to the leadership team
            skill seo: SEO | search engine optimisation | technical SEO => Grew organic traffic by #{30-120}% through {a} || Rewrote landing pages and fixed crawl errors, doubling organic sessions within a year
            skill ppc: Google Ads | PPC | paid search | AdWords => Managed £#{20-400}k a year of {a} spend at a falling cost per lead
            skill hubspot: HubSpot | HubSpot Marketing Hub => Built nurture workflows and lead scoring in {a}
            skill paid-social: paid social | Meta Ads | LinkedIn Ads => Ran {a} campaigns for lead generation
            skill cro: conversion rate optimisation | CRO | landing page testing => Lifted form completions by #{10-40}% through {a}
            skill copywriting: copywriting | copy writing | content writing => Wrote long-form articles, product pages and email copy || Wrote #{4-12} blog posts a month that ranked on page one
            skill wordpress: WordPress | CMS (WordPress) | Webflow => Published and maintained the company blog in {a}
            skill social-media: social media management | social media | organic social => Planned and scheduled posts across LinkedIn, Instagram and TikTok
            skill content-strategy: content strategy | editorial calendar | content planning => Owned the editorial calendar and the brand's tone of voice
            skill email-marketing: email marketing | Mailchimp | CRM email campaigns => Sent a weekly newsletter to #{20-200}k subscribers and tested every subject line

            == legal; solicitor; paralegal, hr
            JUNIOR: Trainee Solicitor | Newly Qualified Solicitor | NQ Solicitor
            MID: Solicitor | Associate Solicitor | Associate
            SENIOR: Senior Associate | Senior Solicitor | Managing Associate
            LEAD: Partner | Legal Director | Head of Department
            MID/employment: Employment Solicitor | Employment Lawyer | Associate (Employment)
            MID/property: Conveyancing Solicitor | Residential Property Solicitor | Property Lawyer
            MID/commercial: Commercial Solicitor | Commercial Lawyer | Corporate Associate
            spec employment: employment-law, tribunal, settlement, drafting, tupe
            spec property: conveyancing, land-registry, leasehold, sdlt, case-mgmt
            spec commercial: commercial-contracts, drafting, gdpr, negotiation
            core: sra
            pool: team-lead, case-mgmt
            employers: Harlow & Finch LLP | Whitcombe Solicitors | Greaves Morton LLP | Aldridge Kerr Solicitors | Carrick & Doyle Solicitors | Fennimore Law
            degrees: LLB Law | LLB (Hons) Law | BA History | Graduate Diploma in Law
            summary: Pragmatic lawyer known for clear advice, careful drafting and calm negotiation.
            duty: Kept clients updated on progress and costs at every stage
            duty: Prepared first drafts of letters, contracts and court documents
            qual sra: qualified solicitor (England and Wales) | admitted solicitor | SQE qualified | Legal Practice Course (LPC)@* => Was admitted to the roll of solicitors in England and Wales
            skill tribunal: employment tribunal | tribunal claims | ET litigation => Ran tribunal claims from the ET1 through to final hearing
            skill settlement: settlement agreements | COT3 => Negotiated {a} for exiting senior staff
            skill drafting: drafting | legal drafting | contract drafting => Drafted policies, contracts and pleadings
            skill conveyancing: residential conveyancing | conveyancing | sale and purchase transactions => Ran a caseload of #{60-140} conveyancing files || Took house sales and purchases from instruction to completion
            skill land-registry: HM Land Registry | Land Registry applications | title registration => Submitted post-completion applications to HM Land Registry
            skill leasehold: leasehold | lease extensions | leasehold enfranchisement => Handled {a} matters for flat owners
            skill sdlt: SDLT | Stamp Duty Land Tax | SDLT returns => Filed {a} within deadline on every completion
            skill case-mgmt: case management systems | Proclaim | LEAP case management => Managed matters and time recording in {a}
            skill commercial-contracts: commercial contracts | supply agreements | SaaS agreements => Advised on {a} worth up to £#{2-40}m
            skill gdpr: GDPR | UK GDPR | data protection => Advised clients on {a} compliance

            == logistics; supply chain professional; data-analyst
            JUNIOR: Warehouse Team Leader | Logistics Coordinator | Supply Chain Assistant | Junior Planner
            MID: Warehouse Supervisor | Shift Manager | Logistics Supervisor | Operations Supervisor
            SENIOR: Warehouse Operations Manager | Distribution Centre Manager | Logistics Manager | Site Operations Manager
            LEAD: Head of Logistics | Head of Supply Chain | Supply Chain Director
            MID/planning: Supply Chain Planner | Demand Planner | Supply Planner | Inventory Planner
            SENIOR/planning: Senior Demand Planner | Senior Supply Chain Planner | Planning Manager
            spec warehouse: wms, kpis, lean, health-safety, inventory, team-lead, forklift
            spec planning: demand-planning, sap, excel, inventory, s-and-op, cips
            pool: driving, stakeholders
            employers: Harbourline Logistics | Midshires Distribution | Pennine Foods Group | Parcelio | Greyfriars Office Supplies | Ashcombe Manufacturing | Northgate Retail
            degrees: BSc Logistics and Supply Chain Management | BA Business Management | BSc Geography
            summary: Operations person who likes a tidy warehouse, a clear plan and a team that hits its numbers.
            duty: Chaired the daily start-of-shift briefing
            duty: Worked with transport, procurement and sales on the weekly plan
            skill wms: WMS | warehouse management system | Manhattan WMS | SAP EWM => Rolled out a new {a} across #{2-4} sites || Ran picking, put-away and replenishment in {a}
            skill lean: Lean | Six Sigma | continuous improvement | Kaizen => Ran {a} projects that cut travel distance per pick by #{10-30}%
            skill health-safety: IOSH Managing Safely | NEBOSH General Certificate | health and safety => Cut lost-time accidents by #{30-60}% with better inductions and daily safety walks
            skill inventory: inventory management | stock control | inventory planning => Brought stock accuracy up to #{98-99}.#{1-9}%
            skill forklift: counterbalance forklift licence | FLT licence | reach truck licence => Held an in-date {a} and covered the floor at peak
            skill demand-planning: demand planning | demand forecasting | supply planning => Built the weekly demand plan for #{300-2500} SKUs || Improved forecast accuracy by #{5-15} points
            skill s-and-op: S&OP | sales and operations planning | IBP => Ran the monthly {a} meeting
            qual cips: CIPS Level 4 Diploma@Chartered Institute of Procurement & Supply | MCIPS | CIPS Level 4 => Completed the CIPS Level 4 Diploma in procurement and supply

            == mechanical; mechanical engineer; civil
            JUNIOR: Graduate Mechanical Engineer | Junior Design Engineer | Graduate Engineer
            MID: Mechanical Design Engineer | Mechanical Engineer | Design Engineer | Product Design Engineer
            SENIOR: Senior Mechanical Engineer | Senior Design Engineer | Principal Design Engineer
            LEAD: Lead Mechanical Engineer | Engineering Manager | Head of Mechanical Engineering
            spec -: solidworks, gdt, beng-mech, fea, ceng, dfm, cad-other, matlab
            core: beng-mech
            pool: autocad, team-lead, lean
            senior: ceng
            employers: Ashcombe Manufacturing | Trentside Aerospace Components | Calder Pumps | Hawksmoor Rail Systems | Vantage Medical Devices | Redwater Automation
            summary: Design engineer who takes parts from first sketch to production drawing.
            duty: Supported the shop floor with build queries and concessions
            duty: Took part in design reviews with manufacturing and quality
            skill solidworks: SolidWorks | SOLIDWORKS | 3D CAD (SolidWorks) => Modelled assemblies of #{200-2000} parts in {a}
            skill gdt: GD&T | geometric dimensioning and tolerancing | BS 8888 => Produced drawings to BS 8888 with full tolerance stack-ups || Applied {a} to every released drawing
            skill dfm: DFM | design for manufacture | DFMA => Took #{10-25}% out of unit cost through {a}
            skill cad-other: Creo | Autodesk Inventor | CATIA | Siemens NX => Designed sheet-metal and machined parts in {a}
            skill matlab: MATLAB | Simulink => Modelled system behaviour in {a}
            qual beng-mech: BEng (Hons) Mechanical Engineering@* | MEng Mechanical Engineering@* | BSc Mechanical Engineering@* | HND Mechanical Engineering@college => Studied mechanical engineering before joining industry

            == civil; civil engineer; mechanical, construction
            JUNIOR: Graduate Civil Engineer | Junior Highways Engineer | Assistant Engineer
            MID: Civil Engineer | Highways Engineer | Drainage Engineer | Design Engineer (Civils)
            SENIOR: Senior Civil Engineer | Senior Highways Engineer | Principal Engineer (Highways)
            LEAD: Associate Director (Civils) | Lead Civil Engineer | Principal Civil Engineer
            spec -: civil3d, dmrb, ceng, autocad, nec, drainage, s278, programme
            pool: fea, cscs, team-lead
            senior: ceng
            employers: Halden Associates | Castlegate Consulting Engineers | Wyvern Infrastructure | Moorbridge Civils | Tamar Highways Partnership | Ellery Stroud Engineering
            degrees: BEng (Hons) Civil Engineering | MEng Civil Engineering | BSc Civil Engineering
            summary: Highways and drainage engineer who designs schemes that can actually be built.
            duty: Attended site to resolve design queries with the contractor
            duty: Checked colleagues' calculations and drawings before issue
            skill civil3d: Civil 3D | AutoCAD Civil 3D | Autodesk Civil 3D => Modelled road alignments and earthworks in {a}
            skill dmrb: DMRB | Design Manual for Roads and Bridges | highways design standards => Designed junction improvements to {a}
            skill nec: NEC | NEC3/NEC4 contracts | NEC4 => Administered {a} on schemes up to £#{2-30}m
            skill drainage: drainage design | SuDS | MicroDrainage => Designed surface-water drainage for new estates and highway schemes
            skill s278: Section 278 | S278 agreements | Section 38 and 278 works => Delivered {a} for developers and the local authority

            == teacher; teacher; trainer
            JUNIOR: Early Career Teacher | ECT | NQT
            MID: Teacher | Class Teacher | Classroom Teacher
            SENIOR: Head of Year | Second in Department | Key Stage Coordinator
            LEAD: Head of Department | Assistant Headteacher | Deputy Headteacher
            JUNIOR/maths: Early Career Teacher (Maths) | Trainee Maths Teacher | ECT Mathematics
            MID/maths: Maths Teacher | Teacher of Mathematics | Secondary Mathematics Teacher
            SENIOR/maths: Second in Maths | KS4 Maths Coordinator
            LEAD/maths: Head of Maths | Head of Mathematics | Director of Mathematics
            JUNIOR/primary: Early Career Teacher (Primary) | NQT (Primary) | Primary ECT
            MID/primary: Primary Teacher | Year 4 Class Teacher | KS2 Teacher | Primary School Teacher
            SENIOR/primary: Upper KS2 Phase Leader | Key Stage 2 Leader
            LEAD/primary: Assistant Headteacher (Primary) | Deputy Headteacher
            spec maths: ks3-4, a-level, maths-degree, behaviour, sen
            spec primary: ks2, phonics, behaviour, sen, eyfs
            core: qts
            pool: safeguarding, team-lead
            employers: Hillcrest Academy | Moorside High School | St Aidan's Church of England School | Greenbank Community School | Castleford Road Academy
            employers/primary: Brookfield Primary School | Wyke Lane Primary | St Aidan's Church of England Primary | Meadowcroft Junior School | Hollins Park Primary
            degrees: BA (Hons) Primary Education | BA English | BSc Psychology | BA History
            summary: Teacher who believes every child can make progress with high expectations and clear routines.
            duty: Planned and marked work for classes across the ability range
            duty: Met parents and carers at consultation evenings
            qual qts: Qualified Teacher Status | QTS | PGCE with QTS@* | School Direct (QTS)@* => Qualified through a PGCE with QTS
            skill ks3-4: KS3 and KS4 | GCSE maths | Key Stage 3 and 4 => Took #{2-4} Year 11 groups through GCSE maths with results above target || Taught {a} across the ability range
            skill a-level: A-level Maths | A-level teaching | KS5 => Taught A-level maths to Year 12 and 13 groups
            qual maths-degree: BSc (Hons) Mathematics@* | BSc Mathematics with Statistics@* | MMath@* => Studied mathematics at university
            skill behaviour: behaviour management | classroom management => Set calm, consistent routines that other staff borrowed
            skill sen: SEND | SEN support | differentiation for SEND => Adapted lessons and resources for pupils with special educational needs
            skill ks2: KS2 | Key Stage 2 | Years 3 to 6 => Taught a mixed Year 5 and 6 class || Taught {a} across the core subjects
            skill phonics: phonics | Read Write Inc | Letters and Sounds | systematic synthetic phonics => Delivered daily {a} sessions
            skill eyfs: EYFS | Early Years Foundation Stage | Reception => Taught {a} children through play-based learning

            == hospitality; hospitality manager; retail-manager
            JUNIOR: Front of House Supervisor | Restaurant Supervisor | Trainee Manager
            MID: Assistant General Manager | Assistant Restaurant Manager | Duty Manager | Bar Manager
            SENIOR: Restaurant General Manager | General Manager | Restaurant Manager
            LEAD: Area Manager | Multi-site General Manager | Head of Operations
            spec -: pl, personal-licence, food-hygiene, rota, stock-gp, customer-service, epos, team-lead
            employers: The Copper Kettle Group | Harbour & Vine Restaurants | Tollbooth Inns | Saltmarsh Kitchen | Greystone Hotels | Brasserie Anselm
            degrees: BA (Hons) International Hospitality Management | HND Hospitality Management@college | BA Business Studies
            summary: Hands-on operator who leads from the floor and knows the numbers behind a busy service.
            duty: Ran pre-shift briefings and covered the pass on busy nights
            duty: Recruited, trained and kept front-of-house teams
            skill pl: P&L management | P&L | profit and loss => Ran a £#{1-4}m site P&L || Grew like-for-like sales by #{5-15}% while holding labour to target
            qual personal-licence: personal licence holder | APLH | Personal Licence (APLH) => Held a personal licence for the sale of alcohol
            qual food-hygiene: Food Hygiene Level 3 | Level 3 Food Safety | Level 3 Award in Food Safety@college => Kept a five-star food hygiene rating at every inspection
            skill rota: rota planning | labour scheduling | Fourth | Harri => Built weekly rotas to a labour budget
            skill stock-gp: stock control and GP | gross profit | cost of sales => Held food GP at #{68-74}% through weekly stocktakes
            skill epos: EPOS | Lightspeed | Tevalis | Square POS => Rolled out a new {a} system

            == construction; construction site manager; civil
            JUNIOR: Assistant Site Manager | Trainee Site Manager | Site Engineer
            MID: Site Manager | Site Supervisor | Construction Supervisor
            SENIOR: Senior Site Manager | Project Manager (Construction) | Senior Project Manager
            LEAD: Contracts Manager | Construction Manager | Operations Manager (Construction)
            spec -: smsts, cscs, first-aid, nvq6, programme, subcontractors, cdm, driving
            core: cscs
            pool: team-lead, nec
            employers: Halberd Homes | Stonebridge Construction | Kirkstall Build Partnership | Oakfield Residential | Wrenfield Developments | Castlegate Contractors
            degrees: BSc (Hons) Construction Management | HNC Construction@college | BSc Building Surveying
            summary: Site manager who keeps a safe, tidy site and hands over on time.
            duty: Held weekly progress meetings with the client's representative
            duty: Checked quality at every stage and closed out snagging before handover
            qual smsts: SMSTS | Site Management Safety Training Scheme => Completed the SMSTS and kept it in date
            qual cscs: CSCS Black Card | CSCS Gold Card | CSCS card (manager) => Held a manager-level CSCS card
            qual first-aid: First Aid at Work | FAW | emergency first aid at work => Acted as a site first aider
            qual nvq6: NVQ Level 6 in Construction Site Management@college | NVQ Level 6 Construction Site Management@college => Completed the Level 6 NVQ in site management
            skill programme: programme management | MS Project | Asta Powerproject | construction programmes => Kept the build programme up to date and flagged slippage early || Planned the works in MS Project and updated the programme weekly
            skill subcontractors: subcontractor management | managing subcontractors | trade coordination => Coordinated #{8-25} trades on site at peak
            skill cdm: CDM 2015 | CDM regulations => Ran the site to {a}

            # ---- background occupations: no jobs, but transferable skills or keyword-heavy CVs ----
            == bookkeeper background; bookkeeper
            JUNIOR: Bookkeeping Assistant | Accounts Clerk
            MID: Bookkeeper | Accounts Administrator | Purchase Ledger Clerk
            SENIOR: Senior Bookkeeper | Accounts Supervisor
            LEAD: Office and Finance Manager
            spec -: xero, sage-accounts, reconciliations, vat, excel, accounts-payable, payroll-processing, sage-payroll
            employers: Ledgerline Outsourcing | Pennine Foods Group | Wrenfield Developments | The Copper Kettle Group | Sterling Dental Group
            degrees: AAT Level 3 Diploma in Accounting@college | AAT Level 4@college
            duty: Entered supplier invoices and matched them to purchase orders
            skill accounts-payable: accounts payable | purchase ledger | supplier payments => Ran the weekly supplier payment run

            == recruiter background; recruiter
            JUNIOR: Resourcer | Trainee Recruitment Consultant
            MID: Recruitment Consultant | Talent Acquisition Partner | Technical Recruiter
            SENIOR: Senior Recruitment Consultant | Senior Talent Acquisition Partner
            LEAD: Recruitment Manager | Head of Talent Acquisition
            spec -: recruitment, boolean-search, ats, stakeholders, negotiation
            employers: Talentforge Recruitment | Keystone Search | Brightpath Resourcing | Hireline Partners | Northwind Talent Partners
            degrees: BA Business Studies | BA Sociology | BA English
            duty: Managed candidates from first call to offer and start date
            targets: software, data-engineer, data-analyst, accountant, payroll, hr, nurse, sales, marketing, legal, logistics, mechanical, civil, teacher, hospitality, construction
            decoy: Filled #{15-60} {noun} vacancies for clients, screening shortlists for {a} and {b}
            decoy: Wrote job adverts for {noun} roles that asked for {a}, and ran the first-stage phone screens
            decoy: Built a talent pool of #{200-900} {nouns} with {a} and {b} experience
            skill boolean-search: Boolean search | LinkedIn Recruiter | X-ray search => Sourced passive candidates with {a}
            skill ats: applicant tracking systems | Bullhorn | Greenhouse => Kept every candidate's status current in {a}

            == trainer background; trainer
            JUNIOR: Training Assistant | Learning Coordinator
            MID: Trainer | Training Consultant | Learning and Development Officer | Adult Education Tutor
            SENIOR: Senior Trainer | L&D Business Partner
            LEAD: Head of Learning and Development | Training Manager
            spec -: course-design, facilitation, elearning, safeguarding, behaviour, stakeholders
            employers: Skillhouse Training | Oakridge College Group | Beacon Learning Ltd | Upskill North | Corvid Systems
            degrees: BA Education Studies | Level 5 Diploma in Education and Training@college | BA English
            duty: Evaluated every course and reworked the material that scored lowest
            targets: software, data-engineer, data-analyst, accountant, payroll, hr, sales, marketing, legal, logistics, hospitality, construction
            decoy: Designed and delivered introductory sessions on {a} for adult learners
            decoy: Taught a ten-week evening course covering the basics of {a} and {b} at a community college
            decoy: Wrote assessment questions on {a} for an awarding body's entry-level certificate
            skill course-design: course design | instructional design | curriculum development => Designed #{6-20} new courses a year
            skill facilitation: facilitation | workshop facilitation | classroom delivery => Facilitated workshops for groups of up to #{12-30}
            skill elearning: e-learning | Articulate Storyline | LMS administration => Built e-learning modules for the company academy

            == writer background; writer
            JUNIOR: Editorial Assistant | Junior Reporter
            MID: Staff Writer | Reporter | Technical Writer | Content Editor
            SENIOR: Senior Reporter | Senior Technical Writer
            LEAD: Editor | Managing Editor
            spec -: editing, copywriting, research, wordpress
            employers: Trade Press Weekly | Fable Media | Northern Business Review | Ledger & Line Magazine | Quantix Labs
            degrees: BA Journalism | BA English Literature | MA Creative Writing
            duty: Met weekly and daily deadlines without a missed issue
            decoy: Wrote explainers on {a} and {b} for a trade magazine read by {nouns}
            decoy: Interviewed {nouns} about {a} for a weekly industry newsletter
            decoy: Edited product documentation covering {a}
            skill editing: editing | proofreading | sub-editing => Edited and proofread every feature before it went to print
            skill research: research | fact-checking | interviewing => Checked facts and sources for every story

            == support-agent background; customer support advisor
            JUNIOR: Customer Service Advisor | Helpdesk Advisor
            MID: Customer Support Specialist | Service Desk Analyst | Technical Support Agent
            SENIOR: Senior Support Analyst | Support Team Leader
            LEAD: Customer Support Manager
            spec -: customer-service, zendesk, itil, troubleshooting
            employers: Quantix Labs | Paysafe Bureau Services | Lumen Telecom | Halcyon Payments | Helpwise Outsourcing
            degrees: BA Business Studies | BSc Information Technology
            duty: Handled #{40-90} tickets a day within the service-level targets
            targets: software, data-engineer, data-analyst, accountant, payroll, hr, sales, marketing
            decoy: Answered customer tickets about {a} for a software vendor
            decoy: Wrote help-centre articles on the most common {a} questions
            decoy: Escalated {a} and {b} problems from {nouns} to the second-line team
            skill zendesk: Zendesk | Freshdesk | ServiceNow => Worked the queue in {a}
            skill itil: ITIL | ITIL Foundation | incident management => Worked to {a} practice on every ticket
            skill troubleshooting: troubleshooting | fault finding | root-cause analysis => Reproduced and documented faults for the developers

            == healthcare-assistant background; healthcare assistant
            JUNIOR: Healthcare Assistant | Care Assistant
            MID: Senior Healthcare Assistant | Senior Care Worker
            SENIOR: Assistant Practitioner | Care Team Leader
            LEAD: Deputy Care Home Manager
            spec -: personal-care, observations, phlebotomy, ecg, safeguarding, meds, driving
            employers: Hollybank Care Group | Northgate Community Hospital | Riverside University Hospital | Fairholme Hospice | Cedar Homecare
            degrees: Care Certificate@college | Level 3 Diploma in Health and Social Care@college
            duty: Supported patients with washing, dressing, meals and mobility
            skill personal-care: personal care | moving and handling | activities of daily living => Provided {a} with dignity and patience
            skill observations: clinical observations | vital signs | patient observations => Recorded {a} and reported changes to the nurse in charge

            == paralegal background; paralegal
            JUNIOR: Legal Assistant | Legal Secretary
            MID: Paralegal | Conveyancing Assistant | Litigation Paralegal
            SENIOR: Senior Paralegal | Conveyancing Executive
            LEAD: Paralegal Team Leader
            spec -: conveyancing, land-registry, case-mgmt, sdlt, legal-research, employment-law, tribunal
            employers: Harlow & Finch LLP | Whitcombe Solicitors | Greaves Morton LLP | Fennimore Law | Clearmove Conveyancing
            degrees: LLB Law | CILEx Level 3@college | BA Criminology
            duty: Prepared bundles and managed deadlines for the fee earners
            skill legal-research: legal research | Westlaw | LexisNexis => Researched case law and summarised it for the fee earners

            == retail-manager background; retail manager
            JUNIOR: Retail Supervisor | Team Leader (Retail)
            MID: Assistant Store Manager | Deputy Store Manager
            SENIOR: Store Manager | Flagship Store Manager
            LEAD: Area Manager (Retail)
            spec -: pl, rota, team-lead, customer-service, inventory, kpis, epos
            employers: Northgate Retail | Greyfriars Office Supplies | Wildthorn Cosmetics | Cobalt Retail Group | Homestead Living
            degrees: BA Business Studies | BA (Hons) Retail Management
            duty: Opened and closed the store and handled the banking
            """;

    private static final String JOBS = """
            # ---- jobs ----
            == job software/backend SENIOR London HYBRID: Senior Java Backend Engineer
            about: We are a payments company that moves money for thousands of small online shops, and our backend is mostly Java on Spring Boot. You will join a team of six that owns the ledger and settlement services, from design through to production support. We care about well-tested code, sensible observability and small, frequent releases. You will help shape the split of a large service into smaller ones and mentor less experienced engineers along the way. The team is in our London office two days a week.
            + java: Java (11 or later)
            + spring: Spring Boot
            + years 5: 5+ years building backend services in production
            - kubernetes: Kubernetes
            - kafka: Kafka or another event-streaming platform
            - postgres: PostgreSQL

            == job software/frontend MID - REMOTE: Frontend Developer (React)
            about: Our booking product is used by clinics across the UK and the web app is where patients spend most of their time. We are looking for a frontend developer to build new features in React and TypeScript and to keep the existing ones fast and accessible. You will work closely with one designer and two backend engineers in a fully remote team. Accessibility is not an afterthought here; we test with screen readers before we ship. We meet in person once a quarter, travel paid.
            + javascript: Strong JavaScript
            + react: React
            + typescript: TypeScript
            + years 3: 3+ years of commercial front-end development
            - accessibility: Working knowledge of WCAG
            - css: Modern CSS (Sass or Tailwind)

            == job data-engineer MID Bristol HYBRID: Data Engineer
            about: Our energy-comparison platform collects tariff and usage data from dozens of suppliers every night. You will build and run the pipelines that turn that data into clean warehouse tables for analysts and the pricing team. Most of our stack is Python, SQL and Airflow, with some Spark for the heavy jobs. You will be part of a small platform team in Bristol, in the office on Tuesdays and Thursdays.
            + python: Python
            + sql: Advanced SQL
            + airflow: Airflow or a similar orchestrator
            + years 3: 3+ years in data engineering
            - spark: Spark or PySpark
            - dbt: dbt
            - aws: AWS

            == job data-analyst SENIOR Birmingham HYBRID: Senior Data Analyst
            about: A regional building society is growing its insight team and needs a senior analyst to lead reporting for the mortgages business. You will own the Power BI estate, build the models behind it and explain what the numbers mean to senior managers. Expect a mix of regular reporting, deep dives and the occasional urgent question from the board. You will also review the work of two junior analysts. Hybrid, with three days a week in our Birmingham office.
            + sql: SQL
            + powerbi: Power BI (including DAX)
            + excel: Excel to an advanced level
            + years 5: 5+ years in an analytics or MI role
            - python: Python or R for analysis
            - stakeholders: Presenting to senior stakeholders

            == job accountant MID Leeds ON_SITE: Management Accountant
            about: A family-owned food manufacturer with three sites in Yorkshire is looking for a management accountant to join its finance team in Leeds. You will prepare the monthly management accounts, run the month-end close and work with the operations managers on costs and margins. The business runs on Sage 200 and a lot of Excel. Study support is available for part-qualified candidates. This role is office based.
            + acc-part: CIMA or ACCA, qualified or in the final stages
            + mgmt-accounts: Monthly management accounts
            + month-end: Month-end close and journals
            + years 3: 3+ years in a finance team
            - sage-accounts: Sage 200 or Sage 50
            - excel: Strong Excel skills

            == job accountant LEAD Manchester HYBRID: Financial Controller
            about: A growing property group with nine companies needs a financial controller to lead a team of five in Manchester. You will own the statutory accounts, the audit, VAT and the relationship with the bank. The finance director wants someone who can tidy up controls and bring the year-end timetable forward. There is a clear path to FD as the group expands. Hybrid working, usually three days in the office.
            + acc-qualified: Fully qualified ACA, ACCA or CIMA
            + years 8: 8+ years in finance, with several in a senior role
            + team-lead: Leading and developing a finance team
            + ifrs: Statutory accounts under FRS 102 or IFRS
            - budgeting: Budgeting and forecasting
            - vat: VAT and tax compliance

            == job payroll/sage MID Leeds ON_SITE: Payroll Specialist (Sage)
            about: A care group with around 900 staff is bringing its payroll back in house and needs an experienced payroll specialist in Leeds. You will run weekly and monthly payrolls on Sage 50 Payroll, handle starters, leavers and statutory payments, and make the RTI submissions to HMRC. Our staff work shifts, so there is plenty of overtime and enhancements to get right. You will work alongside one payroll assistant and report to the finance manager. This is an office-based role.
            + sage-payroll: Sage 50 Payroll
            + years 3: 3+ years of payroll experience
            + rti: RTI submissions to HMRC
            - cipp: CIPP qualification
            - excel: Excel (VLOOKUPs and pivot tables)
            - pensions-ae: Pension auto-enrolment

            == job payroll LEAD - REMOTE: Payroll Manager
            about: We are a software company with 2,400 people in the UK and a growing team in Europe. We need a payroll manager to lead our team of four and to own the relationship with our payroll providers. You will make sure everyone is paid correctly and on time, improve controls and build the reporting that finance relies on. The role is fully remote within the UK, with occasional trips to the Manchester office.
            + cipp: CIPP qualified (Foundation Degree or above)
            + years 7: 7+ years in payroll, including managing a team
            + team-lead: Leading a payroll team
            + payroll-processing: End-to-end payroll for 1,000+ employees
            - itrent: iTrent, ADP or a similar enterprise payroll system
            - multi-country: Multi-country payroll

            == job hr SENIOR London HYBRID: HR Business Partner
            about: A national housing association is looking for an HR business partner to support its repairs and maintenance directorate in London. You will coach senior managers, lead on complex employee relations cases and steer a reorganisation due later this year. We want someone confident enough to challenge and practical enough to find a way through. The role is hybrid, with two days a week in our office near London Bridge.
            + cipd-7: CIPD Level 7 or Chartered membership
            + employee-relations: Complex employee relations casework
            + change: Leading organisational change and consultation
            + years 5: 5+ years in generalist HR
            - tupe: TUPE experience
            - employment-law: Up-to-date knowledge of UK employment law

            == job hr MID Nottingham ON_SITE: HR Advisor
            about: Our manufacturing business employs 600 people across two sites near Nottingham. We are looking for an HR advisor to be the first point of contact for managers on day-to-day people matters. You will handle absence, disciplinary and grievance cases, support recruitment and keep our HR system accurate. The role is on site, Monday to Friday.
            + cipd-5: CIPD Level 5 or above
            + employee-relations: Employee relations casework
            + absence: Absence management
            + years 2: 2+ years in an HR advisory role
            - hris: Experience with an HR information system
            - recruitment: Supporting recruitment and onboarding

            == job nurse/adult MID Sheffield ON_SITE: Staff Nurse - Emergency Department
            about: Our emergency department sees around 400 patients a day and we are recruiting Band 5 staff nurses to join the team. You will assess, triage and treat adults across majors, resus and the ambulatory area. We offer a structured rotation, study days and support with advanced skills. Shifts are long days and nights on a rota.
            + nmc: Current NMC registration
            + cannulation: IV cannulation
            + triage: Triage experience
            + years 1: At least a year of post-registration experience
            - life-support: ILS or ALS
            - ecg: 12-lead ECG recording

            == job nurse/mental-health - Bristol ON_SITE: Community Mental Health Nurse
            about: Our community mental health team supports adults with severe and enduring mental illness across north Bristol. As a care coordinator you will hold a caseload, assess risk, plan care with service users and their families and run our depot clinic. You will work with psychiatrists, social workers and occupational therapists in a friendly, busy team. A car is essential for home visits.
            + nmc: NMC registration as a mental health nurse
            + risk-assessment: Clinical risk assessment
            + care-coordination: Care coordination under CPA
            + years 2: 2+ years since qualifying
            - depot: Depot clinic experience
            - driving: Full UK driving licence

            == job sales/saas SENIOR London HYBRID: Business Development Manager (SaaS)
            about: We sell workforce-planning software to retailers and logistics companies across the UK and DACH. We are looking for a business development manager to win new mid-market and enterprise customers. You will run the whole sales cycle, from first call to signed contract, with the help of an SDR and a solutions consultant. Our team is based in London and comes in twice a week.
            + b2b-saas: B2B SaaS sales
            + new-business: A track record of winning new business
            + salesforce: Salesforce
            + years 5: 5+ years in a closing sales role
            - qualification: MEDDIC or another qualification method
            - german: German (business level)

            == job sales/field - Glasgow ON_SITE: Field Sales Executive
            about: A family-run supplier of packaging and catering consumables is looking for a field sales executive to grow its customer base across central Scotland. You will visit restaurants, cafes and food producers, win new accounts and look after existing ones. A company car, fuel card and laptop are provided. You will be based from home near Glasgow, out on the road most days.
            + field-sales: Field or territory sales
            + driving: Full UK driving licence
            + years 2: 2+ years in B2B sales
            - negotiation: A confident negotiator
            - crm: Experience with a CRM
            - account-mgmt: Account management

            == job marketing/performance SENIOR Manchester HYBRID: Digital Marketing Manager
            about: An online travel company based in Manchester wants a digital marketing manager to run its search and paid channels. You will own a large paid search budget, set the SEO roadmap with our developers and report on results with GA4. You will manage one executive and two agencies. Hybrid, with two days in the office.
            + seo: SEO
            + ppc: Google Ads or other paid search
            + ga4: GA4 reporting
            + years 5: 5+ years in digital marketing
            - hubspot: HubSpot
            - team-lead: Managing a small team or agencies

            == job marketing/content JUNIOR - REMOTE: Content Marketing Executive
            about: We are a small software company that helps charities manage volunteers. We need a content marketing executive to write our blog, case studies and newsletters and to keep the website up to date. You will work with our marketing manager and learn SEO, email and social media as you go. This is an entry-level role and fully remote.
            + copywriting: Excellent copywriting
            + wordpress: WordPress or a similar CMS
            + years 1: Around a year of marketing or writing experience
            - seo: Some SEO knowledge
            - social-media: Social media scheduling

            == job legal/employment MID Birmingham HYBRID: Employment Solicitor
            about: A mid-sized firm in Birmingham is growing its employment team, which acts mainly for employers. You will run your own caseload of tribunal claims and give advisory support to HR teams on dismissals, redundancies and restructures. There is good partner support and a clear route to senior associate. The firm works on a hybrid basis.
            + sra: Qualified solicitor in England and Wales
            + employment-law: Employment law, mainly acting for employers
            + years 2: 2 to 5 years post-qualification experience
            - tribunal: Handling tribunal claims
            - settlement: Settlement agreements

            == job legal/property MID Leeds ON_SITE: Residential Conveyancing Solicitor
            about: A busy high-street firm in Leeds is looking for a residential conveyancing solicitor. You will run a caseload of sales, purchases and remortgages with the help of an assistant. The team uses a case management system for every file and aims to keep clients updated at each step. The role is office based in the city centre.
            + sra: Qualified solicitor
            + conveyancing: Running a residential conveyancing caseload
            + land-registry: Land Registry applications
            + years 3: 3+ years of conveyancing experience
            - leasehold: Leasehold work
            - case-mgmt: Proclaim or another case management system
            - sdlt: SDLT returns

            == job logistics/warehouse SENIOR Northampton ON_SITE: Warehouse Operations Manager
            about: Our distribution centre near Northampton handles chilled and ambient food for high-street stores. We are looking for a warehouse operations manager to lead the night operation of around 120 people. You will run the shift to KPIs, keep it safe and make continuous improvements with the engineering team. This is a site-based role on a four-on, four-off pattern.
            + wms: A warehouse management system (Manhattan, SAP EWM or similar)
            + team-lead: Leading shift managers and large teams
            + years 5: 5+ years in warehouse management
            + health-safety: Health and safety (IOSH or NEBOSH)
            - lean: Lean or continuous improvement
            - kpis: Running an operation to KPIs and SLAs

            == job logistics/planning MID Birmingham HYBRID: Supply Chain Planner
            about: A manufacturer of garden and home products is looking for a supply chain planner in its Birmingham office. You will build the demand and supply plans for a range of about 800 products, balance stock against service levels and feed the monthly S&OP meeting. The team uses SAP and a great deal of Excel. Hybrid, three days on site.
            + demand-planning: Demand or supply planning
            + excel: Advanced Excel
            + sap: SAP
            + years 2: 2+ years in a planning role
            - s-and-op: S&OP
            - cips: A CIPS qualification

            == job mechanical MID Derby ON_SITE: Mechanical Design Engineer
            about: We design and build pumping systems for water utilities and industry at our site in Derby. We need a mechanical design engineer to take new products and customer variants from concept to production drawings. You will work in SolidWorks, run calculations and support the build team on the shop floor. We support engineers through chartership with the IMechE.
            + solidworks: SolidWorks
            + gdt: GD&T and drawing standards (BS 8888)
            + beng-mech: A degree or HND in mechanical engineering
            + years 3: 3+ years in a design role
            - fea: FEA (ANSYS or similar)
            - ceng: Working towards chartered status

            == job civil SENIOR Bristol HYBRID: Senior Civil Engineer (Highways)
            about: Our highways team in Bristol designs road, junction and active-travel schemes for councils and developers across the South West. We are looking for a senior civil engineer to lead design packages and mentor graduates. You will use Civil 3D, design to DMRB and local standards and work closely with contractors during construction. Hybrid working, with site visits as needed.
            + civil3d: Civil 3D
            + dmrb: Highways design to DMRB
            + years 6: 6+ years of highways design experience
            - ceng: Chartered (CEng) or close to it
            - nec: NEC contracts
            - s278: Section 278 schemes

            == job teacher/maths - Leeds ON_SITE: Maths Teacher (Secondary)
            about: A popular 11 to 18 academy in north Leeds is looking for a maths teacher to join a department of twelve. You will teach across KS3 and KS4, with the chance to teach A level for the right person. We have a shared scheme of work, a strong behaviour policy and a real commitment to staff development. Applications from early career teachers who have completed induction are welcome.
            + qts: QTS
            + ks3-4: Teaching maths at KS3 and KS4
            + years 1: At least one year of teaching after qualifying
            - a-level: A-level maths teaching
            - maths-degree: A degree in maths or a related subject
            - behaviour: Strong behaviour management

            == job teacher/primary JUNIOR Manchester ON_SITE: Primary Teacher (KS2)
            about: A friendly two-form-entry primary school in south Manchester is looking for a KS2 class teacher from September. We welcome early career teachers and offer a full induction programme with an experienced mentor. You will plan and teach a Year 4 class and work with a teaching assistant. We are proud of our inclusive approach and our reading curriculum.
            + qts: QTS (or completing it this summer)
            + ks2: Teaching experience in KS2
            - phonics: Phonics training
            - sen: Supporting pupils with SEND
            - safeguarding: Safeguarding training

            == job hospitality SENIOR Edinburgh ON_SITE: Restaurant General Manager
            about: A 140-cover seafood restaurant on the Edinburgh waterfront needs a general manager to lead a team of 45. You will run the site as your own business, from rotas and recruitment to stock, margins and guest experience. We are busy all year and very busy in festival season. Full-time, on site, with a share of the tronc and a performance bonus.
            + pl: Full P&L accountability
            + personal-licence: A personal licence
            + food-hygiene: Food hygiene at Level 3
            + years 4: 4+ years managing restaurants or bars
            - rota: Rota and labour planning
            - stock-gp: Stock and GP control

            == job construction MID Birmingham ON_SITE: Site Manager (Residential New Build)
            about: A regional housebuilder is looking for a site manager to run a development of 120 homes on the edge of Birmingham. You will be responsible for health and safety, quality and programme, managing subcontractors from groundworks through to handover. You will report to a contracts manager and work with an assistant site manager. Company car or allowance included.
            + smsts: SMSTS
            + cscs: CSCS black or gold card
            + first-aid: First Aid at Work
            + years 3: 3+ years running residential sites
            - nvq6: NVQ Level 6 in site management
            - programme: Programmes in Asta or MS Project
            - subcontractors: Coordinating subcontractors
            """;
}
