-- Retention (issue 18, decision 0027). The period after a candidate's last activity is the firm's
-- organizations.retention_months; these are the rest of the firm's rules, what each day's run found and did, the
-- candidates noticed as due, and the extensions admins gave.

-- The rest of a firm's rules: a shorter period for candidates rejected from every job (none: the firm's period
-- applies), and how many days before anonymising a candidate shows as due. No row: the defaults.
CREATE TABLE retention_rules (
    tenant_id        uuid        NOT NULL PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    rejected_months  integer     CHECK (rejected_months BETWEEN 1 AND 120),
    notice_days      integer     NOT NULL CHECK (notice_days BETWEEN 0 AND 365),
    updated_at       timestamptz NOT NULL,
    updated_by       uuid
);

-- A candidate due for anonymisation: noticed on one day, anonymised on or after due_on (never before the notice
-- period has run), unless something happens first (an activity, a legal hold, a new job) and the next run
-- withdraws the notice.
CREATE TABLE retention_notices (
    tenant_id     uuid        NOT NULL,
    candidate_id  uuid        NOT NULL,
    noticed_on    date        NOT NULL,
    due_on        date        NOT NULL CHECK (due_on >= noticed_on),
    rule          text        NOT NULL CHECK (rule IN ('RETENTION', 'REJECTED')),
    PRIMARY KEY (tenant_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX retention_notices_due_idx ON retention_notices (tenant_id, due_on, candidate_id);

-- An admin kept a candidate longer than the rules would: until a day, and why. Audited.
CREATE TABLE retention_extensions (
    tenant_id     uuid        NOT NULL,
    candidate_id  uuid        NOT NULL,
    until         date        NOT NULL,
    reason        text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    extended_by   uuid,
    extended_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, extended_by) REFERENCES members (tenant_id, id)
);

-- One run per firm and day: the row is claimed before the firm's work starts, so a daily run done twice (revived
-- after its node died) starts each firm's work once. The counts are what the run did.
CREATE TABLE retention_runs (
    tenant_id    uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    run_on       date        NOT NULL,
    work_id      uuid,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    noticed      integer     NOT NULL DEFAULT 0 CHECK (noticed >= 0),
    withdrawn    integer     NOT NULL DEFAULT 0 CHECK (withdrawn >= 0),
    anonymised   integer     NOT NULL DEFAULT 0 CHECK (anonymised >= 0),
    PRIMARY KEY (tenant_id, run_on)
);

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['retention_rules', 'retention_notices', 'retention_extensions', 'retention_runs'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format($policy$CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$policy$, name);
    END LOOP;
END
$$;
