-- API reads of candidates' contact details, for subject-access answers: how often each key read each candidate's
-- contact details in each hour (UTC). Rows go with their candidate. key_id names a row of api_keys without a
-- reference: keys are revoked, never deleted, and the roll-up must outlive any change there.
CREATE TABLE api_contact_reads (
    tenant_id     uuid        NOT NULL,
    key_id        uuid        NOT NULL,
    candidate_id  uuid        NOT NULL,
    hour          timestamptz NOT NULL CHECK (date_trunc('hour', hour, 'UTC') = hour),
    reads         integer     NOT NULL CHECK (reads > 0),
    PRIMARY KEY (tenant_id, key_id, candidate_id, hour),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX api_contact_reads_candidate_idx ON api_contact_reads (tenant_id, candidate_id, hour DESC);

ALTER TABLE api_contact_reads ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_contact_reads FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_contact_reads
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
