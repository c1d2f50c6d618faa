package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static org.assertj.core.api.Assertions.assertThat;

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
            Siobhán Ní Bhriain              | Siobhán Ní    | Bhriain
            Nguyễn Văn An                   | Nguyễn Văn    | An
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
}
