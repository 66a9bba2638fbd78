-- How many distinct shingles each article's MinHash signature was made from (dedup.ts
-- shingleCount): with the Jaccard estimate of two signatures it gives how much of the shorter
-- text the longer contains, so a shorter version of a story contained in a longer one is found
-- as a near-duplicate. NULL in rows written before this migration: the writer counts them from
-- the stored text when it needs them.
ALTER TABLE article_minhash ADD COLUMN shingles INTEGER;
