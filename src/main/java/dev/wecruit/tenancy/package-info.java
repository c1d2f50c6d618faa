/**
 * Firms (organizations, the tenants), their members and roles, and the current tenant.
 *
 * <p>The current tenant is always the firm of the signed-in member ({@link dev.wecruit.tenancy.CurrentTenant});
 * nothing outside this module knows how it is resolved, and no caller can pass a tenant in. System work (seeding,
 * background jobs) names its firm explicitly with {@link dev.wecruit.tenancy.CurrentTenant#callAs}.
 */
@ApplicationModule(allowedDependencies = {"platform :: graphql", "platform :: persistence", "shared"})
package dev.wecruit.tenancy;

import org.springframework.modulith.ApplicationModule;
