-- Skill and tag filters ignore case. V4 lower-cased the arrays per row at query time, which the workspace benchmark
-- measured at 371 ms p50 for 100,000 candidates (decision 0009). Storing the lower-cased arrays makes the filter a
-- plain array comparison during the firm's scan. Derived by the database, never written by the application.
ALTER TABLE candidates
    ADD COLUMN skill_keys text[] GENERATED ALWAYS AS (lower_elements(skills)) STORED,
    ADD COLUMN tag_keys text[] GENERATED ALWAYS AS (lower_elements(tags)) STORED;
