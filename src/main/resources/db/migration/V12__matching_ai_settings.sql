-- How a firm's AI features reach a model: the built-in one, or an OpenAI-compatible server of the firm's choosing.
-- The server's API key is sealed like PII (AES-256) and never shown again after saving.
CREATE TABLE ai_settings (
    tenant_id        uuid        NOT NULL UNIQUE REFERENCES organizations (id) ON DELETE CASCADE,
    id               uuid        NOT NULL,
    provider         text        NOT NULL CHECK (provider IN ('BUILT_IN', 'OPENAI_COMPATIBLE')),
    base_url         text        CHECK (length(base_url) <= 500),
    chat_model       text        CHECK (length(chat_model) <= 100),
    embedding_model  text        CHECK (length(embedding_model) <= 100),
    api_key_enc      text,
    updated_at       timestamptz NOT NULL,
    updated_by       uuid,
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (provider = 'BUILT_IN' OR (base_url IS NOT NULL AND chat_model IS NOT NULL))
);

ALTER TABLE ai_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE ai_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ai_settings
    USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
