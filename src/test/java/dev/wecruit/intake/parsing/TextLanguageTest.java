package dev.wecruit.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void the_language_of_a_cv_is_told_by_its_function_words() {
        assertThat(TextLanguage.guess("Técnica con experiencia en la gestión de los pedidos y del almacén para la "
                + "empresa.")).isEqualTo("es");
        assertThat(TextLanguage.guess("Enfermeira com experiência em urgências e cuidados intensivos dos doentes, "
                + "do hospital e da clínica.")).isEqualTo("pt");
        assertThat(TextLanguage.guess("Cheffe de partie avec sept ans d'expérience en cuisine de marché, au service "
                + "des clients et pour une brigade de la région, sur le poste chaud.")).isEqualTo("fr");
        assertThat(TextLanguage.guess("Nurse with experience in the care of older patients and their families, "
                + "working for the trust.")).isEqualTo("en");
    }

    @Test
    void a_few_words_are_too_few_to_tell() {
        assertThat(TextLanguage.guess("Jane Doe\njane@example.com")).isNull();
    }
}
