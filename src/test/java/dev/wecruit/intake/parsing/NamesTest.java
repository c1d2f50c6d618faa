package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static dev.wecruit.platform.documents.TestPdf.Font.BOLD;
import static dev.wecruit.platform.documents.TestPdf.Font.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.documents.TestDocx;
import dev.wecruit.platform.documents.TestPdf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ludwig van Beethoven            | Ludwig        | van Beethoven
            José Núñez                      | José          | Núñez
            MARIA GARCIA LOPEZ              | Maria         | Garcia Lopez
            JEAN-PIERRE O'NEILL             | Jean-Pierre   | O'Neill
            Dr. Jane Smith PhD              | Jane          | Smith
            Mohammed bin Rashid Al Maktoum  | Mohammed      | bin Rashid Al Maktoum
            Anna-Lena de la Cruz            | Anna-Lena     | de la Cruz
            Siobhán Ní Bhriain              | Siobhán       | Ní Bhriain
            Nguyễn Văn An                   | An            | Nguyễn
            Zoë Müller, MBA                 | Zoë           | Müller
            Mary-Kate McDONALD              | Mary-Kate     | McDONALD
            """)
    void a_name_is_split_into_first_and_last(String written, String first, String last) {
        CvFields fields = parse(written + "\nname@example.com\n\nExperience\nNurse, NHS\n2019 - 2021");

        assertThat(fields.firstName().value()).isEqualTo(first);
        assertThat(fields.lastName().value()).isEqualTo(last);
    }

    @Test
    void the_document_title_and_headings_are_not_names() {
        CvFields fields = parse("""
                Curriculum Vitae
                Personal Statement
                Peter Parker
                Photographer
                """);

        assertThat(fields.firstName().value()).isEqualTo("Peter");
        assertThat(fields.lastName().value()).isEqualTo("Parker");
    }

    @Test
    void the_email_address_decides_between_two_name_like_lines() {
        CvFields fields = parse("""
                Hannah Brown
                Rebecca Lewis
                rebecca.lewis@example.com
                """);

        assertThat(fields.firstName().value()).isEqualTo("Rebecca");
        assertThat(fields.firstName().confidence()).isGreaterThan(0.7);
    }

    @Test
    void a_name_label_is_believed() {
        CvFields fields = parse("""
                Personal Details
                Name: Chidi Okafor
                Nationality: Nigerian
                """);

        assertThat(fields.firstName().value()).isEqualTo("Chidi");
        assertThat(fields.lastName().value()).isEqualTo("Okafor");
        assertThat(fields.firstName().confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void a_job_title_or_a_city_is_not_a_name() {
        CvFields fields = parse("""
                Senior Software Engineer
                New York
                """);

        assertThat(fields.firstName()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harriet Jane Okonkwo            | Harriet       | Okonkwo
            Thomas K. Brandt                | Thomas        | Brandt
            J. Alistair Graves              | Alistair      | Graves
            Anne-Sophie Marguerite Laurent  | Anne-Sophie   | Laurent
            Pieter Jan van Rijswijk         | Pieter        | van Rijswijk
            """)
    void middle_names_and_initials_belong_to_neither_field(String written, String first, String last) {
        CvFields fields = parse(written + "\nhello@example.com\n\nExperience\nCarpenter, Oakline Joinery\n2019 - 2021");

        assertThat(fields.firstName().value()).isEqualTo(first);
        assertThat(fields.lastName().value()).isEqualTo(last);
    }

    @Test
    void a_spanish_cv_gives_two_surnames_and_keeps_a_compound_given_name() {
        CvFields fields = parse("""
                Lucía Fernanda Ortega Ruiz
                lucia@correo.example

                Perfil
                Enfermera con experiencia en urgencias y en la gestión de los turnos del hospital.
                """);

        assertThat(fields.firstName().value()).isEqualTo("Lucía Fernanda");
        assertThat(fields.lastName().value()).isEqualTo("Ortega Ruiz");
    }

    @Test
    void a_brazilian_address_gives_three_words_one_given_name_and_two_surnames() {
        CvFields fields = parse("""
                Tomás Ribeiro Lopes
                tomas@correio.example | Recife, Brasil
                """);

        assertThat(fields.firstName().value()).isEqualTo("Tomás");
        assertThat(fields.lastName().value()).isEqualTo("Ribeiro Lopes");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TANAKA Haruki        | haruki@example.jp     | Haruki | Tanaka
            Camille DUROC        | contact@example.fr    | Camille | Duroc
            Trần Thị Bích Ngọc   | contact@example.vn    | Ngọc   | Trần
            Phan Van Khoa        | contact@example.vn    | Khoa   | Phan
            Zhou Ming            | ming.zhou@example.com | Ming   | Zhou
            Zhou Ming            | mzhou@example.com     | Ming   | Zhou
            Zhou Ming            | zhou.ming@example.com | Zhou   | Ming
            Wei Ling Tan         | contact@example.sg    | Wei    | Tan
            LI Wei               | contact@example.cn    | Wei    | Li
            AJ Patel             | contact@example.com   | AJ     | Patel
            """)
    void a_family_name_printed_first_is_recognised_by_capitals_middle_names_or_the_email(String written,
            String email, String first, String last) {
        CvFields fields = parse(written + "\n" + email + "\n");

        assertThat(fields.firstName().value()).isEqualTo(first);
        assertThat(fields.lastName().value()).isEqualTo(last);
    }

    @Test
    void a_company_with_a_hyphenated_legal_form_is_not_a_name() {
        byte[] docx = TestDocx.create()
                .raw("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>Qamar Trading FZ-LLC</w:t></w:r></w:p>")
                .paragraph("Yusuf Haddad")
                .paragraph("yusuf.haddad@example.ae")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Yusuf");
        assertThat(fields.lastName().value()).isEqualTo("Haddad");
    }

    @Test
    void a_name_a_sidebar_sets_on_two_lines_is_read_whole() {
        byte[] pdf = TestPdf.create()
                .lines(30, 70, 22, BOLD, 20, "PRIYA", "DESHPANDE")
                .lines(30, 130, 15, REGULAR, 10, "CONTACT", "Pune, India", "priya.d@example.in", "", "SKILLS",
                        "Tally", "GST filing", "Payroll", "MS Excel", "Audit")
                .lines(230, 70, 15, BOLD, 12, "EXPERIENCE")
                .lines(230, 90, 15, REGULAR, 10, "Accounts Executive, Northgate Freight FZ-LLC", "Apr 2021 - Present",
                        "Closed the books every month for 4 entities.", "", "Junior Accountant, Lotus Mills",
                        "2017 - 2021", "Ran the purchase ledger and bank reconciliations.")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Priya");
        assertThat(fields.lastName().value()).isEqualTo("Deshpande");
    }

    @Test
    void a_place_under_the_name_is_not_part_of_it() {
        byte[] docx = TestDocx.create()
                .raw("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>Owen Pritchard</w:t></w:r></w:p>")
                .raw("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>Swansea</w:t></w:r></w:p>")
                .paragraph("owen@example.co.uk")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(docx), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Owen");
        assertThat(fields.lastName().value()).isEqualTo("Pritchard");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Inés Moreno de la Vega    | inesmv@correo.example            | Inés         | Moreno de la Vega
            Juan Carlos de la Peña    | jc@correo.example                | Juan Carlos  | de la Peña
            Lola Arnau del Río        | lola.arnaudelrio@correo.example  | Lola         | Arnau del Río
            """)
    void a_spanish_first_surname_before_a_particle_belongs_to_the_family_name(String written, String email,
            String first, String last) {
        CvFields fields = parse(written + "\n" + email + "\n\nPerfil\nTécnica con experiencia en la gestión de los "
                + "pedidos y del almacén para la empresa.\n");

        assertThat(fields.firstName().value()).isEqualTo(first);
        assertThat(fields.lastName().value()).isEqualTo(last);
    }

    @Test
    void a_second_name_line_that_is_also_a_city_counts_when_the_email_address_holds_it() {
        byte[] pdf = TestPdf.create()
                .lines(30, 70, 22, BOLD, 20, "Rafael Souza", "Toledo")
                .lines(30, 130, 15, REGULAR, 10, "CONTATO", "Recife, Brasil", "rafael.souzatoledo@example.br", "",
                        "HABILIDADES", "Figma", "Photoshop", "Illustrator", "InDesign", "Branding")
                .lines(230, 70, 15, REGULAR, 11, "EXPERIÊNCIA", "Designer gráfico, Estúdio Maré", "03/2020 - atual",
                        "Identidades visuais para 40 marcas.", "", "Designer júnior, Agência Onda", "2017 - 2020")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Rafael");
        assertThat(fields.lastName().value()).isEqualTo("Souza Toledo");
    }

    @Test
    void a_name_a_sidebar_sets_on_three_lines_is_read_whole() {
        byte[] pdf = TestPdf.create()
                .lines(30, 70, 22, BOLD, 20, "Beatriz", "Lemos", "Prado")
                .lines(30, 150, 15, REGULAR, 10, "CONTATO", "Porto, Portugal", "beatriz.lp@example.pt", "",
                        "COMPETÊNCIAS", "Excel", "SAP", "Contabilidade", "IVA", "Auditoria")
                .lines(230, 70, 15, REGULAR, 11, "EXPERIÊNCIA", "Contabilista, Douro Vinhos Lda.", "03/2019 - atual",
                        "Fecho de contas mensal de 3 empresas.", "", "Assistente de contabilidade, Ribeira Lda.",
                        "2015 - 2019")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "GB");

        assertThat(fields.firstName().value()).isEqualTo("Beatriz");
        assertThat(fields.lastName().value()).isEqualTo("Lemos Prado");
    }

    @Test
    void an_email_address_that_writes_given_and_family_names_apart_marks_a_compound_given_name() {
        CvFields fields = parse("""
                Ana Luísa Teixeira
                analuisa.teixeira@example.pt | Braga, Portugal
                """);

        assertThat(fields.firstName().value()).isEqualTo("Ana Luísa");
        assertThat(fields.lastName().value()).isEqualTo("Teixeira");
    }
}
