-- Tenancy foundation: firms (organizations = tenants), the global sign-in accounts, and memberships.
-- Runs as the owner role. The app connects as ${app_role}, which row-level security applies to.

DO $$
BEGIN
    IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'Migrations run as %, which needs BYPASSRLS: it owns memberships_of_account(), '
            'the one function that reads across firms (at sign-in). ALTER ROLE % BYPASSRLS;', current_user, current_user;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

-- A firm. tenant_id is generated from id so that one policy shape guards every table.
CREATE TABLE organizations (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL GENERATED ALWAYS AS (id) STORED,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);

-- A person who can sign in locally. Global, like a Clerk user: one person may belong to several firms.
-- Holds no firm data; what a person may see comes from their memberships.
CREATE TABLE accounts (
    id             uuid        PRIMARY KEY,
    email          text        NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    display_name   text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    password_hash  text,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0
);

-- A person's membership of one firm.
CREATE TABLE members (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    role        text        NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER')),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, account_id),
    UNIQUE (tenant_id, id)
);
CREATE INDEX members_account_idx ON members (account_id);

-- Failed sign-ins per (hashed) email, for every email typed, whether or not an account has it.
-- Global: sign-in happens before there is a tenant.
CREATE TABLE sign_in_throttle (
    key_hash           text        PRIMARY KEY,
    failures           integer     NOT NULL CHECK (failures >= 0),
    window_started_at  timestamptz NOT NULL,
    blocked_until      timestamptz
);

-- Row-level security: a row is visible and writable only inside a transaction acting for its firm.
-- app.tenant_id is set per transaction (set_config(..., true)); nullif turns the '' a pooled connection
-- reads after such a transaction into NULL, which matches nothing.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON organizations
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE members ENABLE ROW LEVEL SECURITY;
ALTER TABLE members FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON members
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Sign-in needs one account's memberships across firms before any tenant is known. This is the one, narrow
-- gate through row-level security: SECURITY DEFINER runs it as the owner (BYPASSRLS), and it returns only the
-- given account's own active memberships.
CREATE FUNCTION memberships_of_account(p_account_id uuid)
    RETURNS TABLE (member_id uuid, tenant_id uuid, organization_name text, role text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT m.id, m.tenant_id, o.name, m.role
      FROM members m
      JOIN organizations o ON o.id = m.tenant_id
     WHERE m.account_id = p_account_id
       AND m.active
     ORDER BY o.name, m.tenant_id
$$;
REVOKE ALL ON FUNCTION memberships_of_account(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION memberships_of_account(uuid) TO ${app_role};
