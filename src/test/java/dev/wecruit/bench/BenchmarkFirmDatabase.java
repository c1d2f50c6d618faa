package dev.wecruit.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmarks' database: a kept (not ephemeral) embedded PostgreSQL in {@code target/bench-postgres-<candidates>},
 * where {@link DataCoreBenchmark} generates the benchmark firm once and later runs reuse it. Delete the folder after a
 * change to what is stored (such as the blind index's name folding): the old firm keeps the old terms.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "wecruit.db.embedded.ephemeral=false",
        "wecruit.db.embedded.directory=target/bench-postgres-${wecruit.bench.candidates:100000}",
        "wecruit.demo.enabled=false",
        "wecruit.crypto.rotation.on-startup=false",
        "logging.level.org.hibernate.SQL=off"
})
@interface BenchmarkFirmDatabase {
}
