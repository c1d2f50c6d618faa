package dev.wecruit.candidates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void the_textbook_pairs_score_as_published() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    }

    @Test
    void equal_names_are_one_and_names_with_nothing_in_common_are_zero() {
        assertThat(JaroWinkler.similarity("john smith", "john smith")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
        assertThat(JaroWinkler.similarity("", "john")).isZero();
    }

    @Test
    void a_typo_keeps_a_name_above_the_duplicate_threshold_and_another_person_falls_below_it() {
        assertThat(JaroWinkler.similarity("jonathan smithson", "jonathon smithson")).isGreaterThan(0.88);
        assertThat(JaroWinkler.similarity("maria lopez", "priya patel")).isLessThan(0.88);
    }
}
