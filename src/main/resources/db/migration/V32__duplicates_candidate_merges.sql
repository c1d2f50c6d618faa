-- Merging duplicates (issue 19, decision 0037). The candidate merged away is retired, not deleted, while the merge
-- can be undone: merged_into names the candidate who absorbed them, and every list, search and duplicate scan leaves
-- them out. Erasing the survivor takes the retired record with it (the same person).
ALTER TABLE candidates ADD COLUMN merged_into uuid;
ALTER TABLE candidates ADD COLUMN merged_at timestamptz;
ALTER TABLE candidates ADD CONSTRAINT candidates_merged_into_fkey
    FOREIGN KEY (tenant_id, merged_into) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE;
ALTER TABLE candidates ADD CONSTRAINT candidates_merged_into_check
    CHECK ((merged_into IS NULL) = (merged_at IS NULL) AND merged_into IS DISTINCT FROM id);
CREATE INDEX candidates_merged_into_idx ON candidates (tenant_id, merged_into) WHERE merged_into IS NOT NULL;

-- An open merge: who absorbed whom, until when it can be undone, and (sealed, it names a person) the survivor's
-- values before it and which activities, documents and applications moved, so "Unmerge" puts each back. The row
-- goes when the merge is undone, when the sweep makes it final, or with either candidate.
CREATE TABLE candidate_merges (
    tenant_id              uuid        NOT NULL,
    id                     uuid        NOT NULL,
    survivor_id            uuid        NOT NULL,
    retired_id             uuid        NOT NULL,
    snapshot_enc           text        NOT NULL,
    survivor_version_after bigint      NOT NULL,
    merged_at              timestamptz NOT NULL,
    merged_by              uuid,
    unmerge_until          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, retired_id),
    CHECK (survivor_id <> retired_id),
    CHECK (unmerge_until >= merged_at),
    FOREIGN KEY (tenant_id, survivor_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, retired_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, merged_by) REFERENCES members (tenant_id, id)
);
CREATE INDEX candidate_merges_survivor_idx ON candidate_merges (tenant_id, survivor_id);
CREATE INDEX candidate_merges_until_idx ON candidate_merges (tenant_id, unmerge_until);

ALTER TABLE candidate_merges ENABLE ROW LEVEL SECURITY;
ALTER TABLE candidate_merges FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON candidate_merges
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
