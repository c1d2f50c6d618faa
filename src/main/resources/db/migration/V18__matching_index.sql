-- Matching (decision 0019): what each candidate and job is matched on, with no contact details in it.
--
-- A job's requirements: skills holds the must-haves, nice_to_have the others.
ALTER TABLE jobs ADD COLUMN nice_to_have text[] NOT NULL DEFAULT '{}';

-- A candidate as matching reads them: the PII-free profile text (title, skills, roles, education and CV text with
-- names, e-mails, phones, addresses, links and protected attributes removed), its length in lexemes for BM25 and
-- the embedding model of its vectors. A row is stale from the moment the candidate or their CV changes (or the
-- firm is re-indexed) until background work has made it again: that work claims stale rows with SKIP LOCKED.
-- Deleting the candidate deletes it, and with it the lexemes and vectors below, in the same statement.
CREATE TABLE candidate_match_profiles (
    tenant_id        uuid        NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    candidate_id     uuid        NOT NULL,
    profile_text     text        NOT NULL DEFAULT '',
    lexeme_count     integer     NOT NULL DEFAULT 0 CHECK (lexeme_count >= 0),
    model            text,
    stale            boolean     NOT NULL DEFAULT true,
    indexed_at       timestamptz,
    PRIMARY KEY (tenant_id, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX candidate_match_profiles_stale_idx ON candidate_match_profiles (tenant_id, candidate_id) WHERE stale;

-- The lexical index: PostgreSQL's English lexemes of the profile text (to_tsvector), with how often each occurs
-- and the profile's length (kept on each row so BM25 reads no other table).
-- Ranked by BM25 on equality lookups of (tenant_id, lexeme), which row-level security lets the app role use (the
-- full-text match operator @@ is not leakproof, so a GIN index on a tsvector would be skipped under RLS).
CREATE TABLE candidate_match_lexemes (
    tenant_id     uuid     NOT NULL,
    lexeme        text     COLLATE "C" NOT NULL,
    candidate_id  uuid     NOT NULL,
    frequency     smallint NOT NULL CHECK (frequency > 0),
    profile_size  integer  NOT NULL CHECK (profile_size > 0),
    PRIMARY KEY (tenant_id, lexeme, candidate_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidate_match_profiles (tenant_id, candidate_id)
        ON DELETE CASCADE
);
CREATE INDEX candidate_match_lexemes_candidate_idx ON candidate_match_lexemes (tenant_id, candidate_id);

-- The vectors: one row per chunk of the profile text, in the layout LangChain4j's PgVectorEmbeddingStore reads
-- (embedding_id, embedding, text and one column per metadata key). embedding_id alone is the key because the store
-- upserts ON CONFLICT (embedding_id); ids are fresh UUIDv7s, and tenant_id is checked by the policy. seq numbers
-- the rows as they are written, so the in-process store sees what changed since it last looked.
CREATE TABLE candidate_match_vectors (
    embedding_id  uuid   NOT NULL PRIMARY KEY,
    tenant_id     uuid   NOT NULL,
    candidate_id  uuid   NOT NULL,
    text          text   NOT NULL,
    seq           bigint GENERATED ALWAYS AS IDENTITY,
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidate_match_profiles (tenant_id, candidate_id)
        ON DELETE CASCADE
);
CREATE INDEX candidate_match_vectors_candidate_idx ON candidate_match_vectors (tenant_id, candidate_id);
CREATE INDEX candidate_match_vectors_seq_idx ON candidate_match_vectors (tenant_id, seq);

-- With pgvector, a vector column and an HNSW index on cosine distance (LangChain4j reads the column back as a
-- PGvector, so vector rather than halfvec); without it (the embedded PostgreSQL), a real[] searched exactly in
-- process. Either way the same 384 numbers, L2-normalised.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
        ALTER TABLE candidate_match_vectors ADD COLUMN embedding vector(384) NOT NULL;
        CREATE INDEX candidate_match_vectors_hnsw_idx ON candidate_match_vectors
            USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
    ELSE
        ALTER TABLE candidate_match_vectors ADD COLUMN embedding real[] NOT NULL
            CHECK (cardinality(embedding) = 384);
    END IF;
END
$$;

-- A job as matching reads it: the vectors of its title, requirements and description, flattened (chunk after
-- chunk of 384), searched exactly in process: a firm has thousands of jobs, not millions. Stale as above.
CREATE TABLE job_match_profiles (
    tenant_id        uuid        NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    job_id           uuid        NOT NULL,
    model            text,
    vectors          real[]      NOT NULL DEFAULT '{}' CHECK (cardinality(vectors) % 384 = 0),
    stale            boolean     NOT NULL DEFAULT true,
    indexed_at       timestamptz,
    PRIMARY KEY (tenant_id, job_id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX job_match_profiles_stale_idx ON job_match_profiles (tenant_id, job_id) WHERE stale;

-- A recruiter's thumbs up or down on a candidate for a job: who, when, and which way. Oversight, and the signal to
-- tune the ranking with.
CREATE TABLE match_feedback (
    tenant_id     uuid        NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    job_id        uuid        NOT NULL,
    candidate_id  uuid        NOT NULL,
    member_id     uuid        NOT NULL,
    verdict       text        NOT NULL CHECK (verdict IN ('UP', 'DOWN')),
    given_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, job_id, candidate_id, member_id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
);

-- Every match request (EU AI Act, Annex III: ranking candidates is high-risk): who asked, for which job or
-- candidate or in which words, and when. The words are not kept: they may name a person.
CREATE TABLE match_requests (
    tenant_id     uuid        NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    id            uuid        NOT NULL,
    member_id     uuid,
    kind          text        NOT NULL CHECK (kind IN ('CANDIDATES_FOR_JOB', 'JOBS_FOR_CANDIDATE', 'WORDS')),
    job_id        uuid,
    candidate_id  uuid,
    results       integer     NOT NULL,
    requested_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE SET NULL (job_id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE SET NULL (candidate_id)
);
CREATE INDEX match_requests_time_idx ON match_requests (tenant_id, requested_at DESC);

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['candidate_match_profiles', 'candidate_match_lexemes', 'candidate_match_vectors',
                                'job_match_profiles', 'match_feedback', 'match_requests'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
            || ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
            || ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', name);
    END LOOP;
END
$$;
