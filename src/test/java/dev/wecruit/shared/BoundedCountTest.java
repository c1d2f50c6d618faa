package dev.wecruit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCountTest {

    @Test
    void a_count_reads_exact_past_its_bound_or_as_an_estimate() {
        assertThat(BoundedCount.of(1_234, 10_000).formatted()).isEqualTo("1,234");
        assertThat(BoundedCount.of(10_001, 10_000).formatted()).isEqualTo("10,000+");
        assertThat(BoundedCount.about(6_234).formatted()).isEqualTo("about 6,200");
        assertThat(BoundedCount.about(47).formatted()).isEqualTo("about 47");
    }

    @Test
    void only_an_exact_nought_is_zero() {
        assertThat(BoundedCount.exactly(0).isZero()).isTrue();
        assertThat(BoundedCount.about(0).isZero()).isFalse();
    }
}
