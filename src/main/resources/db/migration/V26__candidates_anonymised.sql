-- Retention anonymises a candidate instead of deleting them: the row stays, so the firm's applications and stage
-- history (its funnel) still count, but every personal field is cleared and the name sealed as "Anonymised
-- candidate". anonymised_at says when; an anonymised candidate is never edited, searched by name or indexed again.
ALTER TABLE candidates ADD COLUMN anonymised_at timestamptz;
