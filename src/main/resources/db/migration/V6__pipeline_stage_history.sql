-- When each application entered and left each stage (issue 5): the dashboard's time in stage and conversion come
-- from here. A row is open (exited_at null) while the card sits in that stage; a move closes it and opens the next.
-- The stage's name and kind are copied, so the history still reads right after the stage is renamed or removed
-- (removing a stage keeps its rows, with stage_id set to null).
CREATE TABLE application_stage_history (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    application_id  uuid        NOT NULL,
    job_id          uuid        NOT NULL,
    stage_id        uuid,
    stage_name      text        NOT NULL CHECK (length(stage_name) <= 100),
    stage_kind      text        NOT NULL CHECK (stage_kind IN ('ACTIVE', 'HIRED', 'REJECTED')),
    entered_at      timestamptz NOT NULL,
    exited_at       timestamptz CHECK (exited_at IS NULL OR exited_at >= entered_at),
    created_at      timestamptz NOT NULL,
    created_by      uuid,
    updated_at      timestamptz NOT NULL,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES applications (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, job_id, stage_id) REFERENCES job_stages (tenant_id, job_id, id) ON DELETE SET NULL (stage_id)
);
-- at most one open row per application: a card is in one stage at a time
CREATE UNIQUE INDEX application_stage_history_open_idx
    ON application_stage_history (tenant_id, application_id) WHERE exited_at IS NULL;
CREATE INDEX application_stage_history_job_idx ON application_stage_history (tenant_id, job_id, entered_at);

ALTER TABLE application_stage_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE application_stage_history FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON application_stage_history
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Cards that exist already entered their stage when the board says they did.
INSERT INTO application_stage_history (tenant_id, id, application_id, job_id, stage_id, stage_name, stage_kind,
                                       entered_at, created_at, updated_at)
SELECT a.tenant_id, gen_random_uuid(), a.id, a.job_id, a.stage_id, s.name, s.kind, a.stage_entered_at, now(), now()
  FROM applications a
  JOIN job_stages s ON s.tenant_id = a.tenant_id AND s.job_id = a.job_id AND s.id = a.stage_id;
