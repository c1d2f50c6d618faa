/**
 * The timeline: notes, calls, emails, meetings, stage changes and system events, each about any of a candidate, a
 * job, a company and a contact; it keeps candidates' last activity current (capability C6).
 */
@ApplicationModule(allowedDependencies = {
        "candidates", "companies", "jobs", "platform :: graphql", "platform :: persistence",
        "platform :: validation", "shared", "shell", "tenancy"})
package dev.wecruit.activities;

import org.springframework.modulith.ApplicationModule;
