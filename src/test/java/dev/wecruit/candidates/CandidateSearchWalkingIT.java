package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.shared.BoundedCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Every case of {@link CandidateSearchIT} with no condition rare enough to be looked up first: each search walks the
 * sort index and tests the rows, or intersects common terms on the index. The results must be the same. Counts stop
 * at three here, so the bound shows too.
 */
@IntegrationTest
@TestPropertySource(properties = {"wecruit.search.selective-limit=1", "wecruit.search.count-limit=3"})
class CandidateSearchWalkingIT extends CandidateSearchIT {

    @Test
    void counts_stop_at_the_bound_and_say_there_are_more() {
        candidates.create(aCandidate().named("Lena", "Vogel").titled("Java Architect", "Zalando").draft());

        assertThat(candidates.count(CandidateQuery.ALL)).isEqualTo(BoundedCount.moreThan(3));
        assertThat(candidates.count(CandidateQuery.ALL).formatted()).isEqualTo("3+");
        assertThat(candidates.count(CandidateQuery.ALL.withSkills(List.of("java"), true)))
                .isEqualTo(BoundedCount.exactly(2));
        assertThat(candidates.count(CandidateQuery.text("java"))).isEqualTo(BoundedCount.exactly(3));
        assertThat(candidates.count(CandidateQuery.text("nothing-like-it"))).isEqualTo(BoundedCount.exactly(0));
    }

    @Test
    void a_count_that_would_read_too_much_of_the_index_is_an_estimate_that_says_so() {
        List<CandidateDraft> developers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            developers.add(aCandidate().named("Ola", "Number" + i).titled("Java Developer", "Acme Ltd").draft());
        }
        candidates.createAll(developers);

        BoundedCount count = candidates.count(CandidateQuery.text("java dev"));

        assertThat(count.estimated()).isTrue();
        assertThat(count.formatted()).startsWith("about ");
        assertThat(count.value()).as("61 developers write Java").isBetween(30L, 90L);
        assertThat(candidates.search(CandidateQuery.text("java dev"), CandidateSort.Order.DEFAULT, 0, 100))
                .as("the rows themselves are exact").hasSize(61);
    }
}
