package dev.wecruit.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the dashboard is asked to show. Every part but the period is optional.
 *
 * @param from the period's first day, in the firm's zone
 * @param to the period's last day, included
 * @param ownerId only jobs this recruiter owns, and only their activity; null for the firm
 * @param companyId only this client's jobs
 * @param jobId only this job
 */
public record DashboardFilter(LocalDate from, LocalDate to, UUID ownerId, UUID companyId, UUID jobId) {

    /** How long a period is unless asked: the last 90 days. */
    public static final int DEFAULT_DAYS = 90;

    public DashboardFilter {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A period needs a first day on or before its last: " + from + ", " + to);
        }
    }

    /** The last {@link #DEFAULT_DAYS} days up to and including today. */
    public static DashboardFilter lastDays(LocalDate today, int days) {
        return new DashboardFilter(today.minusDays(days - 1L), today, null, null, null);
    }

    public DashboardFilter withOwner(UUID owner) {
        return new DashboardFilter(from, to, owner, companyId, jobId);
    }

    public DashboardFilter withCompany(UUID company) {
        return new DashboardFilter(from, to, ownerId, company, jobId);
    }

    public DashboardFilter withJob(UUID job) {
        return new DashboardFilter(from, to, ownerId, companyId, job);
    }

    public DashboardFilter withPeriod(LocalDate first, LocalDate last) {
        return new DashboardFilter(first, last, ownerId, companyId, jobId);
    }

    /** How many days the period has. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
