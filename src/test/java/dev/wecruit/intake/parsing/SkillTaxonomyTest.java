package dev.wecruit.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final SkillTaxonomy taxonomy = TestCvs.TAXONOMY;

    @Test
    void the_shipped_taxonomy_covers_many_professions() {
        assertThat(taxonomy.size()).isGreaterThan(1200);
        for (String skill : List.of("Java", "Kubernetes", "IFRS", "Wound care", "Conveyancing", "Forklift operation",
                "AutoCAD", "HACCP", "Lesson planning", "Talent acquisition", "Adobe Photoshop", "Payroll",
                "Search engine optimisation", "Bricklaying", "Phlebotomy")) {
            assertThat(taxonomy.canonical(skill)).as(skill).contains(skill);
        }
    }

    @Test
    void aliases_map_to_canonical_names_in_any_case() {
        assertThat(taxonomy.canonical("k8s")).contains("Kubernetes");
        assertThat(taxonomy.canonical("JS")).contains("JavaScript");
        assertThat(taxonomy.canonical("ms excel")).contains("Microsoft Excel");
        assertThat(taxonomy.canonical("golang")).contains("Go");
        assertThat(taxonomy.canonical("Postgres")).contains("PostgreSQL");
        assertThat(taxonomy.canonical("no such skill")).isEmpty();
    }

    @Test
    void matches_are_whole_tokens_and_the_longest_phrase_wins() {
        List<SkillMatch> matches = taxonomy.findIn("JavaScript, C++ and C# with Spring Boot; Node.js and .NET Core");

        assertThat(matches).extracting(SkillMatch::skill)
                .containsExactly("JavaScript", "C++", "C#", "Spring Boot", "Node.js", ".NET Core");
    }

    @Test
    void ambiguous_aliases_count_only_in_a_skills_list_and_with_their_case() {
        assertThat(taxonomy.findIn("I go to work and use R and C daily")).isEmpty();
        assertThat(taxonomy.findInSkillList("Python, R, C, Go, Swift")).extracting(SkillMatch::skill)
                .containsExactly("Python", "R", "C", "Go", "Swift");
        assertThat(taxonomy.findInSkillList("go, r")).isEmpty();
    }

    @Test
    void short_capitals_and_marked_aliases_must_keep_their_case() {
        assertThat(taxonomy.findIn("a vat of sql and react quickly in excel")).isEmpty();
        assertThat(taxonomy.findIn("VAT returns in Excel; SQL; React")).extracting(SkillMatch::skill)
                .containsExactly("VAT", "Microsoft Excel", "SQL", "React");
    }

    @Test
    void a_comma_ends_a_phrase() {
        assertThat(taxonomy.findIn("C#, .NET")).extracting(SkillMatch::skill).containsExactly("C#", ".NET");
    }

    @Test
    void hyphens_and_slashes_are_read_like_the_aliases() {
        assertThat(taxonomy.findIn("machine-learning, CI/CD pipelines, PL/SQL, e-commerce"))
                .extracting(SkillMatch::skill)
                .containsExactly("Machine learning", "CI/CD", "PL/SQL", "Ecommerce");
    }

    @Test
    void match_offsets_point_at_the_written_alias() {
        String text = "Deployed with k8s";

        SkillMatch match = taxonomy.findIn(text).get(0);

        assertThat(text.substring(match.start(), match.end())).isEqualTo("k8s");
    }

    @Test
    void a_taxonomy_loads_from_any_tsv_and_keeps_the_first_owner_of_a_term() throws Exception {
        String tsv = "# comment\nKotlin\tlanguage\tKT|~K\nKubernetes\tdevops\tk8s|KT\n";

        SkillTaxonomy small = SkillTaxonomy.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.canonical("KT")).contains("Kotlin");
        assertThat(small.category("Kubernetes")).contains("devops");
        assertThat(small.findIn("K and k8s")).extracting(SkillMatch::skill).containsExactly("Kubernetes");
    }
}
