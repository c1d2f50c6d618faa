/**
 * CV intake (C7): CVs dropped one by one or 200 at a time become candidate records. Background work reads each CV
 * offline (layout-aware, a shipped skills taxonomy, libphonenumber) and, when the firm has configured one, with its
 * OpenAI-compatible language model, whose values are kept only when found in the CV's text. Recruiters review each
 * proposal next to the CV, see possible duplicates, and save a new candidate or update an existing one; integrators
 * parse a CV or create a candidate from it through {@code /api}.
 */
@ApplicationModule(allowedDependencies = {
        "ai", "candidates", "platform :: crypto", "platform :: documents", "platform :: persistence", "shared",
        "shell", "tenancy", "work"})
package dev.wecruit.intake;

import org.springframework.modulith.ApplicationModule;
