package dev.wecruit.intake.parsing;

import static dev.wecruit.platform.documents.TestPdf.Font.BOLD;
import static dev.wecruit.platform.documents.TestPdf.Font.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.TestDocx;
import dev.wecruit.platform.documents.TestPdf;
import java.time.YearMonth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The same fields from the layouts CVs come in: one column, a sidebar, Word tables, text boxes and headers. */
class CvLayoutsTest {

    @Test
    void a_one_column_pdf_with_a_large_name_and_bold_titles() {
        byte[] pdf = TestPdf.create()
                .text(50, 50, REGULAR, 10, "Curriculum Vitae")
                .text(50, 80, BOLD, 24, "Kwame Mensah")
                .text(50, 105, REGULAR, 10, "Accra, Ghana | +233 24 123 4567 | kwame.mensah@example.com")
                .text(50, 140, BOLD, 13, "WORK EXPERIENCE")
                .text(50, 160, BOLD, 11, "Financial Analyst, MTN Ghana").text(430, 160, REGULAR, 10, "Feb 2021 - Present")
                .text(50, 175, REGULAR, 10, "Built the FP&A models used for the annual budget in Excel and Power BI.")
                .text(50, 200, BOLD, 11, "Audit Associate, PwC").text(430, 200, REGULAR, 10, "Sep 2017 - Jan 2021")
                .text(50, 215, REGULAR, 10, "Audited banks under IFRS 9.")
                .text(50, 250, BOLD, 13, "EDUCATION")
                .text(50, 270, REGULAR, 10, "BSc Accounting, University of Ghana, 2013 - 2017")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Kwame");
        assertThat(fields.lastName().value()).isEqualTo("Mensah");
        assertThat(fields.firstName().confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+233241234567");
        assertThat(fields.location().value()).isEqualTo("Accra, Ghana");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::from, WorkRole::to)
                .containsExactly(tuple("Financial Analyst", "MTN Ghana", YearMonth.of(2021, 2), null),
                        tuple("Audit Associate", "PwC", YearMonth.of(2017, 9), YearMonth.of(2021, 1)));
        assertThat(fields.skills()).extracting(Proposal::value)
                .contains("Financial planning and analysis", "Microsoft Excel", "Microsoft Power BI", "IFRS");
        assertThat(fields.education()).extracting(p -> p.value().institution()).containsExactly("University of Ghana");
    }

