-- A firm's activities counted per day (in the firm's time zone), member and type: what the dashboard's activity
-- series and the recruiters' figures read (issue 20, decision 0040). Counting the activities themselves read about
-- 10,000 index entries per week of a busy firm, twice per dashboard (the period and the one before): 76 ms for the
-- firm's last 90 days embedded, 400 ms for two years, and seconds on TimescaleDB, where the statement's generic plan
-- scans the chunks. The roll-up holds one row per day, member and type: a few thousand rows for two years.
--
-- Kept by triggers in the statement that changes an activity, so every write path (the timeline, moves, imports,
-- merges, erasure by cascade, plain SQL) keeps it true in its own transaction. A continuous aggregate would not do:
-- TimescaleDB gives it no row-level security, it is refreshed behind the writes, and a firm's days depend on the
-- firm's time zone, which is not a column of activities. The app's own entries (no actor) are counted under a null
-- actor: the firm's yearly total counts them, the members' figures do not.
CREATE TABLE activity_day_counts (
    tenant_id  uuid   NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    day        date   NOT NULL,
    actor_id   uuid,
    type       text   NOT NULL,
    n          bigint NOT NULL CHECK (n > 0),
    CONSTRAINT activity_day_counts_key UNIQUE NULLS NOT DISTINCT (tenant_id, day, actor_id, type)
);

ALTER TABLE activity_day_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE activity_day_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON activity_day_counts
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- The day an instant falls on in the firm's zone (UTC until the firm has one, as the app's dates).
CREATE FUNCTION activity_day(p_tenant_id uuid, p_at timestamptz) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT (p_at AT TIME ZONE coalesce((SELECT o.time_zone FROM organizations o WHERE o.id = p_tenant_id), 'UTC'))::date
$$;
REVOKE ALL ON FUNCTION activity_day(uuid, timestamptz) FROM PUBLIC;

-- Adds (or takes away) one activity. Runs as the owner so that it can read the firm's zone whatever the caller's
-- settings; it only ever touches the firm of the activity row, which the caller was allowed to write.
CREATE FUNCTION activity_day_counts_sync() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    old_day date;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        old_day := activity_day(OLD.tenant_id, OLD.occurred_at);
        UPDATE activity_day_counts c SET n = c.n - 1
         WHERE c.tenant_id = OLD.tenant_id AND c.day = old_day AND c.actor_id IS NOT DISTINCT FROM OLD.actor_id
           AND c.type = OLD.type AND c.n > 1;
        IF NOT FOUND THEN
            DELETE FROM activity_day_counts c
             WHERE c.tenant_id = OLD.tenant_id AND c.day = old_day AND c.actor_id IS NOT DISTINCT FROM OLD.actor_id
               AND c.type = OLD.type;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO activity_day_counts AS c (tenant_id, day, actor_id, type, n)
        VALUES (NEW.tenant_id, activity_day(NEW.tenant_id, NEW.occurred_at), NEW.actor_id, NEW.type, 1)
            ON CONFLICT ON CONSTRAINT activity_day_counts_key DO UPDATE SET n = c.n + 1;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION activity_day_counts_sync() FROM PUBLIC;

CREATE TRIGGER activity_day_counts_on_insert_or_delete
    AFTER INSERT OR DELETE ON activities
    FOR EACH ROW EXECUTE FUNCTION activity_day_counts_sync();
CREATE TRIGGER activity_day_counts_on_update
    AFTER UPDATE OF tenant_id, occurred_at, actor_id, type ON activities
    FOR EACH ROW WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id OR OLD.occurred_at IS DISTINCT FROM NEW.occurred_at
                       OR OLD.actor_id IS DISTINCT FROM NEW.actor_id OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION activity_day_counts_sync();

-- A firm's days move with its time zone: when the zone changes, its counts are made again from its activities, in
-- the transaction that changes it (a second or two for a million activities; a firm changes its zone rarely).
CREATE FUNCTION activity_day_counts_rebuild(p_tenant_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
BEGIN
    DELETE FROM activity_day_counts WHERE tenant_id = p_tenant_id;
    INSERT INTO activity_day_counts (tenant_id, day, actor_id, type, n)
    SELECT a.tenant_id, (a.occurred_at AT TIME ZONE coalesce(o.time_zone, 'UTC'))::date, a.actor_id, a.type, count(*)
      FROM activities a
      JOIN organizations o ON o.id = a.tenant_id
     WHERE a.tenant_id = p_tenant_id
     GROUP BY 1, 2, 3, 4;
END
$$;
REVOKE ALL ON FUNCTION activity_day_counts_rebuild(uuid) FROM PUBLIC;

CREATE FUNCTION activity_day_counts_on_zone_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
BEGIN
    PERFORM activity_day_counts_rebuild(NEW.id);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION activity_day_counts_on_zone_change() FROM PUBLIC;

CREATE TRIGGER activity_day_counts_on_zone_change
    AFTER UPDATE OF time_zone ON organizations
    FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION activity_day_counts_on_zone_change();

-- The activities logged before this migration.
INSERT INTO activity_day_counts (tenant_id, day, actor_id, type, n)
SELECT a.tenant_id, (a.occurred_at AT TIME ZONE coalesce(o.time_zone, 'UTC'))::date, a.actor_id, a.type, count(*)
  FROM activities a
  JOIN organizations o ON o.id = a.tenant_id
 GROUP BY 1, 2, 3, 4;
