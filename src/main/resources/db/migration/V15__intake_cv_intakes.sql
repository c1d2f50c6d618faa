-- CV intake: a CV dropped by a recruiter, from upload through parsing to review. The file, its name and the fields
-- proposed from it (with the CV's text) are sealed like other personal data. Once the recruiter saves the candidate
-- (the CV becomes the candidate's document) or discards the CV, the file and the proposal are cleared: the row
-- keeps only what happened. A CV that could not be read keeps no row at all; its work item (item_id) says why.
CREATE TABLE cv_intakes (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    work_id        uuid        NOT NULL,
    item_id        uuid        NOT NULL,
    file_name_enc  text        NOT NULL,
    content_type   text        NOT NULL CHECK (length(content_type) <= 200),
    size_bytes     bigint      NOT NULL CHECK (size_bytes > 0),
    sha256         bytea       NOT NULL CHECK (length(sha256) = 32),
    content_enc    bytea,
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'TO_REVIEW', 'SAVED', 'DISCARDED')),
    proposal_enc   text,
    parser         text        CHECK (parser IN ('OFFLINE', 'OFFLINE_AND_LLM')),
    note           text        CHECK (length(note) <= 500),
    update_of      uuid,
    candidate_id   uuid,
    created_at     timestamptz NOT NULL,
    created_by     uuid,
    updated_at     timestamptz NOT NULL,
    updated_by     uuid,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, item_id),
    FOREIGN KEY (tenant_id, work_id) REFERENCES background_work (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, update_of) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE SET NULL (candidate_id),
    CHECK (status NOT IN ('QUEUED', 'TO_REVIEW') OR content_enc IS NOT NULL),
    CHECK (status <> 'TO_REVIEW' OR proposal_enc IS NOT NULL)
);
CREATE INDEX cv_intakes_to_review ON cv_intakes (tenant_id, created_by, created_at) WHERE status = 'TO_REVIEW';

ALTER TABLE cv_intakes ENABLE ROW LEVEL SECURITY;
ALTER TABLE cv_intakes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON cv_intakes
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
