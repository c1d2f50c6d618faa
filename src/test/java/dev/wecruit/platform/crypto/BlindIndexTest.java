package dev.wecruit.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.platform.persistence.TenantIdSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final KeyRing keys = TestKeys.ring(Map.of(1, TestKeys.randomKey()), null);
    private final UUID firmA = UUID.randomUUID();
    private final BlindIndex indexA = new BlindIndex(keys, firm(firmA));

    @Test
    void typing_the_start_of_first_and_last_name_matches_the_stored_name() {
        var stored = indexA.nameTerms("John", "Smith");

        assertThat(stored).containsAll(indexA.nameQueryTerms("joh smi"));
        assertThat(stored).containsAll(indexA.nameQueryTerms("SMITH john"));
        assertThat(stored).doesNotContainAnyElementsOf(indexA.nameQueryTerms("jon"));
    }

    @Test
    void accents_and_punctuation_do_not_matter() {
        assertThat(indexA.nameTerms("Zoë", "O'Brien")).containsAll(indexA.nameQueryTerms("zoe brien"));
        assertThat(BlindIndex.nameTokens("Zoë O'Brien-Łukasz")).containsExactly("zoe", "o", "brien", "lukasz");
        assertThat(indexA.nameTerms("Søren", "Straße")).containsAll(indexA.nameQueryTerms("soren strasse"));
    }

    @Test
    void a_name_with_a_dotless_i_is_found_typed_either_way() {
        var stored = indexA.nameTerms("Funmilayo", "Yılmaz");

        assertThat(stored).containsAll(indexA.nameQueryTerms("Fun Yıl"));
        assertThat(stored).containsAll(indexA.nameQueryTerms("fun yil"));
    }

    @Test
    void one_letter_words_are_not_searched_and_long_words_are_cut_to_the_indexed_length() {
        assertThat(indexA.nameQueryTerms("j")).isEmpty();
        assertThat(indexA.nameTerms("Wolfeschlegelsteinhausen"))
                .containsAll(indexA.nameQueryTerms("wolfeschlegelsteinhausenbergerdorff"));
    }

    @Test
    void the_same_email_gives_different_terms_in_different_firms() {
        BlindIndex indexB = new BlindIndex(keys, firm(UUID.randomUUID()));

        assertThat(indexA.emailTerm("john@example.com")).isEqualTo(indexA.emailTerm("john@example.com"))
                .isNotEqualTo(indexB.emailTerm("john@example.com"));
    }

    @Test
    void an_email_and_a_name_with_the_same_text_do_not_collide() {
        assertThat(indexA.nameTerms("johnexamplecom")).doesNotContain(indexA.emailTerm("johnexamplecom"));
        assertThat(List.of(indexA.phoneTerm("+447700900123"))).doesNotContain(indexA.emailTerm("+447700900123"));
    }

    private static TenantIdSource firm(UUID id) {
        return new TenantIdSource() {
            @Override
            public Optional<UUID> currentTenantId() {
                return Optional.of(id);
            }

            @Override
            public Optional<UUID> currentMemberId() {
                return Optional.empty();
            }
        };
    }
}
