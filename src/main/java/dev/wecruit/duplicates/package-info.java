/**
 * Possible duplicates, firm-wide: the pairs the candidates' detection finds ({@code DuplicateCandidates}), paged
 * through the firm so a large one never blocks a view, less the pairs a member dismissed as "Not a duplicate"; the
 * "Possible duplicates" view and the part of a candidate's page that lists theirs. A module of its own, above
 * candidates, because dismissing is audited and merging (decision 0030) moves other features' records.
 */
@ApplicationModule(allowedDependencies = {"audit", "candidates", "shared", "shell", "tenancy"})
package dev.wecruit.duplicates;

import org.springframework.modulith.ApplicationModule;
