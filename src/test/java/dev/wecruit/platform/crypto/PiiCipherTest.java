package dev.wecruit.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private final String key1 = TestKeys.randomKey();
    private final String key2 = TestKeys.randomKey();
    private final PiiCipher cipher = new PiiCipher(TestKeys.ring(Map.of(1, key1), null));
    private final FieldRef email = new FieldRef("candidate", UUID.randomUUID(), "email");

    @Test
    void a_sealed_value_opens_to_the_original_text_and_does_not_contain_it() {
        SealedText sealed = cipher.seal("zoë.o'brien@example.com");

        assertThat(sealed.value()).doesNotContain("brien").startsWith("1$");
        assertThat(cipher.open(sealed, email)).isEqualTo("zoë.o'brien@example.com");
    }

    @Test
    void sealing_the_same_value_twice_gives_different_ciphertexts() {
        assertThat(cipher.seal("John").value()).isNotEqualTo(cipher.seal("John").value());
    }

    @Test
    void binary_content_round_trips() {
        byte[] content = "%PDF-1.7 a CV".getBytes(StandardCharsets.UTF_8);

        SealedBytes sealed = cipher.seal(content);

        assertThat(sealed.keyVersion()).isEqualTo(1);
        assertThat(cipher.open(sealed, email)).isEqualTo(content);
    }

    @Test
    void a_flipped_bit_anywhere_fails_loudly_naming_the_record_and_field() {
        String value = cipher.seal("john.smith@example.com").value();
        byte[] raw = Base64.getDecoder().decode(value.substring(2));
        for (int i = 0; i < raw.length; i += 7) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            SealedText altered = new SealedText("1$" + Base64.getEncoder().encodeToString(tampered));

            assertThatThrownBy(() -> cipher.open(altered, email))
                    .isInstanceOf(PiiIntegrityException.class)
                    .hasMessageContaining("candidate " + email.id())
                    .hasMessageContaining("field email")
                    .hasMessageContaining("MAC does not match")
                    .hasMessageNotContaining("john");
        }
    }

    @Test
    void a_value_moved_to_another_key_version_label_fails() {
        // the same secret under both versions: only the version inside the MAC can tell them apart
        PiiCipher twoKeys = new PiiCipher(TestKeys.ring(Map.of(1, key1, 2, key1), 1));
        String value = twoKeys.seal("Smith").value();

        assertThatThrownBy(() -> twoKeys.open(new SealedText("2" + value.substring(1)), email))
                .isInstanceOf(PiiIntegrityException.class);
    }

    @Test
    void a_value_under_an_unknown_key_version_names_the_version() {
        PiiCipher newer = new PiiCipher(TestKeys.ring(Map.of(7, key2), null));

        assertThatThrownBy(() -> cipher.open(newer.seal("Smith"), email))
                .isInstanceOf(PiiIntegrityException.class)
                .hasMessageContaining("key version 7");
    }

    @Test
    void garbage_in_a_sealed_column_is_reported_not_returned() {
        assertThatThrownBy(() -> cipher.open(new SealedText("John Smith"), email))
                .isInstanceOf(PiiIntegrityException.class)
                .hasMessageContaining("not in the sealed format");
        String sealed = cipher.seal("Smith").value();
        assertThatThrownBy(() -> cipher.open(new SealedText("0" + sealed), email))
                .as("a version label written differently").isInstanceOf(PiiIntegrityException.class);
        assertThatThrownBy(() -> cipher.open(new SealedText("+" + sealed), email))
                .isInstanceOf(PiiIntegrityException.class);
    }

    @Test
    void after_rotation_old_values_still_open_and_reseal_moves_them_to_the_new_key() {
        SealedText old = cipher.seal("Smith");
        PiiCipher rotated = new PiiCipher(TestKeys.ring(Map.of(1, key1, 2, key2), 2));

        SealedText resealed = rotated.reseal(old, email);

        assertThat(rotated.open(old, email)).isEqualTo("Smith");
        assertThat(resealed.keyVersion()).isEqualTo(2);
        assertThat(rotated.open(resealed, email)).isEqualTo("Smith");
        assertThat(rotated.reseal(resealed, email)).isSameAs(resealed);
    }

    @Test
    void keys_that_are_not_32_random_bytes_in_base64_are_refused() {
        assertThatThrownBy(() -> KeyRing.of(Map.of(1, "c2hvcnQ="), null, key2))
                .isInstanceOf(KeyConfigurationException.class).hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> KeyRing.of(Map.of(1, "not base64!"), null, key2))
                .isInstanceOf(KeyConfigurationException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> KeyRing.of(Map.of(1, key1), 2, key2))
                .isInstanceOf(KeyConfigurationException.class).hasMessageContaining("active key version 2");
        assertThatThrownBy(() -> KeyRing.of(Map.of(1, key1), null, null))
                .isInstanceOf(KeyConfigurationException.class).hasMessageContaining("blind-index key");
    }

    @Test
    void the_key_ring_never_prints_its_keys() {
        assertThat(TestKeys.ring(Map.of(1, key1), null).toString()).doesNotContain(key1).contains("versions=[1]");
    }
}
