package dev.wecruit.platform.persistence;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.uuid.UuidValueGenerator;

/**
 * The one way Wecruit makes ids: UUIDv7 (RFC 9562), time-ordered so that new rows land at the end of the index.
 * Entities get theirs through Hibernate ({@link TenantScopedEntity}, or {@link Generated} on a global table's id);
 * code that writes rows with SQL, or builds an entity whose id it must know before saving, calls {@link #next()}.
 * Ids made in the same millisecond by one node still sort in the order they were made.
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /** A new UUIDv7. */
    public static UUID next() {
        return GENERATOR.generate();
    }

    /** The same generator as Hibernate's id strategy: {@code @UuidGenerator(algorithm = Ids.Generated.class)}. */
    public static final class Generated implements UuidValueGenerator {

        @Override
        public UUID generateUuid(SharedSessionContractImplementor session) {
            return next();
        }
    }
}
