/**
 * The audit log: who did what, and when, in a firm (sign-ins, failed sign-ins, member and role changes, settings
 * changes, API keys and their use, exports), and the security events that happen before any firm is known (a
 * failed sign-in for an unknown email, a rejected session token or webhook). Both are append-only for the app's
 * database role. A module of its own, not part of privacy, because every other module writes to it: sign-in,
 * administration, the API and, later, exports (decision 0013).
 */
@ApplicationModule(allowedDependencies = {"ai", "candidates", "jobs", "platform :: crypto", "platform :: persistence",
        "platform :: spreadsheets", "shared", "tenancy"})
package dev.wecruit.audit;

import org.springframework.modulith.ApplicationModule;
