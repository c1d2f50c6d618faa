/**
 * Cross-cutting plumbing every feature stands on. It knows no business feature. Each sub-package is a named
 * interface, so a module's package-info says which parts it uses: {@code db} (the embedded PostgreSQL bootstrap),
 * {@code persistence} (tenant-aware transactions, {@code TenantScopedEntity}, {@code Ids}), {@code crypto} (sealed PII,
 * blind indexes, keys), {@code validation}, {@code events} (the fan-out between nodes), {@code documents} (reading
 * files safely), {@code spreadsheets} (writing CSV and XLSX safely, streaming), {@code time} (the one clock) and {@code graphql} (what every feature's GraphQL types build on).
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.wecruit.platform;

import org.springframework.modulith.ApplicationModule;
