-- Keys for the firm's integrations (the GraphQL API). The key itself is shown once; only its SHA-256 is kept.
CREATE TABLE api_keys (
    tenant_id     uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id            uuid        NOT NULL,
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'VIEWER')),
    -- the key's first characters, which identify it in lists without revealing it
    prefix        text        NOT NULL CHECK (length(prefix) BETWEEN 8 AND 20),
    secret_hash   bytea       NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    uuid,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoked_by    uuid,
    last_used_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK (expires_at > created_at)
);
CREATE INDEX api_keys_created_idx ON api_keys (tenant_id, created_at DESC);

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_keys
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- An API request names no firm: the key does. The narrow gate through row-level security for that one lookup,
-- by hash only, returning what deciding the request needs.
CREATE FUNCTION api_key_by_hash(p_secret_hash bytea)
    RETURNS TABLE (key_id uuid, tenant_id uuid, organization_name text, name text, role text,
                   expires_at timestamptz, revoked_at timestamptz, last_used_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT k.id, k.tenant_id, o.name, k.name, k.role, k.expires_at, k.revoked_at, k.last_used_at
      FROM api_keys k
      JOIN organizations o ON o.id = k.tenant_id AND o.active
     WHERE k.secret_hash = p_secret_hash
$$;
REVOKE ALL ON FUNCTION api_key_by_hash(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api_key_by_hash(bytea) TO ${app_role};