    @Test
    void a_two_column_pdf_keeps_the_sidebar_apart_from_the_experience() {
        byte[] pdf = TestPdf.create()
                .text(40, 60, BOLD, 26, "Chloé Dubois")
                .text(40, 88, REGULAR, 12, "Cheffe de projet digital")
                .lines(40, 130, 15, REGULAR, 9, "CONTACT", "chloe.dubois@example.fr", "06 12 34 56 78", "Lyon, France",
                        "linkedin.com/in/chloedubois", "", "COMPÉTENCES", "Gestion de projet", "SEO", "Google Analytics",
                        "Jira", "", "LANGUES", "Français (langue maternelle)", "Anglais (C1)", "Espagnol (B1)")
                .lines(220, 133, 16, REGULAR, 10, "EXPÉRIENCE PROFESSIONNELLE",
                        "Cheffe de projet digital, L'Oréal", "Janvier 2020 - Aujourd'hui",
                        "Pilotage de la refonte du site e-commerce avec une équipe de huit personnes.",
                        "Chargée de marketing digital, Decathlon", "Septembre 2016 - Décembre 2019",
                        "Campagnes SEA et SEO, suivi des KPI.", "", "FORMATION",
                        "Master Marketing Digital, Université Lumière Lyon 2, 2014 - 2016")
                .bytes();

        ReadDocument document = TestCvs.read(pdf);
        CvFields fields = TestCvs.parse(document, "GB");

        assertThat(document.lines()).noneMatch(line -> line.text().contains("CONTACT") && line.text().contains("EXP"));
        assertThat(fields.firstName().value()).isEqualTo("Chloé");
        assertThat(fields.lastName().value()).isEqualTo("Dubois");
        assertThat(fields.emails()).extracting(Proposal::value).containsExactly("chloe.dubois@example.fr");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+33612345678");
        assertThat(fields.location().value()).isEqualTo("Lyon, France");
        assertThat(fields.linkedinUrl().value()).isEqualTo("https://www.linkedin.com/in/chloedubois");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::from, WorkRole::to)
                .containsExactly(tuple("Cheffe de projet digital", "L'Oréal", YearMonth.of(2020, 1), null),
                        tuple("Chargée de marketing digital", "Decathlon", YearMonth.of(2016, 9),
                                YearMonth.of(2019, 12)));
        assertThat(fields.skills()).extracting(Proposal::value)
                .contains("Search engine optimisation", "Google Analytics", "Jira", "Gestion de projet");
        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("French", "English", "Spanish");
        assertThat(fields.education()).extracting(Proposal::value)
                .extracting(Study::institution, Study::fromYear, Study::toYear)
                .containsExactly(tuple("Université Lumière Lyon 2", 2014, 2016));
    }

    @Test
    void a_docx_with_the_name_and_contacts_in_its_header() {
        byte[] docx = TestDocx.create()
                .header("Rajesh Kumar", "rajesh.kumar@example.in | +91 98765 43210 | Bengaluru, India")
                .heading("Professional Experience")
                .bold("Senior Java Developer | Infosys Ltd")
                .paragraph("April 2018 – Present")
                .paragraph("• Spring Boot microservices on AWS and Kubernetes")
                .heading("Technical Skills")
                .paragraph("Java, Spring Boot, Hibernate, Kafka, k8s, Jenkins, Oracle")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Rajesh");
        assertThat(fields.lastName().value()).isEqualTo("Kumar");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+919876543210");
        assertThat(fields.location().value()).isEqualTo("Bengaluru, India");
        assertThat(fields.currentTitle().value()).isEqualTo("Senior Java Developer");
        assertThat(fields.currentEmployer().value()).isEqualTo("Infosys Ltd");
        assertThat(fields.skills()).extracting(Proposal::value)
                .startsWith("Java", "Spring Boot", "Hibernate", "Apache Kafka", "Kubernetes", "Jenkins",
                        "Oracle Database");
    }

    @Test
    void a_docx_sidebar_in_a_text_box_is_read_once() {
        byte[] docx = TestDocx.create()
                .textBox("Lucas Oliveira", "lucas.oliveira@example.com.br", "+55 11 91234-5678", "São Paulo, Brasil",
                        "Idiomas", "Português (nativo)", "Inglês (fluente)")
                .heading("Experiência Profissional")
                .paragraph("Engenheiro de Software, Nubank")
                .paragraph("Mar 2021 – Atual")
                .paragraph("Desenvolvedor Backend, Itaú Unibanco")
                .paragraph("Jan 2018 – Fev 2021")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Lucas");
        assertThat(fields.lastName().value()).isEqualTo("Oliveira");
        assertThat(fields.emails()).extracting(Proposal::value).containsExactly("lucas.oliveira@example.com.br");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+5511912345678");
        assertThat(fields.location().value()).isEqualTo("São Paulo, Brasil");
        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("Portuguese", "English");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Engenheiro de Software", "Nubank"),
                        tuple("Desenvolvedor Backend", "Itaú Unibanco"));
    }

    @Test
    void a_docx_table_of_dates_and_roles() {
        byte[] docx = TestDocx.create()
                .title("Emma Schmidt")
                .paragraph("emma.schmidt@example.at · Wien, Österreich")
                .heading("Berufserfahrung")
                .table(new String[] {"seit 09/2020", "Steuerberaterin, KPMG Austria GmbH"},
                        new String[] {"10/2016 – 08/2020", "Steuerassistentin, BDO Austria"})
                .heading("Kenntnisse")
                .paragraph("DATEV, BMD, SAP FI, MS Excel")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Emma");
        assertThat(fields.location().value()).isEqualTo("Wien, Österreich");
        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::from, WorkRole::to)
                .containsExactly(tuple("Steuerberaterin", "KPMG Austria GmbH", YearMonth.of(2020, 9), null),
                        tuple("Steuerassistentin", "BDO Austria", YearMonth.of(2016, 10), YearMonth.of(2020, 8)));
        assertThat(fields.skills()).extracting(Proposal::value).contains("DATEV", "SAP FICO", "Microsoft Excel");
    }

    @Test
    void a_legacy_word_file_is_parsed_like_any_other() throws Exception {
        byte[] doc;
        try (var in = CvLayoutsTest.class.getResourceAsStream("/cv-samples/legacy-word.doc")) {
            doc = in.readAllBytes();
        }

        CvFields fields = TestCvs.parse(TestCvs.read(doc), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Bartholomew");
        assertThat(fields.lastName().value()).isEqualTo("Okonkwo-Smith");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+447700900456");
        assertThat(fields.location().value()).isEqualTo("Leeds, UK");
        assertThat(fields.skills()).extracting(Proposal::value)
                .contains("Forklift operation", "Warehouse management systems", "Health and safety", "SAP");
    }

    @Test
    void one_line_entries_with_pipes_in_any_order() {
        CvFields fields = TestCvs.parse("""
                Chloe Evans
                chloe.evans@example.com | 07123 456789 | Brighton

                Experience
                2019 - Present | Bar Manager | The Ivy, London
                2016 - 2019 | Bartender | Soho House
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location, WorkRole::from)
                .containsExactly(tuple("Bar Manager", "The Ivy", "London", YearMonth.of(2019, 1)),
                        tuple("Bartender", "Soho House", null, YearMonth.of(2016, 1)));
        assertThat(fields.location().value()).isEqualTo("Brighton, UK");
    }

    @Test
    void a_linkedin_profile_linked_behind_a_word_is_found() {
        byte[] docx = TestDocx.create()
                .title("Sofia Rossi")
                .hyperlink("LinkedIn", "https://it.linkedin.com/in/sofia-rossi-123/")
                .hyperlink("Portfolio on GitHub", "https://github.com/sofiarossi")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.linkedinUrl().value()).isEqualTo("https://www.linkedin.com/in/sofia-rossi-123");
        assertThat(fields.links()).extracting(Proposal::value).containsExactly("https://github.com/sofiarossi");
    }

    @Test
    void a_name_outside_latin_1_comes_through_a_pdf_with_an_embedded_font() {
        Assumptions.assumeTrue(TestPdf.hasUnicodeFont(), "DejaVu Sans is not installed here");
        byte[] pdf = TestPdf.create()
                .text(50, 60, TestPdf.Font.UNICODE, 22, "Łukasz Wiśniewski")
                .lines(50, 95, 14, TestPdf.Font.UNICODE, 10, "Kraków, Polska · +48 512 345 678",
                        "lukasz.wisniewski@example.pl", "", "DOŚWIADCZENIE ZAWODOWE",
                        "Kierownik magazynu, Amazon Fulfillment Poland", "05/2019 – obecnie")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Łukasz");
        assertThat(fields.lastName().value()).isEqualTo("Wiśniewski");
        assertThat(fields.phones()).extracting(Proposal::value).containsExactly("+48512345678");
        assertThat(fields.location().value()).isEqualTo("Kraków, Polska");
        assertThat(fields.workHistory()).extracting(p -> p.value().from()).containsExactly(YearMonth.of(2019, 5));
    }
}
