package dev.wecruit.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard benchmark's database: {@link BenchmarkFirmDatabase}'s settings in a folder of its own,
 * {@code target/bench-postgres-dashboard-<candidates>-<activities>}, since its firm has fifty times the activity of the other
 * benchmarks' and would change what they measure. Generated once by {@link DashboardFirm}, reused after.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "wecruit.db.embedded.ephemeral=false",
        "wecruit.db.embedded.directory=target/bench-postgres-dashboard-${wecruit.bench.candidates:100000}-${wecruit.bench.activities:1000000}",
        "wecruit.demo.enabled=false",
        "wecruit.crypto.rotation.on-startup=false",
        "logging.level.org.hibernate.SQL=off"
})
@interface DashboardFirmDatabase {
}
