/**
 * Personal data protection (capability C10): subject-access exports ({@code PersonalDataExportService}: a ZIP of
 * everything held about a candidate, made by background work, read through the other features' services) and
 * re-encryption under a new key; consent, retention and erasure as they are built.
 */
@ApplicationModule(allowedDependencies = {
        "activities", "audit", "candidates", "companies", "jobs", "pipeline", "platform :: crypto",
        "platform :: persistence", "shared", "shell", "tenancy", "work"})
package dev.wecruit.privacy;

import org.springframework.modulith.ApplicationModule;
