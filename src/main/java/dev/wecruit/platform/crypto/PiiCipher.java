package dev.wecruit.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import org.jasypt.encryption.pbe.PooledPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals and opens PII: AES-256 through Jasypt, then an HMAC-SHA256 over the key version and the ciphertext
 * (encrypt-then-MAC). Jasypt's defaults are tuned for human passwords (1,000 key-obtention iterations, 0.75 ms per
 * value) and carry no integrity check; our keys are 256 random bits, so one iteration is enough and the MAC makes
 * any altered byte fail loudly (decision 0005).
 *
 * <p>Every sealed value starts with the version of the key that sealed it, so keys can be rotated while old values
 * are still readable.
 */
public class PiiCipher {

    private static final Logger log = LoggerFactory.getLogger(PiiCipher.class);
    private static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    private static final int MAC_BYTES = 32;

    private record Engine(KeyRing.DataKey key, PooledPBEByteEncryptor encryptor, ThreadLocal<Mac> mac) {
    }

    private final KeyRing keys;
    private final Map<Integer, Engine> engines = new ConcurrentHashMap<>();

    PiiCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** The key version new values are sealed with. */
    public int activeKeyVersion() {
        return keys.activeVersion();
    }

    public SealedText seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return new SealedText(keys.activeVersion() + "$"
                + Base64.getEncoder().encodeToString(sealRaw(plaintext.getBytes(StandardCharsets.UTF_8))));
    }

    public SealedBytes seal(byte[] plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = sealRaw(plaintext);
        return new SealedBytes(ByteBuffer.allocate(Integer.BYTES + sealed.length)
                .putInt(keys.activeVersion()).put(sealed).array());
    }

    /**
     * @throws PiiIntegrityException naming the record and field when the value was altered or its key is unknown
     */
    public String open(SealedText sealed, FieldRef field) {
        if (sealed == null) {
            return null;
        }
        String value = sealed.value();
        int version;
        byte[] payload;
        try {
            version = sealed.keyVersion();
            payload = Base64.getDecoder().decode(value.substring(value.indexOf('$') + 1));
        } catch (IllegalArgumentException e) {
            throw fail(field, "it is not in the sealed format");
        }
        return new String(openRaw(version, payload, field), StandardCharsets.UTF_8);
    }

    /** @throws PiiIntegrityException as {@link #open(SealedText, FieldRef)} */
    public byte[] open(SealedBytes sealed, FieldRef field) {
        if (sealed == null) {
            return null;
        }
        byte[] raw = sealed.raw();
        return openRaw(sealed.keyVersion(), Arrays.copyOfRange(raw, Integer.BYTES, raw.length), field);
    }

    /**
     * The current sealed value if it already holds this plaintext under the active key, else the plaintext sealed
     * anew: saving a form without changing a field must not rewrite it (and make other open forms stale).
     */
    public SealedText sealUnlessSame(SealedText current, String plaintext, FieldRef field) {
        if (current == null || plaintext == null || current.keyVersion() != keys.activeVersion()) {
            return seal(plaintext);
        }
        try {
            return plaintext.equals(open(current, field)) ? current : seal(plaintext);
        } catch (PiiIntegrityException e) {
            return seal(plaintext);
        }
    }

    /** The value sealed again under the active key; unchanged if it already is. */
    public SealedText reseal(SealedText sealed, FieldRef field) {
        return sealed == null || sealed.keyVersion() == keys.activeVersion() ? sealed : seal(open(sealed, field));
    }

    /** The value sealed again under the active key; unchanged if it already is. */
    public SealedBytes reseal(SealedBytes sealed, FieldRef field) {
        return sealed == null || sealed.keyVersion() == keys.activeVersion() ? sealed : seal(open(sealed, field));
    }

    private byte[] sealRaw(byte[] plaintext) {
        Engine engine = engine(keys.activeVersion());
        byte[] ciphertext = engine.encryptor().encrypt(plaintext);
        byte[] tag = tag(engine, ciphertext, 0, ciphertext.length);
        byte[] out = Arrays.copyOf(ciphertext, ciphertext.length + MAC_BYTES);
        System.arraycopy(tag, 0, out, ciphertext.length, MAC_BYTES);
        return out;
    }

    private byte[] openRaw(int version, byte[] payload, FieldRef field) {
        if (keys.version(version) == null) {
            throw fail(field, "it was sealed with key version " + version + ", which is not configured");
        }
        if (payload.length <= MAC_BYTES) {
            throw fail(field, "it is too short to be sealed");
        }
        Engine engine = engine(version);
        int length = payload.length - MAC_BYTES;
        byte[] expected = tag(engine, payload, 0, length);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(payload, length, payload.length))) {
            throw fail(field, "its MAC does not match (the stored value was altered)");
        }
        try {
            return engine.encryptor().decrypt(Arrays.copyOf(payload, length));
        } catch (EncryptionOperationNotPossibleException e) {
            throw fail(field, "it does not decrypt");
        }
    }

    private byte[] tag(Engine engine, byte[] data, int offset, int length) {
        Mac mac = engine.mac().get();
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(engine.key().version()).array());
        mac.update(data, offset, length);
        return mac.doFinal();
    }

    private Engine engine(int version) {
        return engines.computeIfAbsent(version, v -> {
            KeyRing.DataKey key = keys.version(v);
            PooledPBEByteEncryptor encryptor = new PooledPBEByteEncryptor();
            encryptor.setPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors()));
            encryptor.setAlgorithm(ALGORITHM);
            encryptor.setPasswordCharArray(Base64.getEncoder().encodeToString(key.encryptionKey()).toCharArray());
            // the password is 256 random bits, not a human secret: stretching it adds nothing but latency
            encryptor.setKeyObtentionIterations(1);
            encryptor.setSaltGenerator(new RandomSaltGenerator());
            encryptor.setIvGenerator(new RandomIvGenerator());
            encryptor.initialize();
            ThreadLocal<Mac> mac = ThreadLocal.withInitial(() -> HmacSha256.newMac(key.macKey()));
            return new Engine(key, encryptor, mac);
        });
    }

    private static PiiIntegrityException fail(FieldRef field, String reason) {
        PiiIntegrityException failure = new PiiIntegrityException(field, reason);
        log.error(failure.getMessage());
        return failure;
    }
}
