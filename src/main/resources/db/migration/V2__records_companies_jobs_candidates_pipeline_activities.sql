-- The recruiting records: clients and their contacts, jobs with their pipeline stages, candidates with their CVs,
-- applications (a candidate in a job's pipeline) and the activity timeline.
--
-- Conventions on every table here:
--   * tenant_id first in the primary key: a row is addressed by (firm, id), which is what a tenant-sharded
--     database (Citus) needs, and row-level security's tenant_id = ... qual can use the key.
--   * references are composite, (tenant_id, x_id) -> x (tenant_id, id): a foreign key can never point into another
--     firm, whatever the application does. (Foreign key checks bypass row-level security, so this matters.)
--   * created/updated by and at, and a version for optimistic locking.
--   * columns ending in _enc hold PII sealed by the application (AES-256 + HMAC, see docs/decisions/0005).
--   * forced row-level security with the same tenant_isolation policy as V1 (applied at the end of this file).

ALTER TABLE organizations ADD COLUMN created_by uuid, ADD COLUMN updated_by uuid;
ALTER TABLE members ADD COLUMN created_by uuid, ADD COLUMN updated_by uuid;

-- A client (or prospective client) of the firm.
CREATE TABLE companies (
    tenant_id   uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    website     text        CHECK (length(website) <= 500),
    industry    text        CHECK (length(industry) <= 100),
    location    text        CHECK (length(location) <= 200),
    status      text        NOT NULL CHECK (status IN ('PROSPECT', 'CLIENT', 'FORMER')),
    owner_id    uuid,
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES members (tenant_id, id)
);
CREATE INDEX companies_name_idx ON companies (tenant_id, lower(name));

-- A person at a client. Names and contact details are PII, sealed.
CREATE TABLE contacts (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    company_id        uuid        NOT NULL,
    first_name_enc    text        NOT NULL,
    last_name_enc     text        NOT NULL,
    title             text        CHECK (length(title) <= 200),
    email_enc         text,
    phone_enc         text,
    linkedin_url_enc  text,
    created_at        timestamptz NOT NULL,
    created_by        uuid,
    updated_at        timestamptz NOT NULL,
    updated_by        uuid,
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- lets a job's hiring manager be required to work at the job's company
    UNIQUE (tenant_id, company_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id)
);

-- Blind-index terms of a contact (keyed HMACs of the normalized email and of name prefixes; see decision 0006).
-- tenant_id defaults to the transaction's firm, so the terms can be written as a plain element collection.
CREATE TABLE contact_search_terms (
    tenant_id   uuid NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    contact_id  uuid NOT NULL,
    term        uuid NOT NULL,
    PRIMARY KEY (tenant_id, contact_id, term),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_search_terms_term_idx ON contact_search_terms (tenant_id, term);

-- The firm's pipeline template: the stages every new job starts with.
CREATE TABLE stage_templates (
    tenant_id   uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
    position    integer     NOT NULL CHECK (position >= 0),
    kind        text        NOT NULL CHECK (kind IN ('ACTIVE', 'HIRED', 'REJECTED')),
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX stage_templates_name_idx ON stage_templates (tenant_id, lower(name));

-- A mandate: a job the firm is hired to fill for a client.
CREATE TABLE jobs (
    tenant_id          uuid          NOT NULL,
    id                 uuid          NOT NULL,
    title              text          NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    company_id         uuid          NOT NULL,
    hiring_manager_id  uuid,
    description        text          CHECK (length(description) <= 20000),
    skills             text[]        NOT NULL DEFAULT '{}',
    seniority          text          CHECK (seniority IN ('INTERN', 'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'EXECUTIVE')),
    location           text          CHECK (length(location) <= 200),
    remote_policy      text          CHECK (remote_policy IN ('ON_SITE', 'HYBRID', 'REMOTE')),
    salary_min         numeric(14,2) CHECK (salary_min >= 0),
    salary_max         numeric(14,2) CHECK (salary_max >= 0),
    salary_currency    text          CHECK (salary_currency ~ '^[A-Z]{3}$'),
    fee_type           text          CHECK (fee_type IN ('PERCENTAGE', 'FIXED')),
    fee_percentage     numeric(5,2)  CHECK (fee_percentage > 0 AND fee_percentage <= 100),
    fee_amount         numeric(14,2) CHECK (fee_amount > 0),
    fee_currency       text          CHECK (fee_currency ~ '^[A-Z]{3}$'),
    status             text          NOT NULL CHECK (status IN ('OPEN', 'ON_HOLD', 'FILLED', 'CANCELLED')),
    owner_id           uuid,
    opened_on          date          NOT NULL,
    closed_on          date,
    created_at         timestamptz   NOT NULL,
    created_by         uuid,
    updated_at         timestamptz   NOT NULL,
    updated_by         uuid,
    version            bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id),
    FOREIGN KEY (tenant_id, company_id, hiring_manager_id) REFERENCES contacts (tenant_id, company_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES members (tenant_id, id),
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
    CHECK ((salary_min IS NULL AND salary_max IS NULL) OR salary_currency IS NOT NULL),
    CHECK (fee_type IS NOT NULL OR (fee_percentage IS NULL AND fee_amount IS NULL AND fee_currency IS NULL)),
    CHECK (fee_type <> 'PERCENTAGE' OR (fee_percentage IS NOT NULL AND fee_amount IS NULL)),
    CHECK (fee_type <> 'FIXED' OR (fee_amount IS NOT NULL AND fee_currency IS NOT NULL AND fee_percentage IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX jobs_company_idx ON jobs (tenant_id, company_id);
CREATE INDEX jobs_status_idx ON jobs (tenant_id, status);

-- A job's own copy of the pipeline stages.
CREATE TABLE job_stages (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    job_id      uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
    position    integer     NOT NULL CHECK (position >= 0),
    kind        text        NOT NULL CHECK (kind IN ('ACTIVE', 'HIRED', 'REJECTED')),
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid,
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- lets an application's stage be required to belong to the application's job
    UNIQUE (tenant_id, job_id, id),
    UNIQUE (tenant_id, job_id, position) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE
);

-- A person the firm may place. Names, contact details and address are PII, sealed; the professional profile is
-- plain so that it can be searched and filtered.
CREATE TABLE candidates (
    tenant_id          uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    id                 uuid        NOT NULL,
    first_name_enc     text        NOT NULL,
    last_name_enc      text        NOT NULL,
    emails_enc         text,
    phones_enc         text,
    address_enc        text,
    linkedin_url_enc   text,
    location           text        CHECK (length(location) <= 200),
    current_title      text        CHECK (length(current_title) <= 200),
    current_company    text        CHECK (length(current_company) <= 200),
    skills             text[]      NOT NULL DEFAULT '{}',
    years_experience   integer     CHECK (years_experience BETWEEN 0 AND 70),
    work_history       jsonb       NOT NULL DEFAULT '[]',
    education          jsonb       NOT NULL DEFAULT '[]',
    source             text        CHECK (length(source) <= 100),
    owner_id           uuid,
    tags               text[]      NOT NULL DEFAULT '{}',
    lawful_basis       text        CHECK (lawful_basis IN ('CONSENT', 'LEGITIMATE_INTEREST', 'CONTRACT',
                                                           'LEGAL_OBLIGATION')),
    consent_given_on   date,
    consent_note       text        CHECK (length(consent_note) <= 2000),
    last_activity_at   timestamptz,
    created_at         timestamptz NOT NULL,
    created_by         uuid,
    updated_at         timestamptz NOT NULL,
    updated_by         uuid,
    version            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES members (tenant_id, id)
);
-- the default list order: most recent activity first, never-contacted last, id to make pages stable
CREATE INDEX candidates_last_activity_idx ON candidates (tenant_id, last_activity_at DESC NULLS LAST, id);

-- Blind-index terms of a candidate: keyed HMACs of normalized emails, phones and name prefixes (decision 0006).
CREATE TABLE candidate_search_terms (
    tenant_id     uuid NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), '')::uuid,
    candidate_id  uuid NOT NULL,
    term          uuid NOT NULL,
    PRIMARY KEY (tenant_id, candidate_id, term),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX candidate_search_terms_term_idx ON candidate_search_terms (tenant_id, term, candidate_id);

-- A CV or other file of a candidate. The file name, content and extracted text are sealed.
CREATE TABLE documents (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    candidate_id   uuid        NOT NULL,
    file_name_enc  text        NOT NULL,
    content_type   text        NOT NULL CHECK (length(content_type) <= 200),
    size_bytes     bigint      NOT NULL CHECK (size_bytes > 0),
    sha256         bytea       NOT NULL CHECK (length(sha256) = 32),
    content_enc    bytea       NOT NULL,
    text_enc       text,
    created_at     timestamptz NOT NULL,
    created_by     uuid,
    updated_at     timestamptz NOT NULL,
    updated_by     uuid,
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, candidate_id, sha256),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE
);

-- A candidate in a job's pipeline: one per (job, candidate); the stage must be one of the job's own stages.
CREATE TABLE applications (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    candidate_id      uuid        NOT NULL,
    job_id            uuid        NOT NULL,
    stage_id          uuid        NOT NULL,
    position          integer     NOT NULL CHECK (position >= 0),
    stage_entered_at  timestamptz NOT NULL,
    rejection_reason  text        CHECK (length(rejection_reason) <= 500),
    created_at        timestamptz NOT NULL,
    created_by        uuid,
    updated_at        timestamptz NOT NULL,
    updated_by        uuid,
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, job_id, candidate_id),
    UNIQUE (tenant_id, stage_id, position) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, job_id, stage_id) REFERENCES job_stages (tenant_id, job_id, id)
);
CREATE INDEX applications_candidate_idx ON applications (tenant_id, candidate_id);

-- The timeline: what happened, when, by whom, about which records. occurred_at is in the key because, with
-- TimescaleDB, the table is a hypertable partitioned on it (every unique key must include the partition column).
CREATE TABLE activities (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    type          text        NOT NULL CHECK (type IN ('NOTE', 'CALL', 'EMAIL', 'MEETING', 'STAGE_CHANGE', 'SYSTEM')),
    subject       text        CHECK (length(subject) <= 300),
    body          text        CHECK (length(body) <= 20000),
    occurred_at   timestamptz NOT NULL,
    actor_id      uuid,
    candidate_id  uuid,
    job_id        uuid,
    company_id    uuid,
    contact_id    uuid,
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id, occurred_at),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES members (tenant_id, id),
    FOREIGN KEY (tenant_id, candidate_id) REFERENCES candidates (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, job_id) REFERENCES jobs (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE,
    CHECK (num_nonnulls(candidate_id, job_id, company_id, contact_id) >= 1)
);
CREATE INDEX activities_candidate_idx ON activities (tenant_id, candidate_id, occurred_at DESC) WHERE candidate_id IS NOT NULL;
CREATE INDEX activities_job_idx ON activities (tenant_id, job_id, occurred_at DESC) WHERE job_id IS NOT NULL;
CREATE INDEX activities_company_idx ON activities (tenant_id, company_id, occurred_at DESC) WHERE company_id IS NOT NULL;
CREATE INDEX activities_contact_idx ON activities (tenant_id, contact_id, occurred_at DESC) WHERE contact_id IS NOT NULL;

-- Row-level security on every table of this file, as in V1.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['companies', 'contacts', 'contact_search_terms', 'stage_templates', 'jobs', 'job_stages',
                             'candidates', 'candidate_search_terms', 'documents', 'applications', 'activities']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    END LOOP;
END
$$;

-- With TimescaleDB, activities become a hypertable on occurred_at; without it they stay a plain table, and the
-- same SQL works on both. TimescaleDB refuses row-level security on chunk tables (decision 0007): reads through
-- activities are filtered by the policy above, and a trigger takes SELECT on each new chunk away from the app
-- role, so a chunk named directly cannot be read.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable('activities', by_range('occurred_at', INTERVAL '3 months'));

        CREATE FUNCTION activities_close_chunks() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, public
        AS $fn$
        DECLARE
            chunk regclass;
        BEGIN
            FOR chunk IN
                SELECT i.inhrelid::regclass FROM pg_inherits i
                 WHERE i.inhparent = 'public.activities'::regclass
                   AND has_table_privilege('${app_role}', i.inhrelid, 'SELECT')
            LOOP
                EXECUTE format('REVOKE SELECT ON %s FROM ${app_role}', chunk);
            END LOOP;
            RETURN NULL;
        END
        $fn$;
        REVOKE ALL ON FUNCTION activities_close_chunks() FROM PUBLIC;
        CREATE TRIGGER activities_close_chunks AFTER INSERT ON activities
            FOR EACH STATEMENT EXECUTE FUNCTION activities_close_chunks();
    END IF;
END
$$;
