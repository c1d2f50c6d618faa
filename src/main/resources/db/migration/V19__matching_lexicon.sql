-- The lexical index's dictionary (decision 0019): in how many of the firm's profiles each lexeme occurs, kept equal
-- to candidate_match_lexemes by statement triggers on every path that writes it (indexing, and deletes cascading
-- from a deleted candidate). BM25 reads its document frequencies here instead of counting postings: at 100,000
-- candidates a job's common lexemes have tens of thousands of postings each.
CREATE TABLE candidate_match_lexicon (
    tenant_id  uuid    NOT NULL,
    lexeme     text    COLLATE "C" NOT NULL,
    profiles   integer NOT NULL CHECK (profiles >= 0),
    PRIMARY KEY (tenant_id, lexeme)
);

ALTER TABLE candidate_match_lexicon ENABLE ROW LEVEL SECURITY;
ALTER TABLE candidate_match_lexicon FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON candidate_match_lexicon
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

INSERT INTO candidate_match_lexicon (tenant_id, lexeme, profiles)
SELECT tenant_id, lexeme, count(*) FROM candidate_match_lexemes GROUP BY tenant_id, lexeme;

-- Rows are counted per statement and changed in lexeme order, so two statements that count the same lexemes take
-- their row locks in the same order.
CREATE FUNCTION candidate_match_lexicon_count() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO candidate_match_lexicon (tenant_id, lexeme, profiles)
        SELECT tenant_id, lexeme, count(*) FROM added GROUP BY tenant_id, lexeme ORDER BY tenant_id, lexeme
            ON CONFLICT (tenant_id, lexeme) DO UPDATE SET profiles = candidate_match_lexicon.profiles + excluded.profiles;
    ELSE
        PERFORM 1 FROM candidate_match_lexicon l
          JOIN (SELECT DISTINCT tenant_id, lexeme FROM removed) g ON l.tenant_id = g.tenant_id AND l.lexeme = g.lexeme
         ORDER BY l.tenant_id, l.lexeme FOR UPDATE OF l;
        UPDATE candidate_match_lexicon l SET profiles = greatest(0, l.profiles - g.n)
          FROM (SELECT tenant_id, lexeme, count(*) AS n FROM removed GROUP BY tenant_id, lexeme
                 ORDER BY tenant_id, lexeme) g
         WHERE l.tenant_id = g.tenant_id AND l.lexeme = g.lexeme;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER candidate_match_lexicon_on_insert
    AFTER INSERT ON candidate_match_lexemes REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_lexicon_count();
CREATE TRIGGER candidate_match_lexicon_on_delete
    AFTER DELETE ON candidate_match_lexemes REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_lexicon_count();
