/**
 * Possible duplicates, firm-wide: the pairs the candidates' detection finds ({@code DuplicateCandidates}), paged
 * through the firm so a large one never blocks a view, less the pairs a member dismissed as "Not a duplicate"; the
 * "Possible duplicates" view and the part of a candidate's page that lists theirs; merging two candidates side by side
 * and undoing it within a period ({@code CandidateMergeService}, decision 0037), with the daily sweep that makes old
 * merges final. A module of its own, above candidates, pipeline and activities, because dismissing and merging are
 * audited and merging moves those features' records through their services.
 */
@ApplicationModule(allowedDependencies = {"activities", "audit", "candidates", "pipeline", "platform :: crypto",
        "platform :: persistence", "shared", "shell", "tenancy", "work"})
package dev.wecruit.duplicates;

import org.springframework.modulith.ApplicationModule;
