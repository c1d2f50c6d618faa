-- Consent and legal hold (issue 18, decision 0025): how consent was obtained, when it runs out, and a legal hold that
-- keeps a candidate whatever retention says. Retention reads legal_hold and consent_expires_on.
ALTER TABLE candidates
    ADD COLUMN consent_method     text    CHECK (consent_method IN ('EMAIL_REPLY', 'WEB_FORM', 'SIGNED_FORM',
                                                                    'VERBAL_RECORDED', 'IMPORTED', 'OTHER')),
    -- the first day the consent no longer holds
    ADD COLUMN consent_expires_on date,
    ADD COLUMN legal_hold         boolean NOT NULL DEFAULT false,
    ADD COLUMN legal_hold_reason  text    CHECK (length(btrim(legal_hold_reason)) BETWEEN 1 AND 500),
    -- who put the candidate on hold (or last changed the reason), and when; no reference, like created_by
    ADD COLUMN legal_hold_set_by  uuid,
    ADD COLUMN legal_hold_set_at  timestamptz,
    ADD CONSTRAINT candidates_consent_method_needs_a_day
        CHECK (consent_method IS NULL OR consent_given_on IS NOT NULL),
    ADD CONSTRAINT candidates_consent_expires_after_it_is_given
        CHECK (consent_expires_on IS NULL OR consent_given_on IS NOT NULL AND consent_expires_on > consent_given_on),
    ADD CONSTRAINT candidates_legal_hold_has_a_reason
        CHECK (legal_hold = (legal_hold_reason IS NOT NULL)
               AND (legal_hold OR legal_hold_set_by IS NULL AND legal_hold_set_at IS NULL));

-- The list's filters (SearchPlanner): each rare condition has an index that lists its candidates, so that a search
-- for the few candidates on hold, or whose consent runs out this month, looks them up instead of walking the firm.
-- Plain column tests and the date, text and boolean operators are leakproof, so row-level security lets the app
-- role use these (decision 0018).
CREATE INDEX candidates_legal_hold_idx ON candidates (tenant_id, id) WHERE legal_hold;
CREATE INDEX candidates_consent_expiry_idx ON candidates (tenant_id, consent_expires_on, id)
    WHERE consent_expires_on IS NOT NULL;
CREATE INDEX candidates_no_consent_idx ON candidates (tenant_id, id) WHERE consent_given_on IS NULL;
CREATE INDEX candidates_lawful_basis_idx ON candidates (tenant_id, lawful_basis, id);
