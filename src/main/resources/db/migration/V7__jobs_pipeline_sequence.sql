-- Every move on a job's board takes the next number of its job (issue 5, decision 0011). Boards apply moves in that
-- order, and read themselves again when they see a number missing: a move that reaches them late or not at all can
-- no longer leave a board showing cards in the wrong order.
ALTER TABLE jobs ADD COLUMN pipeline_sequence bigint NOT NULL DEFAULT 0;
