-- Roles gain VIEWER (read-only: a client-facing assistant, an auditor). Firms gain their settings, a link to their
-- Clerk organization, and a switch that ends access without deleting data (a firm deleted in Clerk).

ALTER TABLE members DROP CONSTRAINT members_role_check;
ALTER TABLE members ADD CONSTRAINT members_role_check CHECK (role IN ('ADMIN', 'RECRUITER', 'VIEWER'));
-- when Clerk last changed this membership: an older webhook must not undo a newer one
ALTER TABLE members ADD COLUMN clerk_updated_at timestamptz;

ALTER TABLE organizations
    ADD COLUMN default_currency       text        NOT NULL DEFAULT 'EUR' CHECK (default_currency ~ '^[A-Z]{3}$'),
    ADD COLUMN retention_months       integer     NOT NULL DEFAULT 24 CHECK (retention_months BETWEEN 1 AND 120),
    ADD COLUMN clerk_organization_id  text        UNIQUE CHECK (length(clerk_organization_id) BETWEEN 1 AND 100),
    ADD COLUMN clerk_updated_at       timestamptz,
    ADD COLUMN active                 boolean     NOT NULL DEFAULT true;

-- Memberships of a firm that was closed give no access.
CREATE OR REPLACE FUNCTION memberships_of_account(p_account_id uuid)
    RETURNS TABLE (member_id uuid, tenant_id uuid, organization_name text, role text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT m.id, m.tenant_id, o.name, m.role
      FROM members m
      JOIN organizations o ON o.id = m.tenant_id
     WHERE m.account_id = p_account_id
       AND m.active
       AND o.active
     ORDER BY o.name, m.tenant_id
$$;

-- Clerk names a firm by its own id before any tenant is known (a session token, a webhook). Like the functions
-- above, a narrow gate through row-level security: it returns the firm's id and nothing the firm keeps.
CREATE FUNCTION organization_of_clerk_id(p_clerk_organization_id text)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT id FROM organizations WHERE clerk_organization_id = p_clerk_organization_id
$$;
REVOKE ALL ON FUNCTION organization_of_clerk_id(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organization_of_clerk_id(text) TO ${app_role};
