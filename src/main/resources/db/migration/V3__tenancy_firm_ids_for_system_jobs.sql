-- System jobs that visit every firm in turn (re-encryption under a new key now, retention later) need the list of
-- firms before they can act for any of them. Like memberships_of_account(), this is a narrow gate through
-- row-level security: it returns ids only, nothing a firm keeps.
CREATE FUNCTION organization_ids()
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT id FROM organizations ORDER BY id
$$;
REVOKE ALL ON FUNCTION organization_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organization_ids() TO ${app_role};
