-- The access log (issue 18, decision 0025): who saw a candidate's contact details, per candidate, day (in the firm's
-- time zone), channel and member or API key, with how many times. It replaces api_contact_reads (V22), whose hourly
-- rows become daily API reads here. Rows go with their candidate; the members and keys they name are kept by id
-- without a reference (keys are revoked, never deleted, and the log must outlive any change there). A key is named as
-- shown when it read, since only the api module knows keys' names; members' names are looked up when shown.
CREATE TABLE candidate_access_log (
    tenant_id      uuid        NOT NULL,
    candidate_id   uuid        NOT NULL,
    day            date        NOT NULL,
    channel        text        NOT NULL CHECK (channel IN ('PAGE_VIEW', 'DOWNLOAD', 'EXPORT', 'API_READ')),
    accessor_kind  text        NOT NULL CHECK (accessor_kind IN ('MEMBER', 'API_KEY')),
    accessor_id    uuid        NOT NULL,
    key_label      text        CHECK (length(key_label) BETWEEN 1 AND 120),
    times          integer     NOT NULL CHECK (times > 0),
    last_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, candidate_id, day, channel, accessor_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    CHECK ((accessor_kind = 'API_KEY') = (key_label IS NOT NULL))
);
-- the admins' search, newest first, and the daily prune; and one member's or key's entries
CREATE INDEX candidate_access_log_day_idx ON candidate_access_log (tenant_id, day DESC);
CREATE INDEX candidate_access_log_accessor_idx ON candidate_access_log (tenant_id, accessor_id, day DESC);

ALTER TABLE candidate_access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE candidate_access_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON candidate_access_log
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- The keys' hourly reads so far, as daily API reads; last_at is the start of the last hour they read in.
INSERT INTO candidate_access_log (tenant_id, candidate_id, day, channel, accessor_kind, accessor_id, key_label, times,
                                  last_at)
SELECT r.tenant_id, r.candidate_id, (r.hour AT TIME ZONE coalesce(o.time_zone, 'UTC'))::date, 'API_READ', 'API_KEY',
       r.key_id, 'API key "' || coalesce(k.name, 'unknown') || '"', sum(r.reads)::integer, max(r.hour)
  FROM api_contact_reads r
  JOIN organizations o ON o.id = r.tenant_id
  LEFT JOIN api_keys k ON k.tenant_id = r.tenant_id AND k.id = r.key_id
 GROUP BY r.tenant_id, r.candidate_id, (r.hour AT TIME ZONE coalesce(o.time_zone, 'UTC'))::date, r.key_id, k.name;

DROP TABLE api_contact_reads;
