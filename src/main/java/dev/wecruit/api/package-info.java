/**
 * The API for integrators: API keys (created by admins, shown once, stored hashed, revocable) and the GraphQL
 * endpoint's common parts: authentication by key or Clerk session token, global ids, paging, filter inputs, typed
 * errors and limits. Each feature serves its own types from its {@code api} package, through its services. A
 * credential acts for its firm with its role; the firm comes from the credential, never from the request.
 */
@ApplicationModule(allowedDependencies = {"audit", "auth :: spi", "platform :: graphql", "platform :: persistence", "shared",
        "tenancy"})
package dev.wecruit.api;

import org.springframework.modulith.ApplicationModule;
