/**
 * Personal data protection (capability C10): retention that runs by itself (rules, notices, the daily run,
 * extensions, "anonymise now", the dry-run preview; {@code RetentionService}), erasure at a person's request
 * ({@code ErasureService}), subject-access exports ({@code PersonalDataExportService}: a ZIP of everything held about
 * a candidate, made by background work, read through the other features' services), the admins' Privacy view and
 * the candidate page's parts, and re-encryption under a new key ({@code PiiKeyRotationService}). Other features
 * remove their copies of a person in the same transaction, listening to {@code candidates.CandidateAnonymised} and
 * {@code CandidateErased}.
 */
@ApplicationModule(allowedDependencies = {
        "activities", "audit", "candidates", "companies", "jobs", "pipeline", "platform :: crypto",
        "platform :: persistence", "shared", "shell", "tenancy", "work"})
package dev.wecruit.privacy;

import org.springframework.modulith.ApplicationModule;
