-- Who did what, and when: sign-ins, role and settings changes, API key use, exports. Append-only for the app role:
-- it may add and read, never change or remove, so a compromised app node cannot cover its tracks.
CREATE TABLE audit_events (
    tenant_id        uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id               uuid        NOT NULL,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    action           text        NOT NULL CHECK (action ~ '^[A-Z_]{1,60}$'),
    actor_member_id  uuid,
    -- the actor's name as it was then: members are renamed and API keys revoked, the log must still read true
    actor            text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    subject          text        CHECK (length(subject) <= 300),
    detail           text        CHECK (length(detail) <= 2000),
    source_address   text        CHECK (length(source_address) <= 100),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_time_idx ON audit_events (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_action_idx ON audit_events (tenant_id, action, occurred_at DESC);

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${app_role};

-- What happened before any firm was known: a failed sign-in for an email no account has, a rejected session token
-- or webhook. For the operator, not for any firm's admins. Append-only too.
CREATE TABLE security_events (
    id              uuid        PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    action          text        NOT NULL CHECK (action ~ '^[A-Z_]{1,60}$'),
    detail          text        CHECK (length(detail) <= 2000),
    source_address  text        CHECK (length(source_address) <= 100)
);
CREATE INDEX security_events_time_idx ON security_events (occurred_at DESC);
REVOKE UPDATE, DELETE, TRUNCATE ON security_events FROM ${app_role};
