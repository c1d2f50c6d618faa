-- Local accounts invited by an admin sign in once with a one-time password, which then must be changed and which
-- expires unused. Clerk users are accounts too, found by their Clerk id; their email may arrive later (webhook).

ALTER TABLE accounts
    ADD COLUMN password_must_change  boolean     NOT NULL DEFAULT false,
    ADD COLUMN password_expires_at   timestamptz,
    ADD COLUMN clerk_user_id         text        UNIQUE CHECK (length(clerk_user_id) BETWEEN 1 AND 100),
    ADD COLUMN clerk_updated_at      timestamptz,
    ALTER COLUMN email DROP NOT NULL,
    ADD CONSTRAINT accounts_identified CHECK (email IS NOT NULL OR clerk_user_id IS NOT NULL);

-- Clerk webhook messages already applied, by Svix message id: a redelivery is acknowledged and not applied again.
-- Global: an organization.created message arrives before its firm exists.
CREATE TABLE clerk_webhook_messages (
    message_id   text        PRIMARY KEY CHECK (length(message_id) BETWEEN 1 AND 200),
    event_type   text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
