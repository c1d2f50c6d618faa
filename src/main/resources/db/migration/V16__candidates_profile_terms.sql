-- The term index of candidates' plain profiles (issue 14, decision 0018). Row-level security keeps a query's own
-- conditions below the policy unless their operators are leakproof, so a trigram or array GIN index is of no use to
-- the app role (decision 0009). Text equality, text ranges and starts_with (^@) are leakproof, and with the C
-- collation a btree turns a prefix into a range: an inverted index of plain terms, searched by (tenant_id, term),
-- serves every word, skill, tag and location condition of the list with index lookups under the policy.

-- What a candidate is found by, computed by the application from the title, company, skills, tags and location
-- (ProfileTerms), so that the rule is Java's whatever the database's locale: 'w:' a word of the title, company or
-- skills, 'l:' a word of the location, 's:' a whole skill, 'g:' a whole tag; folded (lower case, no accents),
-- sorted, distinct.
ALTER TABLE candidates ADD COLUMN search_terms text[] COLLATE "C" NOT NULL DEFAULT '{}';

-- The inverted index: one row per (term, candidate). Kept by the trigger below from candidates.search_terms, in the
-- statement that changes them, so every write path (forms, CV intake, imports, merges, anonymisation, plain SQL)
-- keeps it true in its own transaction.
CREATE TABLE candidate_profile_terms (
    tenant_id     uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    term          text COLLATE "C" NOT NULL CHECK (length(term) <= 200),
    candidate_id  uuid NOT NULL,
    PRIMARY KEY (tenant_id, term, candidate_id)
);

ALTER TABLE candidate_profile_terms ENABLE ROW LEVEL SECURITY;
ALTER TABLE candidate_profile_terms FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON candidate_profile_terms
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Runs as whoever changed the candidate, under the same policy: it can only index the firm's own rows. No foreign
-- key to candidates: its cascade would need a second index on (tenant_id, candidate_id); the trigger removes a
-- deleted candidate's terms by the primary key instead.
CREATE FUNCTION candidate_profile_terms_sync() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM candidate_profile_terms t
         WHERE t.tenant_id = OLD.tenant_id AND t.term = ANY (OLD.search_terms) AND t.candidate_id = OLD.id;
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM candidate_profile_terms t
         WHERE t.tenant_id = OLD.tenant_id AND t.candidate_id = OLD.id
           AND t.term = ANY (ARRAY(SELECT unnest(OLD.search_terms) EXCEPT SELECT unnest(NEW.search_terms)));
        INSERT INTO candidate_profile_terms (tenant_id, term, candidate_id)
        SELECT NEW.tenant_id, term, NEW.id
          FROM (SELECT unnest(NEW.search_terms) EXCEPT SELECT unnest(OLD.search_terms)) AS added (term)
            ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO candidate_profile_terms (tenant_id, term, candidate_id)
        SELECT NEW.tenant_id, term, NEW.id FROM unnest(NEW.search_terms) AS term
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER candidate_profile_terms_on_insert_or_delete
    AFTER INSERT OR DELETE ON candidates
    FOR EACH ROW EXECUTE FUNCTION candidate_profile_terms_sync();
CREATE TRIGGER candidate_profile_terms_on_update
    AFTER UPDATE OF search_terms ON candidates
    FOR EACH ROW WHEN (OLD.search_terms IS DISTINCT FROM NEW.search_terms)
    EXECUTE FUNCTION candidate_profile_terms_sync();

-- The scans these served are gone (V4, V5): the terms answer the same conditions.
ALTER TABLE candidates DROP COLUMN search_text, DROP COLUMN skill_keys, DROP COLUMN tag_keys;
DROP FUNCTION candidate_search_text(text, text, text[]);
DROP FUNCTION lower_elements(text[]);

-- Keyset paging walks a sort index from a cursor with a row comparison, (value, id) < (cursor value, cursor id),
-- which needs id in the same direction as the value. The title, company and location indexes have it (both
-- ascending); the last-activity ones ordered id ascending under a descending time.
DROP INDEX candidates_last_activity_idx;
CREATE INDEX candidates_last_activity_idx ON candidates (tenant_id, last_activity_at DESC NULLS LAST, id DESC);
DROP INDEX candidates_owner_idx;
CREATE INDEX candidates_owner_idx ON candidates (tenant_id, owner_id, last_activity_at DESC NULLS LAST, id DESC);
