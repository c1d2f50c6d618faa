-- Duplicates (issue 19, decision 0030): a pair of candidates a member said are not the same person. The pair is
-- written lower id first, so it is one row whichever way round it was dismissed, and it is never shown again. It goes
-- with either candidate.
CREATE TABLE duplicate_dismissals (
    tenant_id     uuid        NOT NULL,
    first_id      uuid        NOT NULL,
    second_id     uuid        NOT NULL,
    dismissed_by  uuid,
    dismissed_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, first_id, second_id),
    CHECK (first_id < second_id),
    FOREIGN KEY (tenant_id, first_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, second_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, dismissed_by) REFERENCES members (tenant_id, id)
);
CREATE INDEX duplicate_dismissals_second_idx ON duplicate_dismissals (tenant_id, second_id);

ALTER TABLE duplicate_dismissals ENABLE ROW LEVEL SECURITY;
ALTER TABLE duplicate_dismissals FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON duplicate_dismissals
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
