-- Background work (decision 0016). PostgreSQL is the queue: db-scheduler claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, keeps a heartbeat per running execution and revives those of a dead node.
-- Its table is global: the scheduler of every node polls every firm's work. A row holds ids only (the firm, the
-- member, the work item), never personal data; what users see of the work is in the firm tables below.
CREATE TABLE scheduled_tasks (
    task_name            text        NOT NULL,
    task_instance        text        NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean     NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- Work a member started (an import, a batch of CVs): what it is, who started it, how far it got, how it ended.
CREATE TABLE background_work (
    tenant_id    uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id           uuid        NOT NULL,
    kind         text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    started_by   uuid,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'DONE_WITH_ERRORS', 'FAILED')),
    total        integer     NOT NULL CHECK (total >= 0),
    done         integer     NOT NULL DEFAULT 0 CHECK (done >= 0),
    failed       integer     NOT NULL DEFAULT 0 CHECK (failed >= 0),
    summary      text        CHECK (length(summary) <= 2000),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK (done + failed <= total)
);
CREATE INDEX background_work_recent ON background_work (tenant_id, created_at DESC);

-- One unit of a piece of work (one CV of a batch): retried by itself, failing by itself, with its own error.
-- The label (a file name, which often carries a person's name) is sealed like other personal data.
CREATE TABLE background_work_items (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    work_id      uuid        NOT NULL,
    position     integer     NOT NULL CHECK (position >= 0),
    label_enc    text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    attempts     integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    error        text        CHECK (length(error) <= 2000),
    started_at   timestamptz,
    finished_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, work_id, position),
    FOREIGN KEY (tenant_id, work_id) REFERENCES background_work (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX background_work_items_failed ON background_work_items (tenant_id, work_id) WHERE status = 'FAILED';

ALTER TABLE background_work ENABLE ROW LEVEL SECURITY;
ALTER TABLE background_work FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON background_work
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
ALTER TABLE background_work_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE background_work_items FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON background_work_items
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
