package dev.wecruit.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.documents.ReadDocument;
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
}
