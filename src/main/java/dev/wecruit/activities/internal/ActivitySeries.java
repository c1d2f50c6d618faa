package dev.wecruit.activities.internal;

import dev.wecruit.activities.ActivityCount;
import dev.wecruit.activities.ActivityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Activities counted per member, type and week, in SQL. With TimescaleDB (where {@code activities} is a hypertable,
 * decision 0007) the weeks are {@code time_bucket}s, without it {@code date_trunc} weeks: both start on Monday in the
 * zone asked for, so the two give the same rows (decision 0029). The firm's whole series is summed from its counts per
 * day ({@code activity_day_counts}, kept by triggers, decision 0040); the series of some jobs or a company is counted
 * from their activities, week by week (decision 0036). Whether the extension is there is asked once.
 */
@Component
public class ActivitySeries {

    /** How weeks are cut. */
    public enum Bucketing {
        TIME_BUCKET("time_bucket('1 week', occurred_at at time zone ?)", "time_bucket('1 week', day)"),
        DATE_TRUNC("date_trunc('week', occurred_at at time zone ?)", "date_trunc('week', day::timestamp)::date");

        /** The Monday (a {@code timestamp}) of an activity's week in the zone given as a parameter. */
        private final String ofActivity;
        /** The Monday of a {@code date} column's week. */
        private final String ofDay;

        Bucketing(String ofActivity, String ofDay) {
            this.ofActivity = ofActivity;
            this.ofDay = ofDay;
        }
    }

    private final JdbcTemplate jdbc;
    private final AtomicReference<Bucketing> detected = new AtomicReference<>();

    ActivitySeries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** TimescaleDB's buckets when the extension is installed, else PostgreSQL's own. */
    public Bucketing bucketing() {
        Bucketing known = detected.get();
        if (known == null) {
            Boolean timescale = jdbc.queryForObject(
                    "select exists (select 1 from pg_extension where extname = 'timescaledb')", Boolean.class);
            known = Boolean.TRUE.equals(timescale) ? Bucketing.TIME_BUCKET : Bucketing.DATE_TRUNC;
            detected.set(known);
        }
        return known;
    }

    /**
     * The firm's activities by a member on the firm's days {@code [from, until)}, counted per week, member and type,
     * from the counts per day: a read of one row per day, member and type, whatever the firm's activity.
     */
    public List<ActivityCount> weeklyOfFirm(LocalDate from, LocalDate until, Bucketing bucketing) {
        return jdbc.query("select " + bucketing.ofDay + " as week, actor_id, type, sum(n) as n" + """

                  from activity_day_counts
                 where day >= ? and day < ? and actor_id is not null
                 group by 1, 2, 3
                 order by 1, 2, 3""", (row, index) -> new ActivityCount(row.getObject("week", LocalDate.class),
                row.getObject("actor_id", UUID.class), ActivityType.valueOf(row.getString("type")),
                row.getLong("n")), from, until);
    }

    /** How many activities the firm has, its own entries included, on its days {@code [from, until)}. */
    public long countOfFirm(LocalDate from, LocalDate until) {
        Long count = jdbc.queryForObject("select coalesce(sum(n), 0) from activity_day_counts where day >= ? and day < ?",
                Long.class, from, until);
        return count == null ? 0 : count;
    }

    /**
     * The firm's activities by a member in {@code [from, to)}, counted per week, member and type, from the
     * activities themselves: for some jobs or a company, whose activities their own indexes find. The firm's whole
     * series is {@link #weeklyOfFirm}, which does not read the activities.
     *
     * @param jobIds only activities about one of these jobs, or (with {@code companyId}) about that company; null
     *     for every activity
     */
    public List<ActivityCount> weekly(Instant from, Instant to, ZoneId zone, Collection<UUID> jobIds, UUID companyId,
            Bucketing bucketing) {
        List<Object> parameters = new ArrayList<>(List.of(zone.getId(), from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC)));
        StringBuilder sql = new StringBuilder("select ").append(bucketing.ofActivity)
                .append(" as week, actor_id, type, count(*) as n").append("""

                  from activities
                 where occurred_at >= ? and occurred_at < ? and actor_id is not null""");
        if (jobIds != null) {
            sql.append(" and (job_id = any(?)");
            parameters.add(jobIds.toArray(UUID[]::new));
            if (companyId != null) {
                sql.append(" or company_id = ?");
                parameters.add(companyId);
            }
            sql.append(')');
        }
        sql.append("\n group by 1, 2, 3\n order by 1, 2, 3");
        return jdbc.query(sql.toString(), (row, index) -> new ActivityCount(
                row.getObject("week", LocalDateTime.class).toLocalDate(), row.getObject("actor_id", UUID.class),
                ActivityType.valueOf(row.getString("type")), row.getLong("n")), parameters.toArray());
    }
}
