package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wecruit.platform.documents.TestDocx;
import dev.wecruit.platform.documents.TestPdf;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Roles however a CV lays them out: which line holds the title, the employer and the dates. */
class WorkHistoryTest {

    @Test
    void a_word_table_with_dates_in_one_cell_and_the_role_in_the_next_gives_each_role() {
        byte[] docx = TestDocx.create()
                .title("Imogen Hartley")
                .paragraph("imogen.hartley@example.com")
                .heading("Employment")
                .table(new String[] {"Sep 2022 – Present\nCardiff",
                                "Practice Manager, Bayview Dental Group\n- Ran a team of 11\n- Moved the rota online"},
                        new String[] {"Jan 2018 – Aug 2022",
                                "Reception Supervisor\nRiverside Physio Ltd\n- Booked 60 patients a day"})
                .heading("Education")
                .paragraph("BA Business Studies, Cardiff University, 2017")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location, WorkRole::from, WorkRole::to)
                .containsExactly(
                        tuple("Practice Manager", "Bayview Dental Group", "Cardiff", YearMonth.of(2022, 9), null),
                        tuple("Reception Supervisor", "Riverside Physio Ltd", null, YearMonth.of(2018, 1),
                                YearMonth.of(2022, 8)));
        assertThat(fields.currentTitle().value()).isEqualTo("Practice Manager");
        assertThat(fields.currentEmployer().value()).isEqualTo("Bayview Dental Group");
    }

    @Test
    void a_page_layout_table_is_not_read_as_dates_beside_roles() {
        byte[] docx = TestDocx.create()
                .table(new String[] {"Marek Novak\nCONTACT\nmarek@example.cz\nBrno, Czechia\nSKILLS\nWelding\nTIG\nMIG",
                        "EXPERIENCE\nWelder, Morava Steel\n03/2020 – present\n• Welded pressure vessels"})
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Welder", "Morava Steel"));
    }

    @Test
    void a_title_line_over_employer_city_and_dates_gives_both() {
        CvFields fields = parse("""
                Nadia Ferhat

                Experience
                Senior Buyer
                Calloway Home Stores | Bristol | Feb 2021 – Present
                • Negotiated supplier terms

                Buyer
                Oakmere Garden Centres | Exeter | 2016 – 2021
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Senior Buyer", "Calloway Home Stores", "Bristol"),
                        tuple("Buyer", "Oakmere Garden Centres", "Exeter"));
    }

    @Test
    void an_employer_line_with_dates_over_the_title_gives_both() {
        CvFields fields = parse("""
                Felix Baumann

                Professional Experience
                Kestrel Robotics, Zürich\tMarch 2020 – present
                Controls Engineer
                • Tuned servo loops for the pick-and-place cells
                Alpenwerk Automation, Basel\tJuly 2015 – February 2020
                Automation Technician
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer, WorkRole::location)
                .containsExactly(tuple("Controls Engineer", "Kestrel Robotics", "Zürich"),
                        tuple("Automation Technician", "Alpenwerk Automation", "Basel"));
    }

    @Test
    void a_sentence_about_whom_the_candidate_reported_to_is_not_a_title() {
        CvFields roles = parse("""
                Gemma Lowe

                Experience
                Account Manager\t2020 – 2023
                Reporting to the Sales Director
                """);
        CvFields headline = parse("""
                Gemma Lowe
                Reporting to the Finance Director at Halden Foods
                gemma@example.com
                """);

        assertThat(roles.currentTitle().value()).isEqualTo("Account Manager");
        assertThat(roles.currentEmployer()).isNull();
        assertThat(headline.currentTitle()).isNull();
    }

    @Test
    void a_legal_form_with_a_full_stop_does_not_end_a_sentence() {
        CvFields fields = parse("""
                Inés Calvo

                Experiencia
                Técnica de laboratorio en Laboratorios Químicos del Cantábrico S.L.
                06/2019 – 05/2023
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Técnica de laboratorio", "Laboratorios Químicos del Cantábrico S.L."));
    }

    @Test
    void a_rule_drawn_under_a_plain_text_heading_is_not_the_first_role() {
        CvFields fields = parse("""
                Kofi Mensah

                WORK HISTORY
                ------------
                2022 to now
                Fleet Coordinator — Tarmac Haulage Ltd, Derby
                - Planned 40 routes a day

                2018 to 2022
                Transport Clerk — Ridgeway Freight, Derby
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Fleet Coordinator", "Tarmac Haulage Ltd"), tuple("Transport Clerk",
                        "Ridgeway Freight"));
    }

    @Test
    void a_cv_that_writes_the_employer_first_is_read_that_way_where_the_wording_cannot_tell() {
        CvFields fields = parse("""
                Élise Marchand

                Parcours professionnel
                Maison Rivière, Lyon
                Second de cuisine
                09/2021 – aujourd'hui
                • Encadrement d'une brigade de 6

                Restaurant Le Quai, Lyon
                Chef de partie
                05/2018 – 08/2021
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Second de cuisine", "Maison Rivière"),
                        tuple("Chef de partie", "Restaurant Le Quai"));
    }

    @Test
    void an_employer_wrapped_under_the_dated_line_is_read_whole_but_a_city_is_not_part_of_it() {
        byte[] pdf = TestPdf.create()
                .text(60, 60, TestPdf.Font.BOLD, 20, "Aoife Brennan")
                .text(60, 100, TestPdf.Font.BOLD, 12, "Experience")
                .text(60, 120, TestPdf.Font.REGULAR, 10, "Senior Carer at Larchfield").text(400, 120,
                        TestPdf.Font.REGULAR, 10, "March 2021 – Present")
                .text(60, 134, TestPdf.Font.REGULAR, 10, "Residential Home")
                .text(63, 150, TestPdf.Font.REGULAR, 10, "• Led the night shift for 32 residents")
                .text(60, 175, TestPdf.Font.REGULAR, 10, "Care Assistant at Hollins Court").text(400, 175,
                        TestPdf.Font.REGULAR, 10, "June 2017 – February 2021")
                .text(60, 189, TestPdf.Font.REGULAR, 10, "Galway")
                .text(63, 205, TestPdf.Font.REGULAR, 10, "• Personal care and medication rounds")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "IE");

        assertThat(fields.workHistory()).extracting(Proposal::value).extracting(WorkRole::employer)
                .containsExactly("Larchfield Residential Home", "Hollins Court");
    }

    @Test
    void an_entry_with_its_dates_under_the_title_line_in_a_cv_that_mostly_writes_them_on_it() {
        CvFields fields = parse("""
                Orlaith Byrne

                Work Experience
                Stores Supervisor — Quayside Foods, Cork (05/2021 to date)
                - Ran the night shift

                Stores Operative — Harbour Retail, Cork
                02/2017 to 04/2021
                - Picked and packed 300 lines a shift
                """);

        assertThat(fields.workHistory()).extracting(Proposal::value)
                .extracting(WorkRole::title, WorkRole::employer)
                .containsExactly(tuple("Stores Supervisor", "Quayside Foods"), tuple("Stores Operative",
                        "Harbour Retail"));
    }

    @Test
    void a_title_wrapped_under_the_dated_line_is_read_whole() {
        byte[] pdf = TestPdf.create()
                .text(60, 60, TestPdf.Font.BOLD, 20, "Ingrid Solberg")
                .text(60, 100, TestPdf.Font.BOLD, 12, "Experience")
                .text(60, 120, TestPdf.Font.REGULAR, 10, "Nordhavn Offshore AS | Principal Structural")
                .text(400, 120, TestPdf.Font.REGULAR, 10, "08/2020 – Present")
                .text(60, 134, TestPdf.Font.REGULAR, 10, "Engineer")
                .text(63, 150, TestPdf.Font.REGULAR, 10, "• Checked jacket designs against NORSOK")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "NO");

        assertThat(fields.currentTitle().value()).isEqualTo("Principal Structural Engineer");
        assertThat(fields.currentEmployer().value()).isEqualTo("Nordhavn Offshore AS");
    }
}
