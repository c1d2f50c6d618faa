package dev.wecruit.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path dir;

    @Test
    void a_new_key_file_holds_fresh_keys_readable_by_its_owner_only() throws Exception {
        Path file = dir.resolve("secrets/pii-keys.properties");

        KeyFile.create(file);
        KeyRing keys = KeyFile.read(file);

        assertThat(keys.activeVersion()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void creating_never_overwrites_existing_keys() throws Exception {
        Path file = dir.resolve("pii-keys.properties");
        KeyFile.create(file);
        String before = Files.readString(file);

        KeyFile.create(file);

        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void a_rotated_key_file_seals_with_the_new_version_and_still_reads_the_old() throws Exception {
        Path file = dir.resolve("pii-keys.properties");
        KeyFile.create(file);
        SealedText old = new PiiCipher(KeyFile.read(file)).seal("Smith");
        Files.writeString(file, Files.readString(file).replace("active=1", "active=2")
                + "key.2=" + TestKeys.randomKey() + "\n");

        PiiCipher rotated = new PiiCipher(KeyFile.read(file));

        assertThat(rotated.activeKeyVersion()).isEqualTo(2);
        assertThat(rotated.open(old, new FieldRef("candidate", null, "lastName"))).isEqualTo("Smith");
    }

    @Test
    void a_broken_key_file_is_refused_with_its_path() throws Exception {
        Path file = dir.resolve("pii-keys.properties");
        Files.writeString(file, "active=1\nkey.1=tooshort\nblind-index=tooshort\n");

        assertThatThrownBy(() -> KeyFile.read(file))
                .isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining(file.toString());
    }
}
