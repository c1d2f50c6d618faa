/** Candidates, their documents and CVs, and duplicate detection (capabilities C4, C7, C9). */
@ApplicationModule(allowedDependencies = {
        "companies", "jobs", "platform :: crypto", "platform :: documents", "platform :: graphql",
        "platform :: persistence", "platform :: spreadsheets", "platform :: validation", "shared", "shell", "tenancy",
        "tenancy :: api", "tenancy :: ui"})
package dev.wecruit.candidates;

import org.springframework.modulith.ApplicationModule;
