package dev.wecruit.intake.parsing;

import static dev.wecruit.platform.documents.TestPdf.Font.BOLD;
import static dev.wecruit.platform.documents.TestPdf.Font.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.documents.ReadDocument;
import dev.wecruit.platform.documents.TestPdf;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PROFESSIONAL EXPERIENCE     | EXPERIENCE
            Employment History:         | EXPERIENCE
            E X P E R I E N C E         | EXPERIENCE
            Berufserfahrung             | EXPERIENCE
            Expérience professionnelle  | EXPERIENCE
            Experiencia Laboral         | EXPERIENCE
            Werkervaring                | EXPERIENCE
            Education & Training        | EDUCATION
            Ausbildung                  | EDUCATION
            Formation                   | EDUCATION
            Core Competencies           | SKILLS
            Kenntnisse                  | SKILLS
            Compétences                 | SKILLS
            Sprachen                    | LANGUAGES
            Idiomas                     | LANGUAGES
            Licences & Certifications   | CERTIFICATIONS
            About Me                    | PROFILE
            Personal Details            | CONTACT
            Hobbies and Interests       | INTERESTS
            References                  | REFERENCES
            Skills & Tools              | SKILLS
            Languages and Interests     | LANGUAGES
            KENNIS EN VAARDIGHEDEN      | SKILLS
            Outside Work                | INTERESTS
            Relevant Experience         | EXPERIENCE
            Relevante werkervaring      | EXPERIENCE
            Weitere Kenntnisse          | SKILLS
            Datos de contacto           | CONTACT
            """)
    void headings_are_recognised_in_several_languages(String heading, Section.Type type) {
        Layout layout = new Layout(TestCvs.text("Jane Doe\n\n" + heading + "\nsomething under it\n"));

        assertThat(layout.typeOf(2)).isEqualTo(type);
    }

    @Test
    void a_heading_word_inside_a_sentence_is_not_a_heading() {
        Layout layout = new Layout(TestCvs.text("""
                Jane Doe
                Experience
                I gained work experience in retail and education over many years.
                Training
                """));

        assertThat(layout.typeOf(2)).isEqualTo(Section.Type.EXPERIENCE);
        assertThat(layout.sectionsOf(Section.Type.EDUCATION)).isEmpty();
        assertThat(layout.sectionsOf(Section.Type.CERTIFICATIONS)).as("a lone plain word needs heading styling").isEmpty();
    }

    @Test
    void an_inline_label_is_a_section_of_one_line() {
        ReadDocument document = TestCvs.text("""
                Jane Doe
                Skills: Java, SQL
                jane@example.com
                """);
        Layout layout = new Layout(document);

        assertThat(layout.typeOf(1)).isEqualTo(Section.Type.SKILLS);
        assertThat(layout.typeOf(2)).isEqualTo(Section.Type.TOP);
        Section skills = layout.sectionsOf(Section.Type.SKILLS).get(0);
        assertThat(document.text().substring(skills.contentStart())).startsWith("Java, SQL");
    }

    @Test
    void a_heading_a_narrow_column_wraps_onto_two_lines_is_one_heading() {
        byte[] pdf = TestPdf.create()
                .text(30, 60, BOLD, 12, "HOBBIES &")
                .text(30, 75, BOLD, 12, "INTERESTS")
                .text(30, 95, REGULAR, 10, "Bouldering, choir")
                .text(30, 130, BOLD, 12, "REFERENCES")
                .text(30, 150, REGULAR, 10, "Available from my last two employers on request")
                .bytes();
        Layout layout = new Layout(TestCvs.read(pdf));

        assertThat(layout.sectionsOf(Section.Type.INTERESTS)).singleElement()
                .satisfies(section -> assertThat(layout.lines.get(section.firstLine()).text())
                        .isEqualTo("Bouldering, choir"));
        assertThat(layout.isHeadingLine(1)).isTrue();
    }

    @Test
    void page_numbers_are_recognised_in_several_languages() {
        assertThat(List.of("Page 2 of 3", "Pagina 1 van 2", "Seite 1 von 2", "Page 1 sur 1", "2 / 3", "- 4 -"))
                .allMatch(Layout::isPageMarker);
        assertThat(List.of("Python 3", "Class 1 licence", "24/7 support")).noneMatch(Layout::isPageMarker);
    }

    @Test
    void two_lines_that_spell_a_known_heading_together_are_one_heading() {
        byte[] pdf = TestPdf.create()
                .text(30, 60, BOLD, 12, "COMPÉTENCES")
                .text(30, 75, BOLD, 12, "TECHNIQUES")
                .text(30, 95, REGULAR, 10, "Pâte feuilletée")
                .text(30, 110, REGULAR, 10, "Gestion des allergènes")
                .text(30, 140, BOLD, 12, "LANGUES")
                .text(30, 160, REGULAR, 10, "Français (langue maternelle)")
                .bytes();
        Layout layout = new Layout(TestCvs.read(pdf));

        assertThat(layout.sectionsOf(Section.Type.SKILLS)).singleElement()
                .satisfies(section -> assertThat(layout.lines.get(section.firstLine()).text())
                        .isEqualTo("Pâte feuilletée"));
    }

    @Test
    void a_dash_with_a_space_after_it_is_a_bullet() {
        assertThat(Layout.isBullet("– Arbeitsrecht")).isTrue();
        assertThat(Layout.isBullet("—  Lohnbuchhaltung")).isTrue();
        assertThat(Layout.isBullet("2019–2021")).isFalse();
    }

    @Test
    void a_wrapped_bullet_ending_in_a_heading_word_is_no_heading() {
        Layout layout = new Layout(TestCvs.text("""
                Jane Doe

                Experience
                Project Manager, Halden Rail, 2019 - 2024
                • Coached five juniors towards their PRINCE2 and APM
                certifications
                Project Coordinator, Halden Rail, 2016 - 2019
                """));

        assertThat(layout.sectionsOf(Section.Type.CERTIFICATIONS)).isEmpty();
        assertThat(layout.typeOf(4)).isEqualTo(Section.Type.EXPERIENCE);
        assertThat(layout.typeOf(5)).isEqualTo(Section.Type.EXPERIENCE);
    }
}
