/**
 * Applications: candidates in a job's pipeline, their stage and position within the column (capability C5). The
 * live Kanban board builds on this, and so does the API's {@code pipelineChanged} subscription.
 */
@ApplicationModule(allowedDependencies = {
        "activities", "candidates", "companies", "jobs", "platform :: events", "platform :: graphql",
        "platform :: persistence", "platform :: spreadsheets", "shared", "shell", "tenancy"})
package dev.wecruit.pipeline;

import org.springframework.modulith.ApplicationModule;
