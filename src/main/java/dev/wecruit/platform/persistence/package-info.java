/**
 * Tenant-aware persistence: every transaction sets the firm for row-level security, Hibernate's tenant resolver,
 * {@code TenantScopedEntity} and the one id generator, {@code Ids}.
 */
@NamedInterface("persistence")
package dev.wecruit.platform.persistence;

import org.springframework.modulith.NamedInterface;
