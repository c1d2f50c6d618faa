/**
 * The API for integrators: API keys now (created by admins, shown once, stored hashed, revocable), the GraphQL
 * schema next. A key acts for its firm with the role it was given; the firm comes from the key, never from the
 * request.
 */
@ApplicationModule(allowedDependencies = {"audit", "platform :: persistence", "shared", "tenancy"})
package dev.wecruit.api;

import org.springframework.modulith.ApplicationModule;
