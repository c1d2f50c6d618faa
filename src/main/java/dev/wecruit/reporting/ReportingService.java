package dev.wecruit.reporting;

import dev.wecruit.activities.ActivityService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about the current firm for the dashboard; the funnel, time-in-stage and fee reports come later. */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    private final CandidateService candidates;
    private final JobService jobs;
    private final CompanyService companies;
    private final ActivityService activities;
    private final Clock clock;

    ReportingService(CandidateService candidates, JobService jobs, CompanyService companies,
            ActivityService activities, Clock clock) {
        this.candidates = candidates;
        this.jobs = jobs;
        this.companies = companies;
        this.activities = activities;
        this.clock = clock;
    }

    public FirmOverview overview() {
        return new FirmOverview(candidates.count(), jobs.count(Set.of(JobStatus.OPEN)), jobs.count(Set.of()),
                companies.count(), companies.countContacts(),
                activities.countSince(Instant.now(clock).minus(Duration.ofDays(365))));
    }
}
