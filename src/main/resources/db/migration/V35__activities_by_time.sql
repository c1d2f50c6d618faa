-- The dashboard's activity series (issue 20, decision 0036): a firm's activities in a period, counted per week,
-- member and type (activities.internal.ActivitySeries). The other indexes of activities lead with a candidate, job,
-- company or contact, so a period was a scan of the whole table: 0.6 s for 90 days of a firm with a million
-- activities. This index finds the period's rows by time and carries what the count groups and filters on, so the
-- count reads the index alone (an index-only scan once vacuum has marked the pages visible).
-- With TimescaleDB the index is made on every chunk of the hypertable, as its others are.
CREATE INDEX activities_occurred_idx ON activities (tenant_id, occurred_at) INCLUDE (actor_id, type, job_id, company_id);
