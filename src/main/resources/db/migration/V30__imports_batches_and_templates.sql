-- Imports from spreadsheets (issue 19, decision 0031). A batch is one import: the rows it read (sealed, they name
-- people), how it was mapped, and per row what became of it. A row's record says which candidate it created or
-- updated and, for an update, the candidate's values before it (sealed) and the version the import left, so "Undo
-- import" can restore them unless someone changed the candidate since.
CREATE TABLE import_batches (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    work_id        uuid        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('CANDIDATES')),
    file_name_enc  text        NOT NULL,
    format         text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    sheet          text        CHECK (length(sheet) <= 200),
    mode           text        NOT NULL CHECK (mode IN ('SKIP_INVALID', 'ALL_OR_NOTHING')),
    mapping        text        NOT NULL CHECK (length(mapping) <= 20000),
    rows_enc       bytea       NOT NULL,
    row_count      integer     NOT NULL CHECK (row_count >= 0),
    created_count  integer     NOT NULL DEFAULT 0,
    updated_count  integer     NOT NULL DEFAULT 0,
    skipped_count  integer     NOT NULL DEFAULT 0,
    status         text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'UNDONE')),
    undone_at      timestamptz,
    undone_by      uuid,
    created_at     timestamptz NOT NULL,
    created_by     uuid,
    updated_at     timestamptz NOT NULL,
    updated_by     uuid,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, work_id),
    FOREIGN KEY (tenant_id, work_id) REFERENCES background_work (tenant_id, id) ON DELETE CASCADE,
    CHECK (status <> 'UNDONE' OR undone_at IS NOT NULL)
);
CREATE INDEX import_batches_recent ON import_batches (tenant_id, created_at DESC);

CREATE TABLE import_batch_records (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    batch_id       uuid        NOT NULL,
    row_number     integer     NOT NULL CHECK (row_number >= 1),
    outcome        text        NOT NULL CHECK (outcome IN ('CREATED', 'UPDATED', 'SKIPPED')),
    reason         text        CHECK (length(reason) <= 1000),
    candidate_id   uuid,
    previous_enc   text,
    version_after  bigint,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, batch_id, row_number),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES import_batches (tenant_id, id) ON DELETE CASCADE,
    -- an erased candidate takes their snapshot with them; the row's outcome stays for the result file
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE SET NULL (candidate_id),
    CHECK (outcome = 'SKIPPED' OR candidate_id IS NOT NULL OR previous_enc IS NULL),
    CHECK (outcome <> 'SKIPPED' OR reason IS NOT NULL)
);
CREATE INDEX import_batch_records_candidate ON import_batch_records (tenant_id, candidate_id)
    WHERE candidate_id IS NOT NULL;

-- A firm's saved mappings: a name, and for each header the field it goes to.
CREATE TABLE import_templates (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mapping     text        NOT NULL CHECK (length(mapping) <= 20000),
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_batches FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_batches
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE import_batch_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_batch_records FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_batch_records
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE import_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_templates
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
