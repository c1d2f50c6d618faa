package dev.wecruit.reporting;

/** The size of the current firm's book of business, at a glance. */
public record FirmOverview(long candidates, long openJobs, long jobs, long companies, long contacts,
        long activitiesLastYear) {
}
