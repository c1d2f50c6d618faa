/**
 * Demo firms for developers and evaluators: seeded on start in embedded mode (or with
 * {@code wecruit.demo.enabled=true}), with their logins printed and shown on the login page.
 */
@ApplicationModule(allowedDependencies = {
        "activities", "auth", "candidates", "companies", "jobs", "pipeline", "platform :: db", "tenancy"})
package dev.wecruit.demo;

import org.springframework.modulith.ApplicationModule;
