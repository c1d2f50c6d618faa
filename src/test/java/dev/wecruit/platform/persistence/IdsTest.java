package dev.wecruit.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_id_is_a_uuid_of_version_7_in_the_rfc_9562_variant() {
        UUID id = Ids.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void ids_made_one_after_another_sort_in_the_order_they_were_made_even_within_one_millisecond() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(Ids.next());
        }

        // PostgreSQL orders uuids by their bytes, as unsigned: compare the strings, which sort the same way
        assertThat(made.stream().map(UUID::toString).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void an_id_carries_the_time_it_was_made_to_the_millisecond() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }
}
