-- What the candidate list searches and filters on (issue 4). See decision 0009 for why text search scans the firm's
-- rows instead of using a trigram index.

-- Title, company and skills as one lower-case text, for "find by skill, title or company". Derived by the database,
-- so it can never disagree with the columns it comes from; the application never writes it.
CREATE FUNCTION candidate_search_text(title text, company text, skills text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(concat_ws(' ', title, company, array_to_string(skills, ' ')));

-- Lower-cased array elements: skill and tag filters ignore case ("java" finds "Java").
CREATE FUNCTION lower_elements(items text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT coalesce(array_agg(lower(item)), '{}') FROM unnest(items) AS item);

ALTER TABLE candidates
    ADD COLUMN search_text text GENERATED ALWAYS AS (candidate_search_text(current_title, current_company, skills)) STORED;

-- Sorting by a column shows its first page from an index; id keeps pages stable among equal values.
CREATE INDEX candidates_title_idx ON candidates (tenant_id, current_title, id);
CREATE INDEX candidates_company_idx ON candidates (tenant_id, current_company, id);
CREATE INDEX candidates_location_idx ON candidates (tenant_id, location, id);
CREATE INDEX candidates_owner_idx ON candidates (tenant_id, owner_id, last_activity_at DESC NULLS LAST, id);
