package dev.wecruit.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The keys kept in a file of their own, readable by its owner only:
 * <pre>
 * active=1
 * key.1=&lt;base64 of 32 random bytes&gt;
 * blind-index=&lt;base64 of 32 random bytes&gt;
 * </pre>
 * To rotate, add {@code key.2=...} (from {@code openssl rand -base64 32}), set {@code active=2} and restart.
 */
final class KeyFile {

    private KeyFile() {
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    static KeyRing read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new KeyConfigurationException("Cannot read the key file " + file + ": " + e.getMessage());
        }
        Map<Integer, String> keys = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                try {
                    keys.put(Integer.parseInt(name.substring(4)), properties.getProperty(name));
                } catch (NumberFormatException e) {
                    throw new KeyConfigurationException("The key file " + file + " has a key with a version that is"
                            + " not a number: " + name);
                }
            }
        }
        String active = properties.getProperty("active");
        try {
            return KeyRing.of(keys, active == null ? null : Integer.valueOf(active.strip()),
                    properties.getProperty("blind-index"));
        } catch (NumberFormatException e) {
            throw new KeyConfigurationException("The key file " + file + " has an active version that is not a"
                    + " number: " + active);
        } catch (KeyConfigurationException e) {
            throw new KeyConfigurationException("The key file " + file + " is not valid: " + e.getMessage());
        }
    }

    /** Creates the file with fresh random keys; never overwrites one. */
    static void create(Path file) {
        SecureRandom random = new SecureRandom();
        String content = """
                # Wecruit's keys for personal data at rest. Keep this file secret and back it up with the database:
                # without it the encrypted data cannot be read. To rotate: add key.2 (openssl rand -base64 32),
                # set active=2 and restart; values under key 1 are re-encrypted in the background.
                active=1
                key.1=%s
                blind-index=%s
                """.formatted(randomKey(random), randomKey(random));
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                // only a directory made for the keys is closed to others; an existing one may be shared (/tmp)
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                restrict(file, "rw-------");
                writer.write(content);
            }
        } catch (FileAlreadyExistsException e) {
            // another process created it first: use theirs
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + file, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
