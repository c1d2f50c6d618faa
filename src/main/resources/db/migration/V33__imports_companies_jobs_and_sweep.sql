-- Imports of companies with their contacts, and of jobs (issue 19, decision 0038), and the sweep of an import's
-- sealed snapshots once its undo period is over.
ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check
    CHECK (kind IN ('CANDIDATES', 'COMPANIES', 'JOBS'));

-- After the undo period the rows (they name people) and the snapshots of what an import changed are deleted; the
-- batch, its counts and each row's outcome stay.
ALTER TABLE import_batches ALTER COLUMN rows_enc DROP NOT NULL;
ALTER TABLE import_batches ADD COLUMN swept_at timestamptz;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_rows_until_swept
    CHECK (rows_enc IS NOT NULL OR swept_at IS NOT NULL);
CREATE INDEX import_batches_unswept ON import_batches (tenant_id, created_at) WHERE swept_at IS NULL;

-- What an import of companies or jobs created or updated, one line per record (a row of companies with contacts
-- touches a company and a contact): the record, the version the import left and, for an update, the record's values
-- before it (sealed), so undo can remove or restore it unless it changed since. The records are another feature's,
-- named by id only: undo asks their service, and finds a record removed since simply gone.
CREATE TABLE import_batch_changes (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    batch_id       uuid        NOT NULL,
    row_number     integer     NOT NULL CHECK (row_number >= 1),
    entity         text        NOT NULL CHECK (entity IN ('COMPANY', 'CONTACT', 'JOB')),
    entity_id      uuid        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED')),
    previous_enc   text,
    version_after  bigint      NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, batch_id, entity, entity_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES import_batches (tenant_id, id) ON DELETE CASCADE,
    CHECK (action = 'UPDATED' OR previous_enc IS NULL)
);
CREATE INDEX import_batch_changes_batch ON import_batch_changes (tenant_id, batch_id, row_number);

ALTER TABLE import_batch_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_batch_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_batch_changes
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
