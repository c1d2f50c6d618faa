-- An audit entry must not disappear with its firm's row: with ON DELETE CASCADE, deleting an organization (which
-- the app role may, under row-level security) would remove its entries as the table owner, around the REVOKE of V10.
-- Firms are closed, never deleted, by the app; an operator who must purge a firm removes its log first, as owner.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_tenant_id_fkey;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_tenant_id_fkey
    FOREIGN KEY (tenant_id) REFERENCES organizations (id) ON DELETE RESTRICT;
