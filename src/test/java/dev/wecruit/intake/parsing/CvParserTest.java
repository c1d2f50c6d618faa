package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.platform.documents.ReadDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvParserTest {

    private static final String NURSE = """
            CURRICULUM VITAE

            SARAH O'CONNOR RGN
            Senior Staff Nurse
            12 Park Road, Manchester M14 5RT
            Mobile: 07700 900123 | Sarah.OConnor@nhs.net
            linkedin.com/in/Sarah-OConnor-RGN/

            PERSONAL PROFILE
            Compassionate registered nurse with over 9 years of experience in acute and critical care.

            PROFESSIONAL EXPERIENCE

            Senior Staff Nurse
            Manchester Royal Infirmary, Manchester
            March 2019 – Present
            • Lead a team of 8 nurses on a 30-bed acute medical ward
            • IV therapy, venepuncture and cannulation

            Staff Nurse – Intensive Care Unit
            Salford Royal NHS Foundation Trust
            Sept 2014 - Feb 2019
            • Cared for ventilated patients

            EDUCATION
            BSc (Hons) Adult Nursing, University of Manchester, 2011 - 2014
            A-Levels (Biology, Chemistry) – Xaverian College, 2011

            KEY SKILLS
            Patient assessment, Wound care, Medication administration, Epic, Triage, Teamwork

            LANGUAGES
            English (native), Irish (conversational), Spanish – basic
            """;

    @Test
    void a_plain_text_nursing_cv_yields_every_field() {
        CvFields fields = parse(NURSE);

        assertThat(fields.firstName().value()).isEqualTo("Sarah");
        assertThat(fields.lastName().value()).isEqualTo("O'Connor");
        assertThat(fields.emails()).extracting(Proposal::value).containsExactly("sarah.oconnor@nhs.net");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+447700900123");
        assertThat(fields.location().value()).isEqualTo("Manchester, UK");
        assertThat(fields.linkedinUrl().value()).isEqualTo("https://www.linkedin.com/in/sarah-oconnor-rgn");
        assertThat(fields.currentTitle().value()).isEqualTo("Senior Staff Nurse");
        assertThat(fields.currentEmployer().value()).isEqualTo("Manchester Royal Infirmary");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::from, WorkRole::to)
                .containsExactly(
                        tuple("Senior Staff Nurse", "Manchester Royal Infirmary", YearMonth.of(2019, 3), null),
                        tuple("Staff Nurse", "Salford Royal NHS Foundation Trust", YearMonth.of(2014, 9),
                                YearMonth.of(2019, 2)));
        assertThat(fields.education()).extracting(Proposal::value)
                .extracting(Study::institution, Study::qualification, Study::fromYear, Study::toYear)
                .containsExactly(tuple("University of Manchester", "BSc (Hons) Adult Nursing", 2011, 2014),
                        tuple("Xaverian College", "A-Levels (Biology, Chemistry)", null, 2011));
        assertThat(fields.skills()).extracting(Proposal::value)
                .startsWith("Patient assessment", "Wound care", "Medication administration", "Epic", "Triage",
                        "Teamwork")
                .doesNotContain("IV therapy", "Venepuncture", "Cannulation")
                .doesNotHaveDuplicates();
        assertThat(fields.yearsOfExperience().value()).isEqualTo(9);
        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("English", "Irish", "Spanish");
    }

    @Test
    void every_proposal_points_at_where_its_value_was_written() {
        ReadDocument document = TestCvs.text(NURSE);
        CvFields fields = TestCvs.parse(document, "GB");
        String text = document.text();

        assertThat(text.substring(fields.emails().get(0).start(), fields.emails().get(0).end()))
                .isEqualToIgnoringCase("sarah.oconnor@nhs.net");
        assertThat(text.substring(fields.firstName().start(), fields.lastName().end())).isEqualTo("SARAH O'CONNOR");
        assertThat(text.substring(fields.phones().get(0).start(), fields.phones().get(0).end()))
                .isEqualTo("07700 900123");
        for (Proposal<String> skill : fields.skills().subList(0, 6)) {
            assertThat(text.substring(skill.start(), skill.end())).isEqualToIgnoringCase(skill.value());
        }
        assertThat(text.substring(fields.workHistory().get(0).start(), fields.workHistory().get(0).end()))
                .contains("Senior Staff Nurse", "March 2019 – Present");
        assertThat(allProposals(fields)).allSatisfy(p -> {
            assertThat(p.end()).isLessThanOrEqualTo(text.length());
            assertThat(p.confidence()).isBetween(0.0, 1.0);
            assertThat(p.source()).isEqualTo(ProposalSource.OFFLINE);
        });
    }

    @Test
    void a_german_cv_with_tabbed_dates_and_a_particle_in_the_surname() {
        CvFields fields = parse("""
                Lebenslauf

                Dipl.-Ing. Jürgen von der Heide
                Musterstraße 12, 10115 Berlin
                Telefon: 030 1234567 · Mobil: 0151 23456789
                E-Mail: juergen.vonderheide@example.de

                Berufserfahrung
                03/2019 – heute\tSenior Softwareentwickler, Zalando SE, Berlin
                \tEntwicklung von Microservices mit Java und Kafka
                01/2015 – 02/2019\tSoftwareentwickler bei SAP SE, Walldorf

                Ausbildung
                2009 – 2014\tTechnische Universität München – Diplom Informatik

                Sprachen
                Deutsch (Muttersprache), Englisch (C1), Französisch (Grundkenntnisse)
                """, "GB");

        assertThat(fields.firstName().value()).isEqualTo("Jürgen");
        assertThat(fields.lastName().value()).isEqualTo("von der Heide");
        assertThat(fields.location().value()).isEqualTo("Berlin, Germany");
        assertThat(fields.phones()).extracting(Proposal::value)
                .as("the CV's own country, not the default region, reads numbers without a country code")
                .containsExactly("+49301234567", "+4915123456789");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Senior Softwareentwickler", "Zalando SE", "Berlin"),
                        tuple("Softwareentwickler", "SAP SE", "Walldorf"));
        assertThat(fields.education()).extracting(Proposal::value)
                .extracting(Study::institution, Study::qualification)
                .containsExactly(tuple("Technische Universität München", "Diplom Informatik"));
        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("German", "English", "French");
        assertThat(fields.yearsOfExperience().value()).as("Jan 2015 to June 2025, counted").isEqualTo(10);
    }

    @Test
    void a_spanish_double_surname_in_capitals_is_title_cased_and_kept_together() {
        CvFields fields = parse("""
                MARÍA GARCÍA LÓPEZ
                Contable Senior
                Madrid, España | +34 612 345 678 | maria.garcia.lopez@example.es

                EXPERIENCIA PROFESIONAL
                Contable Senior — Banco Santander S.A.
                Enero 2016 - Actualidad
                - Cierre mensual y conciliaciones bancarias
                Auditora — Deloitte
                Septiembre 2011 - Diciembre 2015

                IDIOMAS
                Español (nativo), Inglés (C1)
                """);

        assertThat(fields.firstName().value()).isEqualTo("María");
        assertThat(fields.lastName().value()).isEqualTo("García López");
        assertThat(fields.location().value()).isEqualTo("Madrid, España");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::from, WorkRole::to)
                .containsExactly(tuple("Contable Senior", "Banco Santander S.A.", YearMonth.of(2016, 1), null),
                        tuple("Auditora", "Deloitte", YearMonth.of(2011, 9), YearMonth.of(2015, 12)));
        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("Spanish", "English");
    }

    @Test
    void a_us_cv_reads_its_phone_as_american_because_it_says_san_francisco() {
        CvFields fields = parse("""
                Priya Natarajan
                San Francisco, CA 94105 • (415) 555-2671 • priya.n@example.com • github.com/priyan • priya.dev

                SUMMARY
                Data scientist with 8+ years of experience building machine learning models.

                EXPERIENCE
                Stripe — Senior Data Scientist
                San Francisco, CA | Aug 2020 – Present
                Airbnb — Data Scientist
                Seattle, WA | Jul 2017 – Jul 2020
                """, "GB");

        assertThat(fields.location().value()).isEqualTo("San Francisco, CA");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+14155552671");
        assertThat(fields.links()).extracting(Proposal::value)
                .containsExactly("https://github.com/priyan", "https://priya.dev");
        assertThat(fields.yearsOfExperience().value()).isEqualTo(8);
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Senior Data Scientist", "Stripe", "San Francisco, CA"),
                        tuple("Data Scientist", "Airbnb", "Seattle, WA"));
    }

    @Test
    void years_of_experience_are_read_as_stated_in_several_wordings() {
        assertThat(parse("Ann Lee\nProfile\nAccountant with 15 years’ experience in audit.").yearsOfExperience().value())
                .isEqualTo(15);
        assertThat(parse("Ann Lee\nProfile\nSAP consultant, 5+ yrs exp.").yearsOfExperience().value()).isEqualTo(5);
        assertThat(parse("Ann Lee\nKurzprofil\nIngenieurin mit 12 Jahren Berufserfahrung.").yearsOfExperience().value())
                .isEqualTo(12);
        assertThat(parse("Ann Lee\nProfil\nJuriste avec 6 ans d'expérience.").yearsOfExperience().value()).isEqualTo(6);
        assertThat(parse("Ann Lee\nPerfil\nEnfermera con 8 años de experiencia.").yearsOfExperience().value())
                .isEqualTo(8);
        assertThat(parse("Ann Lee\nProfile\nOver ten years of experience leading teams.").yearsOfExperience().value())
                .isEqualTo(10);
    }

    @Test
    void a_profile_stating_years_in_a_trade_or_a_plus_figure_is_believed() {
        assertThat(parse("Ann Lee\nProfile\nHead chef with 14 years in fine dining kitchens.").yearsOfExperience()
                .value()).isEqualTo(14);
        assertThat(parse("Ann Lee\nProfile\nDriver, 6 years on multi-drop routes.").yearsOfExperience().value())
                .isEqualTo(6);
        assertThat(parse("Ann Lee\nProfile\n20+ years leading finance teams.").yearsOfExperience().value())
                .isEqualTo(20);
    }

    @Test
    void a_figure_in_an_experience_bullet_is_no_statement_of_years() {
        CvFields fields = parse("""
                Ann Lee

                Experience
                Sales Manager, Kelso Paints, Mar 2022 - Present
                • Top seller 3 years in a row
                """);

        assertThat(fields.yearsOfExperience().value()).as("Mar 2022 to May 2025: 3 years 3 months").isEqualTo(3);
    }

    @Test
    void a_role_counts_its_first_and_last_month_and_a_current_one_up_to_last_month() {
        CvFields fields = parse("""
                Ann Lee

                Experience
                Cook, The Larder, Jun 2024 - Present
                Kitchen Porter, The Larder, Jun 2023 - May 2024
                """);

        assertThat(fields.yearsOfExperience().value())
                .as("June 2023 to May 2024 is twelve months, June 2024 to May 2025 twelve more").isEqualTo(2);
    }

    @Test
    void years_of_experience_are_counted_from_the_roles_with_overlaps_merged() {
        CvFields fields = parse("""
                Tom Baker

                Employment History
                Site Manager, Balfour Beatty plc\t2019 - Present
                Weekend Supervisor, B&Q\t2020 - 2022
                Assistant Site Manager, Kier Group\tJan 2015 - Dec 2018
                """);

        assertThat(fields.workHistory()).hasSize(3);
        assertThat(fields.workHistory().get(0).value().to()).isNull();
        assertThat(fields.yearsOfExperience().value())
                .as("Jan 2015 to May 2025, the last month before the clock's, with the weekend job inside another "
                        + "role: 10 years 5 months")
                .isEqualTo(10);
        assertThat(fields.yearsOfExperience().confidence()).isLessThan(0.8);
    }

    @Test
    void work_history_is_newest_first_whatever_order_the_cv_uses() {
        CvFields fields = parse("""
                Ana Silva

                Experience
                Junior Analyst at Accenture (2012 - 2015)
                Analyst at Deloitte (2015 - 2018)
                Senior Analyst at KPMG (2018 - Present)
                """);

        assertThat(fields.workHistory()).extracting(p -> p.value().employer())
                .containsExactly("KPMG", "Deloitte", "Accenture");
        assertThat(fields.workHistory()).extracting(p -> p.value().title())
                .containsExactly("Senior Analyst", "Analyst", "Junior Analyst");
    }

    @Test
    void an_employer_first_line_is_told_apart_from_the_title_by_its_wording() {
        CvFields fields = parse("""
                Liam Walsh

                Work Experience
                Tesco Stores Ltd | Warehouse Operative | Dublin
                June 2021 - Present
                DHL Supply Chain | Forklift Driver
                2018 - 2021
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Warehouse Operative", "Tesco Stores Ltd", "Dublin"),
                        tuple("Forklift Driver", "DHL Supply Chain", null));
    }

    @Test
    void an_indian_cv_with_labels_till_date_and_total_experience() {
        CvFields fields = parse("""
                RESUME

                Name: Rahul Sharma
                Mobile: +91-9876543210
                Email: rahul.sharma92@gmail.com
                Date of Birth: 15/08/1992
                Address: Flat 12B, Andheri East, Mumbai - 400069

                Career Objective
                Total experience: 7 years.

                Work Experience
                Tata Consultancy Services, Mumbai — Senior Test Engineer (Jul 2018 – Till Date)
                Wipro Technologies, Pune — Test Engineer (Jun 2015 – Jun 2018)

                Education
                B.E. (Computer Engineering), University of Pune, 2015 – 78%
                """, "GB");

        assertThat(fields.firstName().value()).isEqualTo("Rahul");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+919876543210");
        assertThat(fields.location().value()).isEqualTo("Mumbai, India");
        assertThat(fields.yearsOfExperience().value()).isEqualTo(7);
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location, WorkRole::to)
                .containsExactly(tuple("Senior Test Engineer", "Tata Consultancy Services", "Mumbai", null),
                        tuple("Test Engineer", "Wipro Technologies", "Pune", YearMonth.of(2018, 6)));
        assertThat(fields.education()).extracting(Proposal::value)
                .extracting(Study::institution, Study::toYear)
                .as("78% is a grade, not the year 2078")
                .containsExactly(tuple("University of Pune", 2015));
    }

    @Test
    void a_law_firm_named_with_commas_stays_one_employer() {
        CvFields fields = parse("""
                JONATHAN A. WEISS
                New York, NY 10001 | (917) 555-0145 | jweiss@example.com

                EXPERIENCE
                Skadden, Arps, Slate, Meagher & Flom LLP, New York, NY
                Associate, September 2018 – Present

                EDUCATION
                Columbia Law School, J.D., 2018
                """, "GB");

        assertThat(fields.firstName().value()).isEqualTo("Jonathan");
        assertThat(fields.lastName().value()).isEqualTo("Weiss");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+19175550145");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Associate", "Skadden, Arps, Slate, Meagher & Flom LLP", "New York, NY"));
        assertThat(fields.education()).extracting(Proposal::value)
                .extracting(Study::institution, Study::qualification, Study::toYear)
                .containsExactly(tuple("Columbia Law School", "J.D.", 2018));
    }

    @Test
    void a_linkedin_profile_export_with_several_roles_at_one_company() {
        CvFields fields = parse("""
                Contact
                www.linkedin.com/in/omar-haddad
                omar.haddad@gmail.com

                Top Skills
                Distributed Systems
                Kubernetes

                Omar Haddad
                Staff Software Engineer at Google
                London, England, United Kingdom

                Experience
                Google
                5 years 3 months
                Staff Software Engineer
                January 2021 - Present (4 years 5 months)
                London, England, United Kingdom
                Senior Software Engineer
                March 2020 - January 2021 (11 months)

                Careem
                Software Engineer
                June 2013 - February 2020 (6 years 9 months)
                Dubai, United Arab Emirates
                """);

        assertThat(fields.firstName().value()).isEqualTo("Omar");
        assertThat(fields.location().value()).isEqualTo("London, England");
        assertThat(fields.skills()).extracting(Proposal::value).startsWith("Distributed systems", "Kubernetes");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Staff Software Engineer", "Google"), tuple("Senior Software Engineer", "Google"),
                        tuple("Software Engineer", "Careem"));
    }

    @Test
    void letters_after_a_name_are_not_part_of_it() {
        CvFields fields = parse("""
                Rebecca Hughes BA (Hons) PGCE QTS
                Teacher of Mathematics
                rebecca.hughes@outlook.com | 07823 456789 | Sheffield
                """);

        assertThat(fields.firstName().value()).isEqualTo("Rebecca");
        assertThat(fields.lastName().value()).isEqualTo("Hughes");
        assertThat(fields.currentTitle().value()).isEqualTo("Teacher of Mathematics");
    }

    @Test
    void promotions_under_one_employer_keep_the_employer() {
        CvFields fields = parse("""
                Mei Lin

                Experience
                Ocado Group plc, Hatfield
                Engineering Manager\tApr 2022 - Present
                • Manage two squads
                Senior Engineer\tJan 2019 - Mar 2022
                • Owned the picking service
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Engineering Manager", "Ocado Group plc"),
                        tuple("Senior Engineer", "Ocado Group plc"));
    }

    @Test
    void a_headline_under_the_name_is_the_current_title_when_no_role_is_dated() {
        CvFields fields = parse("""
                Grace Adeyemi
                Senior Solicitor at Clifford Chance
                grace.adeyemi@example.com

                Profile
                Commercial litigation lawyer.
                """);

        assertThat(fields.currentTitle().value()).isEqualTo("Senior Solicitor");
        assertThat(fields.currentEmployer().value()).isEqualTo("Clifford Chance");
        assertThat(fields.currentTitle().confidence()).isLessThan(0.7);
    }

    @Test
    void a_labelled_address_gives_the_location_even_for_towns_the_list_does_not_know() {
        CvFields fields = parse("""
                Oliver Hughes
                Address: 4 Mill Lane, Little Snoring, Norfolk
                Phone: 01603 123456
                """);

        assertThat(fields.location().value()).isEqualTo("Little Snoring, Norfolk");
        assertThat(fields.location().confidence()).isGreaterThanOrEqualTo(0.7);
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+441603123456");
    }

    @Test
    void a_location_label_over_its_value_counts_and_a_qualification_named_city_does_not() {
        CvFields labelOver = parse("""
                Ruth Adeyemi
                ADDRESS
                Norwich, UK
                PHONE
                07480 635821
                """);
        CvFields guilds = parse("""
                Ruth Adeyemi
                Newcastle upon Tyne
                ruth@example.com

                Education
                City & Guilds 2365 Electrical Installations - Sunderland College, 2010 - 2012
                """);

        assertThat(labelOver.location().value()).isEqualTo("Norwich, UK");
        assertThat(guilds.location().value()).startsWith("Newcastle upon Tyne");
    }

    @Test
    void a_town_that_is_also_a_word_counts_inside_a_street_address() {
        CvFields fields = parse("""
                Ruth Adeyemi
                2 Kings Road, Reading RG1 3AR | ruth@example.com
                """);

        assertThat(fields.location().value()).startsWith("Reading");
    }

    @Test
    void referees_contact_details_are_not_the_candidates() {
        CvFields fields = parse("""
                Fatima Zahra
                fatima.zahra@example.com | 07911 123456

                References
                Dr Alan Grant, Ward Manager, alan.grant@nhs.net, 020 7946 0958
                """);

        assertThat(fields.emails()).extracting(Proposal::value).containsExactly("fatima.zahra@example.com");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+447911123456");
    }

    @Test
    void a_repository_link_gives_its_owners_profile() {
        CvFields fields = parse("""
                Sam Taylor
                sam@example.com

                Projects
                Route planner: https://github.com/samtaylor/route-planner and github.com/samtaylor/dotfiles
                """);

        assertThat(fields.links()).extracting(Proposal::value).containsExactly("https://github.com/samtaylor");
    }

    @Test
    void an_empty_document_yields_empty_fields() {
        ReadDocument empty = new ReadDocument(DocumentFormat.TEXT, 1, "", List.of());

        assertThat(TestCvs.PARSER.parse(empty, "GB")).isEqualTo(CvFields.empty());
    }

    @Test
    void the_parser_is_safe_to_share_between_threads() throws Exception {
        ReadDocument document = TestCvs.text(NURSE);
        CvFields expected = TestCvs.parse(document, "GB");
        List<Thread> threads = new ArrayList<>();
        List<CvFields> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    results.add(TestCvs.parse(document, "GB"));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }

        assertThat(results).hasSize(80).allMatch(expected::equals);
    }

    static List<Proposal<?>> allProposals(CvFields fields) {
        List<Proposal<?>> all = new ArrayList<>();
        for (Proposal<?> p : new Proposal<?>[] {fields.firstName(), fields.lastName(), fields.location(),
                fields.linkedinUrl(), fields.currentTitle(), fields.currentEmployer(), fields.yearsOfExperience()}) {
            if (p != null) {
                all.add(p);
            }
        }
        all.addAll(fields.emails());
        all.addAll(fields.phones());
        all.addAll(fields.links());
        all.addAll(fields.workHistory());
        all.addAll(fields.education());
        all.addAll(fields.skills());
        all.addAll(fields.languages());
        return all;
    }
}
