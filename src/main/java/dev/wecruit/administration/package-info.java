/**
 * Firm administration, for the firm's admins: members and their roles, the firm's settings, API keys, background
 * work, the audit log, and the access log of candidates' contact details. Views only: each composes the services of
 * the features it administers (tenancy and auth for members, jobs for the stage template, ai and matching for AI, api
 * for keys, audit for the log, candidates for the access log). Those services audit their own changes, so what a
 * view saves is recorded the same way as the same change made through the API.
 */
@ApplicationModule(allowedDependencies = {
        "ai", "api", "audit", "auth", "candidates", "clerk", "jobs", "matching", "shared", "shell", "tenancy"})
package dev.wecruit.administration;

import org.springframework.modulith.ApplicationModule;
