package dev.wecruit.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.activities.ActivityCount;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.tenancy.CurrentTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weeks of activity cut by TimescaleDB's {@code time_bucket} and by PostgreSQL's {@code date_trunc} are the same
 * weeks: Monday to Sunday in the zone asked for. Embedded PostgreSQL has no TimescaleDB, so the comparison runs in
 * CI's TimescaleDB run (decision 0029).
 */
@IntegrationTest
class ActivitySeriesIT extends FirmTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired ActivitySeries series;
    @Autowired ActivityService activities;
    @Autowired CompanyService companies;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    UUID company;
    UUID me;

    @BeforeEach
    void activitiesAroundAWeeksEnd() {
        company = companies.create(TestCompanies.aCompany()).id();
        me = currentTenant.currentMemberId().orElseThrow();
        // Sunday 23:30 in Amsterdam is still the week of Monday 2 March; Monday 00:30 there is the next week,
        // though both are Sunday in UTC
        log(ActivityType.CALL, "2026-03-08T22:30:00Z");
        log(ActivityType.CALL, "2026-03-08T23:30:00Z");
        log(ActivityType.NOTE, "2026-03-03T10:00:00Z");
        log(ActivityType.CALL, "2026-02-20T10:00:00Z");
    }

    @Test
    void date_trunc_weeks_start_on_monday_in_the_zone_asked_for() {
        assertThat(weekly(ActivitySeries.Bucketing.DATE_TRUNC)).containsExactly(
                new ActivityCount(LocalDate.of(2026, 3, 2), me, ActivityType.CALL, 1),
                new ActivityCount(LocalDate.of(2026, 3, 2), me, ActivityType.NOTE, 1),
                new ActivityCount(LocalDate.of(2026, 3, 9), me, ActivityType.CALL, 1));
    }

    @Test
    void time_bucket_gives_the_same_weeks_as_date_trunc_where_timescaledb_is_installed() {
        Boolean installed = jdbc.queryForObject(
                "select exists (select 1 from pg_extension where extname = 'timescaledb')", Boolean.class);
        assertThat(series.bucketing()).isEqualTo(Boolean.TRUE.equals(installed)
                ? ActivitySeries.Bucketing.TIME_BUCKET : ActivitySeries.Bucketing.DATE_TRUNC);
        assumeTrue(Boolean.TRUE.equals(installed), "TimescaleDB is not installed in this PostgreSQL");

        assertThat(weekly(ActivitySeries.Bucketing.TIME_BUCKET))
                .isEqualTo(weekly(ActivitySeries.Bucketing.DATE_TRUNC));
    }

    @Test
    void the_service_counts_with_the_bucketing_found_and_keeps_to_the_records_asked_about() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-15T00:00:00Z");
        assertThat(activities.weeklyCounts(from, to, AMSTERDAM, null, null))
                .isEqualTo(weekly(ActivitySeries.Bucketing.DATE_TRUNC));
        assertThat(activities.weeklyCounts(from, to, AMSTERDAM, List.of(UUID.randomUUID()), null)).isEmpty();
        assertThat(activities.weeklyCounts(from, to, AMSTERDAM, List.of(), company)).hasSize(3);
    }

    private List<ActivityCount> weekly(ActivitySeries.Bucketing bucketing) {
        return new TransactionTemplate(transactions).execute(status -> series.weekly(
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-15T00:00:00Z"), AMSTERDAM, null, null,
                bucketing));
    }

    private void log(ActivityType type, String at) {
        activities.log(new ActivityDraft(type, type.name(), null, Instant.parse(at), null, null, company, null));
    }
}
