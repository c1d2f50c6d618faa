package dev.wecruit.candidates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTermsTest {

    @Test
    void a_profile_is_indexed_by_its_folded_words_whole_skills_and_tags_and_its_places_words() {
        assertThat(ProfileTerms.of("Développeuse Senior", "Société Générale", List.of("C++", "Spring Boot"),
                List.of("Shortlist"), "Saint-Étienne, France"))
                .containsExactly("g:shortlist", "l:etienne", "l:france", "l:saint", "s:c++", "s:spring boot",
                        "w:boot", "w:c++", "w:developpeuse", "w:generale", "w:senior", "w:societe", "w:spring");
    }

    @Test
    void what_is_typed_is_folded_by_the_same_rule_as_what_is_stored() {
        assertThat(ProfileTerms.textPrefixes("DÉVELOP  node.js C#")).containsExactly("w:develop", "w:node", "w:js",
                "w:c#");
        assertThat(ProfileTerms.locationPrefixes("new york")).containsExactly("l:new", "l:york");
        assertThat(ProfileTerms.skill("  SPRING   boot ")).contains("s:spring boot");
        assertThat(ProfileTerms.tag("Relocating!")).contains("g:relocating");
    }

    @Test
    void text_without_letters_or_digits_gives_no_term() {
        assertThat(ProfileTerms.textPrefixes("%% --")).isEmpty();
        assertThat(ProfileTerms.skill("!!!")).isEmpty();
        assertThat(ProfileTerms.of(null, " ", List.of(), List.of(), null)).isEmpty();
    }

    @Test
    void long_words_are_cut_alike_when_stored_and_when_typed() {
        String word = "a".repeat(80);

        assertThat(ProfileTerms.of(word, null, List.of(), List.of(), null))
                .containsExactly("w:" + "a".repeat(ProfileTerms.MAX_WORD));
        assertThat(ProfileTerms.textPrefixes(word)).containsExactly("w:" + "a".repeat(ProfileTerms.MAX_WORD));
    }
}
