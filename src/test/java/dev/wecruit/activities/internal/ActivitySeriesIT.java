package dev.wecruit.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.activities.ActivityCount;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.Role;
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
 * weeks: Monday to Sunday in the zone asked for (decision 0029); embedded PostgreSQL has no TimescaleDB, so that
 * comparison runs in CI's TimescaleDB run. The firm's series read from its counts per day is the series of its
 * activities, whatever changes them (decision 0040).
 */
@IntegrationTest
class ActivitySeriesIT extends FirmTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 3, 15);

    @Autowired ActivitySeries series;
    @Autowired ActivityService activities;
    @Autowired CompanyService companies;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    UUID company;
    UUID me;

    @BeforeEach
    void activitiesAroundAWeeksEndInAFirmInAmsterdam() {
        changeTimeZone(AMSTERDAM);
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
        assertThat(inTransaction(() -> series.weeklyOfFirm(FROM, UNTIL, ActivitySeries.Bucketing.TIME_BUCKET)))
                .isEqualTo(weekly(ActivitySeries.Bucketing.DATE_TRUNC));
    }

    @Test
    void the_firms_series_from_its_counts_per_day_is_the_series_of_its_activities() {
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null))
                .isEqualTo(weekly(ActivitySeries.Bucketing.DATE_TRUNC))
                .hasSize(3);
        assertThat(activities.countOnDays(FROM, UNTIL)).isEqualTo(3);
        assertThat(activities.countOnDays(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21))).isEqualTo(1);
    }

    @Test
    void the_series_of_some_jobs_or_a_company_keeps_to_the_records_asked_about() {
        assertThat(activities.weeklyCounts(FROM, UNTIL, List.of(UUID.randomUUID()), null)).isEmpty();
        assertThat(activities.weeklyCounts(FROM, UNTIL, List.of(), company))
                .isEqualTo(weekly(ActivitySeries.Bucketing.DATE_TRUNC));
    }

    @Test
    void activities_moved_to_another_week_or_deleted_move_or_leave_the_counts() {
        inTransaction(() -> jdbc.update("update activities set occurred_at = occurred_at + interval '1 hour'"
                + " where occurred_at = '2026-03-08T22:30:00Z'"));
        inTransaction(() -> jdbc.update("delete from activities where type = 'NOTE'"));

        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null)).containsExactly(
                new ActivityCount(LocalDate.of(2026, 3, 9), me, ActivityType.CALL, 2));
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null))
                .isEqualTo(activities.weeklyCounts(FROM, UNTIL, List.of(), company));
    }

    @Test
    void a_firm_that_changes_its_time_zone_has_its_activities_counted_on_its_new_days() {
        changeTimeZone(ZoneId.of("UTC"));

        // both late calls are on Sunday 8 March in UTC: the week of Monday 2 March
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null)).containsExactly(
                new ActivityCount(LocalDate.of(2026, 3, 2), me, ActivityType.CALL, 2),
                new ActivityCount(LocalDate.of(2026, 3, 2), me, ActivityType.NOTE, 1));
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null))
                .isEqualTo(activities.weeklyCounts(FROM, UNTIL, List.of(), company));
    }

    @Test
    void the_apps_own_entries_count_in_the_firms_total_but_not_as_a_members_activity() {
        inTransaction(() -> jdbc.update("""
                insert into activities (tenant_id, id, type, subject, occurred_at, company_id, created_at, updated_at)
                values (?, gen_random_uuid(), 'SYSTEM', 'Imported', '2026-03-04T09:00:00Z', ?, now(), now())""",
                firm.id(), company));

        assertThat(activities.countOnDays(FROM, UNTIL)).isEqualTo(4);
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null)).hasSize(3)
                .allSatisfy(count -> assertThat(count.actorId()).isEqualTo(me));
    }

    @Test
    void another_firms_activities_never_count() {
        var other = dev.wecruit.TestFirms.aFirm("Other firm").withMember(Role.RECRUITER).create(accounts,
                organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        assertThat(activities.weeklyCounts(FROM, UNTIL, null, null)).isEmpty();
        assertThat(activities.countOnDays(FROM, UNTIL)).isZero();
        assertThat(inTransaction(() -> jdbc.queryForObject("select count(*) from activity_day_counts", Long.class)))
                .isZero();
    }

    private List<ActivityCount> weekly(ActivitySeries.Bucketing bucketing) {
        return inTransaction(() -> series.weekly(FROM.atStartOfDay(AMSTERDAM).toInstant(),
                UNTIL.atStartOfDay(AMSTERDAM).toInstant(), AMSTERDAM, null, null, bucketing));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private void changeTimeZone(ZoneId zone) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        FirmProfile profile = organizations.profile();
        organizations.changeProfile(new FirmProfile(profile.name(), profile.defaultCurrency(),
                profile.retentionMonths(), zone, profile.viewersExportContacts()));
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    private void log(ActivityType type, String at) {
        activities.log(new ActivityDraft(type, type.name(), null, Instant.parse(at), null, null, company, null));
    }
}
