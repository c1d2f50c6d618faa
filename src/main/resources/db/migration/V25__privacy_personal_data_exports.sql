-- Subject-access exports: the ZIP of everything the firm holds about one candidate, made by background work at a
-- recruiter's or admin's request. The archive is personal data and is sealed like a CV. Rows expire (a setting, 7
-- days by default) and are then deleted; they go with their candidate, so an erased candidate leaves no export.
CREATE TABLE personal_data_exports (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    candidate_id  uuid        NOT NULL,
    work_id       uuid        NOT NULL,
    item_id       uuid        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('QUEUED', 'READY', 'FAILED')),
    expires_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    size_bytes    bigint      CHECK (size_bytes > 0),
    content_enc   bytea,
    error         text        CHECK (length(error) <= 500),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, item_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, work_id) REFERENCES background_work (tenant_id, id) ON DELETE CASCADE,
    CHECK (status <> 'READY' OR (content_enc IS NOT NULL AND size_bytes IS NOT NULL AND finished_at IS NOT NULL)),
    CHECK (status = 'READY' OR content_enc IS NULL)
);
CREATE INDEX personal_data_exports_candidate ON personal_data_exports (tenant_id, candidate_id, created_at DESC);
CREATE INDEX personal_data_exports_expiry ON personal_data_exports (tenant_id, expires_at);

ALTER TABLE personal_data_exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE personal_data_exports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON personal_data_exports
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
