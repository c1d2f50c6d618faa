/**
 * Firm administration, for the firm's admins: members and their roles, the firm's settings, API keys and the audit
 * log. Views only: each composes the services of the features it administers (tenancy and auth for members, jobs
 * for the stage template, matching for AI, api for keys, audit for the log), so none of those modules depends on
 * another for it.
 */
package dev.wecruit.administration;
