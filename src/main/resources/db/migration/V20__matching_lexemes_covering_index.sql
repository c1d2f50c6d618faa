-- BM25 reads a posting's frequency and profile size with its key: kept in the key's index, a ranking reads the
-- index alone (an index-only scan) instead of tens of thousands of table rows at 100,000 candidates.
ALTER TABLE candidate_match_lexemes DROP CONSTRAINT candidate_match_lexemes_pkey;
ALTER TABLE candidate_match_lexemes ADD PRIMARY KEY (tenant_id, lexeme, candidate_id) INCLUDE (frequency, profile_size);
