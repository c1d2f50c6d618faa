package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillsAndLanguagesTest {

    @Test
    void a_skills_list_is_split_on_any_separator_and_canonicalised() {
        CvFields fields = parse("""
                Ada Lovelace

                Technical Skills
                Languages: Java / JS; TypeScript | Python • C++
                Cloud: AWS, k8s, Terraform
                Tools - MS Excel, Jira
                """);

        assertThat(fields.skills()).extracting(Proposal::value).containsExactly("Java", "JavaScript", "TypeScript",
                "Python", "C++", "Amazon Web Services", "Kubernetes", "Terraform", "Microsoft Excel", "Jira");
        assertThat(fields.skills()).allMatch(skill -> skill.confidence() >= 0.9);
    }

    @Test
    void skills_named_in_prose_count_less_and_soft_skills_not_at_all() {
        CvFields fields = parse("""
                Ben Carter

                Experience
                Data Engineer, Monzo, 2020 - Present
                Built Airflow pipelines on Snowflake with strong communication and leadership.

                Skills
                Leadership, Python
                """);

        assertThat(fields.skills()).extracting(Proposal::value)
                .containsExactly("Leadership", "Python", "Snowflake");
        assertThat(fields.skills().get(2).confidence()).isLessThan(0.7);
    }

    @Test
    void items_of_a_skills_list_the_taxonomy_does_not_know_are_kept_as_written_with_low_confidence() {
        CvFields fields = parse("""
                Aisha Khan

                Key Skills
                Wound care, Tracheostomy suctioning (advanced), Doppler assessment, Epic
                """);

        assertThat(fields.skills()).extracting(Proposal::value)
                .containsExactly("Wound care", "Epic", "Tracheostomy suctioning", "Doppler assessment");
        assertThat(fields.skills()).filteredOn(s -> s.value().startsWith("Tracheostomy"))
                .singleElement().extracting(Proposal::confidence).isEqualTo(0.5);
    }

    @Test
    void spoken_languages_in_a_skills_list_are_languages_not_skills() {
        CvFields fields = parse("""
                Elena Petrova

                Skills
                SAP, Excel, Russian, English
                """);

        assertThat(fields.skills()).extracting(Proposal::value).containsExactly("SAP", "Microsoft Excel");
    }

    @Test
    void languages_are_named_in_english_whatever_language_the_cv_uses() {
        CvFields fields = parse("""
                Yuki Tanaka

                Langues
                Français : courant ; Deutsch – Muttersprache ; Español (B2) ; 日本語 (native) ; Nederlands
                """);

        assertThat(fields.languages()).extracting(Proposal::value)
                .containsExactly("French", "German", "Spanish", "Japanese", "Dutch");
    }

    @Test
    void languages_are_found_in_phrases_outside_a_languages_section() {
        CvFields fields = parse("""
                Wei Chen
                Bilingual in Mandarin and Cantonese; fluent in English.
                """);

        assertThat(fields.languages()).extracting(Proposal::value)
                .containsExactly("Mandarin", "Cantonese", "English");
        assertThat(fields.languages()).allMatch(language -> language.confidence() < 0.9);
    }

    @Test
    void a_languages_label_inside_another_section_is_a_languages_list() {
        CvFields fields = parse("""
                Noah Weber
                Languages: German (native), English (fluent)
                """);

        assertThat(fields.languages()).extracting(Proposal::value).containsExactly("German", "English");
        assertThat(fields.languages()).allMatch(language -> language.confidence() >= 0.9);
    }
}
