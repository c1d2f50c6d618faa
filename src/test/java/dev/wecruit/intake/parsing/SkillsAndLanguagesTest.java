package dev.wecruit.intake.parsing;

import static dev.wecruit.intake.parsing.TestCvs.parse;
import static dev.wecruit.platform.documents.TestPdf.Font.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.documents.TestPdf;
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
                .containsExactly("Wound care", "Tracheostomy suctioning", "Doppler assessment", "Epic");
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

    @Test
    void a_skills_list_of_five_or_more_is_the_only_source_of_skills() {
        CvFields fields = parse("""
                Rosa Delgado

                Experience
                Marketing Executive, Brightwell Cosmetics, 2021 - Present
                • Ran paid campaigns in Google Ads and reported them in Looker Studio

                Skills
                SEO, Copywriting, HubSpot, Canva, Email marketing
                """);

        assertThat(fields.skills()).extracting(Proposal::value)
                .containsExactly("Search engine optimisation", "Copywriting", "HubSpot", "Canva", "Email marketing");
    }

    @Test
    void without_a_skills_list_the_profile_and_then_the_rest_of_the_cv_count_less() {
        CvFields fields = parse("""
                Rosa Delgado

                Profile
                Marketer at home in HubSpot.

                Experience
                Marketing Executive, Brightwell Cosmetics, 2021 - Present
                • Ran paid campaigns in Google Ads
                """);

        assertThat(fields.skills()).extracting(Proposal::value).containsExactly("HubSpot", "Google Ads");
        assertThat(fields.skills().get(0).confidence()).isGreaterThan(fields.skills().get(1).confidence());
        assertThat(fields.skills()).allMatch(skill -> skill.confidence() < 0.7);
    }

    @Test
    void page_numbers_sentences_and_group_labels_in_a_skills_list_are_not_skills() {
        CvFields fields = parse("""
                Colm Byrne

                Skills
                Tools
                • Jira
                • Confluence
                Methods
                • Kanban
                • Proven ability to deliver complex projects on time and within budget
                Page 2 of 2
                """);

        assertThat(fields.skills()).extracting(Proposal::value).containsExactly("Jira", "Confluence", "Kanban");
    }

    @Test
    void an_item_the_taxonomy_knows_only_in_part_is_kept_as_written() {
        CvFields fields = parse("""
                Dean Walsh

                Key Skills
                CSCS Blue Card, Advanced Excel, Kubernetes Operators, Tests A/B, Forklift (counterbalance), IPMA-D
                """);

        assertThat(fields.skills()).extracting(Proposal::value).containsExactly("CSCS Blue Card",
                "Microsoft Excel", "Kubernetes Operators", "Tests A/B", "Forklift operation", "IPMA-D");
    }

    @Test
    void a_bullet_item_wrapped_in_a_narrow_sidebar_is_one_skill_as_written() {
        byte[] pdf = TestPdf.create()
                .lines(30, 70, 15, REGULAR, 10, "Sabine Krüger", "sabine@example.de", "", "KENNTNISSE")
                .lines(32, 135, 15, REGULAR, 10, "•Lohnbuchhaltung", "•Betriebliches")
                .lines(40, 165, 15, REGULAR, 10, "Gesundheitsmanagement")
                .lines(32, 180, 15, REGULAR, 10, "•Personalentwicklung", "•SAP HCM", "•Arbeitsrecht")
                .lines(230, 70, 15, REGULAR, 11, "BERUFSERFAHRUNG", "Personalreferentin, Hansa Logistik GmbH",
                        "seit 04/2019", "Betreuung von 300 Mitarbeitenden in allen Personalfragen.", "",
                        "Personalsachbearbeiterin, Elbwerk AG", "2014 - 2019", "Abrechnung und Zeugnisse.")
                .bytes();

        CvFields fields = TestCvs.parse(TestCvs.read(pdf), "DE");

        assertThat(fields.skills()).extracting(Proposal::value).contains("Lohnbuchhaltung",
                "Betriebliches Gesundheitsmanagement", "Personalentwicklung", "Arbeitsrecht");
        assertThat(fields.skills()).extracting(Proposal::value).doesNotContain("Betriebliches",
                "Gesundheitsmanagement");
    }

    @Test
    void a_separated_list_wrapped_in_the_middle_of_a_skill_is_joined_where_the_taxonomy_knows_it() {
        CvFields fields = parse("""
                Arun Pillai

                Technical Skills
                Go / Rust / Amazon Web
                Services / Terraform / gRPC
                """);

        assertThat(fields.skills()).extracting(Proposal::value).contains("Amazon Web Services", "Terraform")
                .doesNotContain("Amazon Web", "Services");
    }

    @Test
    void a_plain_text_list_wrapped_in_the_middle_of_an_item_is_joined_and_a_standard_number_is_no_year() {
        CvFields fields = parse("""
                Joost Verbeek
                joost@example.nl

                Profile
                Industrial electrician for food plants, happiest on a commissioning job.

                Skills
                NEN 3140, PLC programming, Motor control centres, Thermographic surveys, Variable
                frequency drives, Cable pulling, Lock-out tag-out, Switchgear maintenance
                """);

        assertThat(fields.skills()).extracting(Proposal::value).contains("NEN 3140", "Variable frequency drives")
                .doesNotContain("Variable", "frequency drives");
    }
}
